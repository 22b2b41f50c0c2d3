package org.paperscope.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the page templates (src/main/jte), compiled to Java at build time by the jte Maven
 * plugin. Output is HTML-escaped by default: a template prints raw markup only where it writes it.
 *
 * <p>Thread-safe.
 */
final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders the template {@code name}.jte with its single parameter {@code model}. */
  String render(String name, Object model) {
    StringOutput out = new StringOutput(16 * 1024);
    engine.render(name + ".jte", model, out);
    return out.toString();
  }
}
