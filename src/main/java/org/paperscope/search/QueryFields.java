package org.paperscope.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The field names a query may use ({@code title:}, {@code year:} …) and their aliases. */
final class QueryFields {
  /** Canonical names, in the order the query-language documentation lists them. */
  static final List<String> NAMES =
      List.of(
          "title",
          "author",
          "abstract",
          "tldr",
          "text",
          "refs",
          "tag",
          "venue",
          "year",
          "decision",
          "id");

  static final String YEAR = "year";

  private static final Map<String, String> ALIASES = Map.of("authors", "author", "tags", "tag");

  private QueryFields() {}

  /**
   * Returns the canonical lower-case name for a field name as typed, in any case.
   *
   * @throws QuerySyntaxException naming the known fields when {@code typed} is none of them
   */
  static String canonical(String typed, int position) throws QuerySyntaxException {
    String name = typed.toLowerCase(Locale.ROOT);
    name = ALIASES.getOrDefault(name, name);
    if (!NAMES.contains(name)) {
      throw new QuerySyntaxException(
          "unknown field '" + typed + "'; known fields: " + String.join(", ", NAMES), position);
    }
    return name;
  }
}
