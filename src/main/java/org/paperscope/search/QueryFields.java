package org.paperscope.search;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The field names a query may use ({@code title:}, {@code year:} …) and their aliases. */
public final class QueryFields {
  /** Canonical names, in the order the query-language documentation lists them. */
  public static final List<String> NAMES =
      List.of(
          "title",
          "author",
          "abstract",
          "tldr",
          "text",
          "refs",
          "summary",
          "tag",
          "venue",
          "year",
          "decision",
          "has",
          "lang",
          "id");

  public static final String YEAR = "year";
  public static final String ID = "id";

  private static final Map<String, String> ALIASES =
      Map.of("authors", "author", "tags", "tag", "summaries", "summary");

  private QueryFields() {}

  /** The fields a query names anywhere in its tree (negated clauses too), in no order. */
  public static Set<String> used(QueryNode root) {
    Set<String> out = new HashSet<>();
    collect(root, out);
    return out;
  }

  private static void collect(QueryNode node, Set<String> out) {
    switch (node) {
      case QueryNode.Term t when t.field() != null -> out.add(t.field());
      case QueryNode.Phrase p when p.field() != null -> out.add(p.field());
      case QueryNode.Prefix p when p.field() != null -> out.add(p.field());
      case QueryNode.And a -> a.clauses().forEach(c -> collect(c, out));
      case QueryNode.Or o -> o.clauses().forEach(c -> collect(c, out));
      case QueryNode.Not n -> collect(n.clause(), out);
      default -> {}
    }
  }

  /** The canonical lower-case name for a field name as typed, or null when it names no field. */
  public static String find(String typed) {
    String name = typed.toLowerCase(Locale.ROOT);
    name = ALIASES.getOrDefault(name, name);
    return NAMES.contains(name) ? name : null;
  }

  /**
   * The field a mistyped name most likely meant ({@code auther} → {@code author}, {@code titel} →
   * {@code title}): the known name within one edit (a swap of two neighbours counts as one), two
   * for names of six letters or more, or null. Names shorter than four letters suggest nothing: too
   * many words of pasted titles ("BERT:", "DETR:") are that close to {@code text} or {@code tag}.
   */
  public static String closest(String typed) {
    String name = typed.toLowerCase(Locale.ROOT);
    if (name.length() < 4) {
      return null;
    }
    int allowed = name.length() >= 6 ? 2 : 1;
    String best = null;
    int bestDistance = allowed + 1;
    for (String known : NAMES) {
      int distance = editDistance(name, known);
      if (distance < bestDistance) {
        best = known;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * Edits (insert, delete, substitute, swap two neighbours) from {@code a} to {@code b}: the
   * optimal string alignment distance; both strings are short field names.
   */
  private static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        boolean swap =
            i > 1
                && j > 1
                && a.charAt(i - 1) == b.charAt(j - 2)
                && a.charAt(i - 2) == b.charAt(j - 1);
        if (swap) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
