package org.paperscope.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the page templates (src/main/jte), compiled to Java at build time by the jte Maven
 * plugin. Output is HTML-escaped by default: a template prints raw markup only where it writes it,
 * and the markup of {@link Messages#html} messages.
 *
 * <p>Thread-safe.
 */
public final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /**
   * Renders the page template {@code name}.jte: its parameters are {@code page}, the model, and
   * {@code msg}, the words to show it in.
   */
  public String render(String name, Object model, Messages messages) {
    return render(name, model, messages, Viewer.NOBODY);
  }

  /**
   * Renders the page template {@code name}.jte for {@code viewer}, whom the header names and whose
   * CSRF secret the page's forms carry.
   */
  public String render(String name, Object model, Messages messages, Viewer viewer) {
    StringOutput out = new StringOutput(16 * 1024);
    engine.render(name + ".jte", Map.of("page", model, "msg", messages, "viewer", viewer), out);
    return out.toString();
  }

  /**
   * Answers {@code ctx} with the page {@code name}.jte renders for {@code model} and the request's
   * {@link Viewer}, as UTF-8 HTML.
   */
  public void answer(Context ctx, String name, Object model, Messages messages) {
    ctx.contentType("text/html; charset=utf-8")
        .result(render(name, model, messages, Viewer.of(ctx)));
  }
}
