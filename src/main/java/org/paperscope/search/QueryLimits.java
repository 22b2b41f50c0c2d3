package org.paperscope.search;

/**
 * Named bounds that keep hostile queries cheap; every one is a documented setting.
 *
 * @param maxQueryChars longest accepted query string
 * @param maxClauses most terms, phrases, prefixes and ranges in one query
 * @param maxDepth deepest nesting of parentheses and NOTs
 * @param maxPrefixExpansions most index terms one prefix ({@code foo*}) may expand to
 * @param minPrefixChars shortest prefix accepted before the star
 */
public record QueryLimits(
    int maxQueryChars, int maxClauses, int maxDepth, int maxPrefixExpansions, int minPrefixChars) {

  /** Defaults: 4096 chars, 256 clauses, depth 32, 1024 prefix expansions, 2-char prefixes. */
  public static final QueryLimits DEFAULTS = new QueryLimits(4096, 256, 32, 1024, 2);
}
