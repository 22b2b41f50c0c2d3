package org.paperscope.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words written literally in a jte template: text between tags, and the values of
 * attributes people read (title, placeholder, aria-label, alt, data-label as CSS shows it, a
 * button's value). Expressions ({@code ${…}}, {@code !{…}}), control lines ({@code @if(…)}, {@code
 * @for(…)}, {@code @import}, {@code @param}), tags, other attributes, comments, entities and
 * scripts are skipped, but a string literal an expression prints ({@code ${"Next"}}) is text too,
 * unless it is a message key ({@code ${msg.get("pager.next")}}); content blocks passed to a
 * template call ({@code @`…`}) are scanned as well. What is left with a letter in it is a literal
 * that belongs in the message bundle.
 */
final class TemplateLiterals {
  /** A run of literal text with a letter in it, and the line it starts on (1-based). */
  record Literal(int line, String text) {}

  private static final Set<String> VISIBLE_ATTRIBUTES =
      Set.of(
          "title",
          "placeholder",
          "aria-label",
          "aria-description",
          "aria-roledescription",
          "aria-valuetext",
          "alt",
          "label",
          "data-label");

  private static final Set<String> BUTTON_TYPES = Set.of("submit", "button", "reset");

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");

  private final String source;
  private final List<Literal> found = new ArrayList<>();
  private final StringBuilder run = new StringBuilder();
  private int at;
  private int runStart;

  private TemplateLiterals(String source) {
    this.source = source;
  }

  /** The literals of {@code template}, in order. */
  static List<Literal> in(String template) {
    TemplateLiterals scan = new TemplateLiterals(template);
    scan.markup(false);
    return scan.found;
  }

  /** Scans markup to the end, or when {@code nested} to the backtick closing a content block. */
  private void markup(boolean nested) {
    while (at < source.length()) {
      char c = source.charAt(at);
      if (nested && c == '`') {
        endRun();
        at++;
        return;
      }
      if (c == '$' && (startsWith("${") || startsWith("$unsafe{"))) {
        endRun();
        at = source.indexOf('{', at);
        skipCode(true);
      } else if (startsWith("!{")) {
        endRun();
        at++;
        skipCode(false);
      } else if (c == '@'
          && at + 1 < source.length()
          && Character.isLetter(source.charAt(at + 1))) {
        endRun();
        control();
      } else if (startsWith("<%--")) {
        endRun();
        skipPast("--%>");
      } else if (startsWith("<!--")) {
        endRun();
        skipPast("-->");
      } else if (startsWith("<!") || startsWith("</")) {
        endRun();
        skipPast(">");
      } else if (c == '<'
          && at + 1 < source.length()
          && Character.isLetter(source.charAt(at + 1))) {
        endRun();
        tag();
      } else if (c == '&' && entityLength() > 0) {
        at += entityLength();
      } else {
        if (run.isEmpty()) {
          runStart = at;
        }
        run.append(c);
        at++;
      }
    }
    endRun();
  }

  /** A jte keyword at {@code @}: skips it with its parenthesised part or the rest of its line. */
  private void control() {
    int start = ++at;
    while (at < source.length()
        && (Character.isLetterOrDigit(source.charAt(at)) || source.charAt(at) == '.')) {
      at++;
    }
    String keyword = source.substring(start, at);
    if (keyword.equals("import") || keyword.equals("param")) {
      skipPast("\n");
    } else if (keyword.equals("if")
        || keyword.equals("elseif")
        || keyword.equals("for")
        || keyword.startsWith("template.")) {
      while (Character.isWhitespace(source.charAt(at))) {
        at++;
      }
      skipCode(false);
    }
  }

  /**
   * Skips balanced Java code from the opening bracket at {@code at}, honouring string and character
   * literals; a content block inside ({@code @`…`}) is scanned as markup.
   *
   * @param printed whether the code's value is written to the page: then its string literals are
   *     text, unless they name a message
   */
  private void skipCode(boolean printed) {
    int depth = 0;
    do {
      char c = source.charAt(at);
      if (c == '"' || c == '\'') {
        int start = at;
        skipQuoted(c);
        String literal = source.substring(start, at);
        if (printed && hasLetter(literal) && !isMessageKey(start)) {
          found.add(new Literal(line(start), literal));
        }
        continue;
      }
      if (c == '@' && startsWith("@`")) {
        at += 2;
        markup(true);
        continue;
      }
      if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if (c == ')' || c == '}' || c == ']') {
        depth--;
      }
      at++;
    } while (depth > 0 && at < source.length());
  }

  /**
   * Whether the string literal at {@code start} is the key of a {@code msg.get} or {@code html}.
   */
  private boolean isMessageKey(int start) {
    String before = source.substring(0, start).stripTrailing();
    return before.endsWith("msg.get(") || before.endsWith("msg.html(");
  }

  private void skipQuoted(char quote) {
    at++;
    while (at < source.length() && source.charAt(at) != quote) {
      at += source.charAt(at) == '\\' ? 2 : 1;
    }
    at++;
  }

  /** A start tag: reports the literal words of its visible attributes. */
  private void tag() {
    at++;
    String name = name();
    Map<String, String> attributes = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    while (at < source.length() && source.charAt(at) != '>') {
      char c = source.charAt(at);
      if (Character.isWhitespace(c) || c == '/') {
        at++;
      } else if (startsWith("${")) {
        at++;
        skipCode(false);
      } else if (c == '@') {
        control();
      } else {
        int line = line(at);
        String attribute = name().toLowerCase(Locale.ROOT);
        boolean shown = VISIBLE_ATTRIBUTES.contains(attribute) || attribute.equals("value");
        attributes.put(attribute, source.charAt(at) == '=' ? value(shown) : "");
        lines.put(attribute, line);
      }
    }
    at++;
    attributes.forEach(
        (attribute, value) -> {
          if (isVisible(name, attribute, attributes) && hasLetter(value)) {
            found.add(new Literal(lines.get(attribute), attribute + "=" + value.strip()));
          }
        });
    if (name.equals("script") || name.equals("style")) {
      skipPast("</" + name);
    }
  }

  private static boolean isVisible(String tag, String attribute, Map<String, String> attributes) {
    return VISIBLE_ATTRIBUTES.contains(attribute)
        || (attribute.equals("value")
            && (tag.equals("button")
                || tag.equals("input")
                    && BUTTON_TYPES.contains(attributes.getOrDefault("type", "text"))));
  }

  /**
   * The literal part of an attribute value after {@code =}: expressions and control removed.
   *
   * @param shown whether people may read the value, so words its expressions print count
   */
  private String value(boolean shown) {
    at++;
    char quote = source.charAt(at);
    boolean quoted = quote == '"' || quote == '\'';
    if (quoted) {
      at++;
    }
    StringBuilder literal = new StringBuilder();
    while (at < source.length()) {
      char c = source.charAt(at);
      if (quoted ? c == quote : Character.isWhitespace(c) || c == '>') {
        break;
      }
      if (startsWith("${") || startsWith("$unsafe{")) {
        at = source.indexOf('{', at);
        skipCode(shown);
      } else if (c == '@' && Character.isLetter(source.charAt(at + 1))) {
        control();
      } else {
        literal.append(c);
        at++;
      }
    }
    if (quoted) {
      at++;
    }
    return literal.toString();
  }

  private String name() {
    int start = at;
    while (at < source.length()
        && !Character.isWhitespace(source.charAt(at))
        && "=>/".indexOf(source.charAt(at)) < 0) {
      at++;
    }
    return source.substring(start, at);
  }

  private void endRun() {
    if (hasLetter(run)) {
      found.add(new Literal(line(runStart), run.toString().strip()));
    }
    run.setLength(0);
  }

  private static boolean hasLetter(CharSequence text) {
    return text.chars().anyMatch(Character::isLetter);
  }

  /** The length of an entity such as {@code &amp;} or {@code &#34;} at {@code at}, else 0. */
  private int entityLength() {
    Matcher entity = ENTITY.matcher(source).region(at, source.length());
    return entity.lookingAt() ? entity.end() - at : 0;
  }

  private boolean startsWith(String text) {
    return source.startsWith(text, at);
  }

  private void skipPast(String end) {
    int found = source.indexOf(end, at);
    at = found < 0 ? source.length() : found + end.length();
  }

  private int line(int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
