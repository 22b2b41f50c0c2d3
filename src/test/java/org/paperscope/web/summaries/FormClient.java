package org.paperscope.web.summaries;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a screen: keeps cookies, does not follow redirects, posts forms with the CSRF
 * secret of the last page it read.
 */
final class FormClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private String csrf = "";

  FormClient(String base) {
    this.base = base;
  }

  /** GETs a page and remembers its CSRF secret, if it has a form. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF.matcher(response.body());
    if (m.find()) {
      csrf = m.group(1);
    }
    return response;
  }

  /** POSTs a form with the remembered CSRF secret added. */
  HttpResponse<String> post(String path, String... fieldsAndValues)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("csrf", csrf);
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      form.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return postRaw(path, form);
  }

  /** POSTs exactly these fields. */
  HttpResponse<String> postRaw(String path, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Sends JSON with optional headers (name, value, …). */
  HttpResponse<String> json(String method, String path, String json, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  String csrf() {
    return csrf;
  }

  /** Registers and is logged in afterwards. */
  void register(String name) throws IOException, InterruptedException {
    get("/register");
    HttpResponse<String> r =
        post(
            "/register",
            "name",
            name,
            "password",
            "correct horse battery",
            "password2",
            "correct horse battery");
    if (r.statusCode() != 303) {
      throw new IllegalStateException("registration failed: " + r.statusCode() + " " + r.body());
    }
    get("/account");
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
