package org.paperscope.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperscope.search.QueryNode.Phrase;
import org.paperscope.search.QueryNode.Prefix;
import org.paperscope.search.QueryNode.Range;
import org.paperscope.search.QueryNode.Term;

/** Turns a word or phrase token into a leaf node: a term, prefix, phrase or year range. */
final class QueryLeaves {
  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 9999;

  /** {@code year>2018}, {@code year<=2010} typed as one word, without the colon. */
  private static final Pattern YEAR_COMPARISON = Pattern.compile("(?i)year(>=|<=|>|<|=)(.+)");

  /** The value of {@code year:>2018}. */
  private static final Pattern COMPARISON = Pattern.compile("(>=|<=|>|<|=)(.+)");

  private QueryLeaves() {}

  /**
   * Builds the leaf for a {@code WORD} or {@code PHRASE} token.
   *
   * @param field canonical field name, or null for the default fields
   * @param position where the node starts: the field name's position for {@code title:x}, else the
   *     token's
   * @throws QuerySyntaxException for a misplaced or too-short wildcard or a malformed year
   */
  static QueryNode leaf(String field, QueryToken token, int position, int minPrefixChars)
      throws QuerySyntaxException {
    if (QueryFields.YEAR.equals(field)) {
      return token.kind() == QueryToken.Kind.PHRASE
          ? yearPhrase(token, position)
          : yearRange(token.text(), token.position(), position);
    }
    if (token.kind() == QueryToken.Kind.PHRASE) {
      return new Phrase(field, token.text(), position);
    }
    return word(field, token, position, minPrefixChars);
  }

  private static QueryNode word(String field, QueryToken token, int position, int minPrefixChars)
      throws QuerySyntaxException {
    String text = token.text();
    Matcher comparison = YEAR_COMPARISON.matcher(text);
    if (field == null && comparison.matches()) {
      int at = token.position() + comparison.start(2);
      return compared(comparison.group(1), comparison.group(2), at, position);
    }
    int star = text.indexOf('*');
    if (star < 0) {
      return new Term(field, text, position);
    }
    if (star != text.length() - 1) {
      throw new QuerySyntaxException(
          "wildcards are only supported at the end of a word", token.position() + star);
    }
    String prefix = text.substring(0, star);
    if (prefix.codePointCount(0, prefix.length()) < minPrefixChars) {
      throw new QuerySyntaxException(
          "a prefix needs at least "
              + minPrefixChars
              + (minPrefixChars == 1 ? " character" : " characters")
              + " before the '*'",
          token.position());
    }
    return new Prefix(field, prefix, position);
  }

  /** {@code year:"2019"}: people quote numbers too; the quotes change nothing. */
  private static Range yearPhrase(QueryToken token, int position) throws QuerySyntaxException {
    String text = token.text();
    int lead = text.length() - text.stripLeading().length();
    return yearRange(text.strip(), token.position() + 1 + lead, position);
  }

  /** {@code year>2018}, {@code year:>=2018}: a year compared, as an open range. */
  private static Range compared(String operator, String yearText, int textPosition, int position)
      throws QuerySyntaxException {
    int year = year(yearText, textPosition);
    return switch (operator) {
      case ">" -> new Range(QueryFields.YEAR, year + 1, null, position);
      case ">=" -> new Range(QueryFields.YEAR, year, null, position);
      case "<" -> new Range(QueryFields.YEAR, null, year - 1, position);
      case "<=" -> new Range(QueryFields.YEAR, null, year, position);
      default -> new Range(QueryFields.YEAR, year, year, position);
    };
  }

  /** Parses {@code 2019}, {@code 2018..2020}, {@code 2018..}, {@code ..2020} or {@code >2018}. */
  private static Range yearRange(String text, int textPosition, int position)
      throws QuerySyntaxException {
    Matcher comparison = COMPARISON.matcher(text);
    if (comparison.matches()) {
      return compared(
          comparison.group(1), comparison.group(2), textPosition + comparison.start(2), position);
    }
    int dots = text.indexOf("..");
    if (dots < 0) {
      int year = year(text, textPosition);
      return new Range(QueryFields.YEAR, year, year, position);
    }
    String fromText = text.substring(0, dots);
    String toText = text.substring(dots + 2);
    if (fromText.isEmpty() && toText.isEmpty()) {
      throw new QuerySyntaxException(
          "a year range needs a start or an end, e.g. 2018..2020", textPosition);
    }
    Integer from = fromText.isEmpty() ? null : year(fromText, textPosition);
    Integer to = toText.isEmpty() ? null : year(toText, textPosition + dots + 2);
    if (from != null && to != null && from > to) {
      throw new QuerySyntaxException(
          "year range " + text + " is backwards; did you mean " + to + ".." + from + "?",
          textPosition);
    }
    return new Range(QueryFields.YEAR, from, to, position);
  }

  private static int year(String text, int position) throws QuerySyntaxException {
    boolean fourDigits = text.length() == 4 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    int year = fourDigits ? Integer.parseInt(text) : -1;
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new QuerySyntaxException(
          "year must be a 4-digit year or a range like 2018..2020, not '" + text + "'", position);
    }
    return year;
  }
}
