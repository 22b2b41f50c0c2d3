package org.paperscope.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the page templates (src/main/jte), compiled to Java at build time by the jte Maven
 * plugin. Output is HTML-escaped by default: a template prints raw markup only where it writes it.
 *
 * <p>Thread-safe.
 */
public final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders the template {@code name}.jte with its single parameter {@code model}. */
  public String render(String name, Object model) {
    StringOutput out = new StringOutput(16 * 1024);
    engine.render(name + ".jte", model, out);
    return out.toString();
  }

  /**
   * Answers {@code ctx} with the page {@code name}.jte renders for {@code model}, as UTF-8 HTML.
   */
  public void answer(Context ctx, String name, Object model) {
    ctx.contentType("text/html; charset=utf-8").result(render(name, model));
  }
}
