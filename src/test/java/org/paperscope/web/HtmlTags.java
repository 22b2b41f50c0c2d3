package org.paperscope.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the attribute names of every start tag in an HTML page, honouring quoted values. */
final class HtmlTags {
  /** One attribute: a name, then optionally {@code =} and a double-, single- or unquoted value. */
  private static final String ATTRIBUTE_TEXT =
      "\\s+([^\\s=>/]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?";

  private static final Pattern ATTRIBUTE = Pattern.compile(ATTRIBUTE_TEXT);
  private static final Pattern TAG =
      Pattern.compile(
          "<([a-zA-Z][^\\s>/]*)((?:" + ATTRIBUTE_TEXT.replace("([^", "(?:[^") + ")*)\\s*/?>");

  private HtmlTags() {}

  /** Every attribute name of every start tag, lower case, in order. */
  static List<String> attributeNames(String html) {
    List<String> names = new ArrayList<>();
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
      while (attribute.find()) {
        names.add(attribute.group(1).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return names;
  }
}
