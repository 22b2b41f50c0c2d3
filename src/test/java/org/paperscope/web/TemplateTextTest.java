package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.paperscope.web.TemplateLiterals.Literal;

/**
 * No template writes words of its own: everything people read comes from the message bundle, so a
 * new page cannot slip English past a translation.
 */
class TemplateTextTest {
  private static final Path TEMPLATES = Path.of("src/main/jte");

  @Test
  void noTemplateHoldsLiteralVisibleText() throws IOException {
    List<String> literals = new ArrayList<>();
    List<Path> templates;
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      templates = files.filter(f -> f.toString().endsWith(".jte")).sorted().toList();
    }
    assertThat(templates).hasSizeGreaterThan(10);
    for (Path template : templates) {
      String source = Files.readString(template, StandardCharsets.UTF_8);
      for (Literal literal : TemplateLiterals.in(source)) {
        literals.add(template + ":" + literal.line() + ": " + literal.text());
      }
    }
    assertThat(literals).as("words to move into web/messages.properties").isEmpty();
  }

  @Test
  void textBetweenTagsIsFoundWithItsLine() {
    assertThat(TemplateLiterals.in("<ul>\n  <li>${page.x()} Next →</li>\n</ul>"))
        .containsExactly(new Literal(2, "Next →"));
    assertThat(TemplateLiterals.in("<p>p. ${s.page()}</p>")).containsExactly(new Literal(1, "p."));
  }

  @Test
  void wordsAnExpressionPrintsAreTextButMessageKeysAreNot() {
    assertThat(
            TemplateLiterals.in(
                "<b>${\"Filter\"}</b> ${msg.get(\"tags.filter\")} ${a ? \" \" : b}"))
        .containsExactly(new Literal(1, "\"Filter\""));
    assertThat(TemplateLiterals.in("<p title=\"${x == null ? \"none\" : x}\"></p>"))
        .containsExactly(new Literal(1, "\"none\""));
    assertThat(TemplateLiterals.in("<p class=\"${x ? \"active\" : \"\"}\"></p>")).isEmpty();
  }

  @Test
  void visibleAttributesAreFoundOthersAreNot() {
    String template =
        "<a href=\"/tags\" class=\"chip current\" title=\"Remove filter\">×</a>\n"
            + "<input type=\"hidden\" name=\"sort\" value=\"name\">\n"
            + "<input type=\"submit\" value=\"Go\">\n"
            + "<img src=\"${p.src()}\" alt='First page'>\n"
            + "<nav aria-label=\"More ${group.title()} values\"></nav>";
    assertThat(TemplateLiterals.in(template))
        .containsExactlyInAnyOrder(
            new Literal(1, "title=Remove filter"),
            new Literal(3, "value=Go"),
            new Literal(4, "alt=First page"),
            new Literal(5, "aria-label=More  values"));
  }

  @Test
  void expressionsControlCommentsAndEntitiesAreNoText() {
    String template =
        "@import org.paperscope.web.Messages\n"
            + "@param Messages msg\n"
            + "<%-- a comment --%><!-- another -->\n"
            + "@if(page.x() != null && page.y().equals(\"a b\"))${msg.get(\"k\")}&amp;&#34;"
            + "@elseif(z)!{var n = \"word\";}@else@endif\n"
            + "@for(var v : page.values())<span class=\"facet@if(a) expanded@endif\">·</span>@endfor\n"
            + "<p>${x ? \" \" : y}</p><script src=\"/static/app.js\" defer></script>";
    assertThat(TemplateLiterals.in(template)).isEmpty();
  }

  @Test
  void contentBlocksPassedToTemplatesAreScanned() {
    String template =
        "@template.layout(layout = page.layout(), title = \"not text\", content = @`\n"
            + "<section>\n"
            + "  <h1>Tags</h1>@if(a) ${msg.get(\"x\")}@else optional@endif\n"
            + "</section>\n"
            + "`)";
    assertThat(TemplateLiterals.in(template))
        .containsExactly(new Literal(3, "Tags"), new Literal(3, "optional"));
  }
}
