package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperscope.paper.PaperJson;

/** A bug answers 500 with the request id and nothing internal, as JSON or as a page. */
class HttpErrorsIT {
  static Javalin app;
  static WebClient client;

  @BeforeAll
  static void start() {
    HttpErrors errors = new HttpErrors(new Templates(), WebLimits.DEFAULTS, Messages.ENGLISH);
    app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              errors.register(config);
              config.routes.get("/api/v1/boom", ctx -> fail());
              config.routes.get("/boom", ctx -> fail());
            });
    app.start("127.0.0.1", 0);
    client = new WebClient(app.port());
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  private static void fail() {
    throw new IllegalStateException("secret internal detail");
  }

  @Test
  void apiBugIsA500WithTheRequestIdOnly() throws Exception {
    HttpResponse<String> response = client.get("/api/v1/boom");
    assertThat(response.statusCode()).isEqualTo(500);
    String id = response.headers().firstValue("X-Request-Id").orElseThrow();
    JsonNode body = PaperJson.mapper().readTree(response.body());
    assertThat(body.path("error").asText()).isEqualTo("internal_error");
    assertThat(body.path("message").asText()).contains(id);
    assertThat(response.body()).doesNotContain("secret", "IllegalStateException", "at org.");
  }

  @Test
  void pageBugIsA500PageWithTheRequestIdOnly() throws Exception {
    HttpResponse<String> response = client.get("/boom");
    assertThat(response.statusCode()).isEqualTo(500);
    String id = response.headers().firstValue("X-Request-Id").orElseThrow();
    assertThat(response.body()).contains("Something went wrong", id).doesNotContain("secret");
  }
}
