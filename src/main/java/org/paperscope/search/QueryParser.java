package org.paperscope.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.paperscope.search.QueryNode.And;
import org.paperscope.search.QueryNode.MatchAll;
import org.paperscope.search.QueryNode.Not;
import org.paperscope.search.QueryNode.Or;
import org.paperscope.search.QueryToken.Kind;

/**
 * Parses the PaperScope query language (words, {@code "phrases"}, {@code AND}/{@code OR}/{@code
 * NOT}/{@code -}, parentheses, {@code field:} values, {@code year:2018..2020}, {@code prefix*})
 * into a {@link QueryNode} tree; it does no Lucene work.
 *
 * <p>{@code OR} binds loosest, then {@code AND} (written or implied by juxtaposition), then {@code
 * NOT}/{@code -}. Nested {@code And}/{@code Or} of the same kind are flattened and one-clause
 * groups collapse to their clause.
 *
 * <p>The parser keeps its own stack of open parentheses instead of recursing, so no input can
 * overflow the Java stack; time is linear in the query length for fixed {@link QueryLimits}. {@link
 * #parse} is thread-safe: each call has its own parser.
 */
public final class QueryParser {
  private final QueryLexer lexer;
  private final QueryLimits limits;
  private final Deque<Group> groups = new ArrayDeque<>();

  /** The operator still waiting for its operand, or null. */
  private QueryToken pending;

  /** True at the start of a group and after an operator: the next token must start an operand. */
  private boolean expectOperand = true;

  /** The {@code field:} token whose value comes next, or null. */
  private QueryToken fieldToken;

  private String field;
  private int leaves;

  /** What the parser read differently from how it was typed, for the user. */
  private final List<String> notes = new ArrayList<>();

  private QueryParser(String query, QueryLimits limits) {
    this.lexer = new QueryLexer(query);
    this.limits = limits;
    groups.push(new Group(-1, null, 0));
  }

  /**
   * Parses {@code query}; a blank query or a lone {@code *} gives {@link MatchAll}.
   *
   * @param query what the user typed; not null
   * @param limits the bounds to enforce; not null
   * @return the tree, with every leaf and {@code Not} carrying its 0-based position
   * @throws QuerySyntaxException with a one-sentence message and the offending position when the
   *     query is malformed or exceeds a limit
   */
  public static QueryNode parse(String query, QueryLimits limits) throws QuerySyntaxException {
    return parseWithNotes(query, limits).root();
  }

  /**
   * Parses {@code query} like {@link #parse}, also saying what was read differently from how it was
   * typed (a {@code word:} that names no field is searched as a word; a close misspelling of a
   * field gets a "did you mean").
   */
  public static ParsedQuery parseWithNotes(String query, QueryLimits limits)
      throws QuerySyntaxException {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(limits, "limits");
    if (query.length() > limits.maxQueryChars()) {
      throw new QuerySyntaxException(
          "query is longer than " + limits.maxQueryChars() + " characters", limits.maxQueryChars());
    }
    if (QueryLexer.isLoneStar(query)) {
      return new ParsedQuery(new MatchAll(), List.of());
    }
    QueryParser parser = new QueryParser(query, limits);
    QueryNode root = parser.run();
    return new ParsedQuery(root, List.copyOf(parser.notes));
  }

  /** A parsed query and the notes for the user that parsing it produced. */
  public record ParsedQuery(QueryNode root, List<String> notes) {}

  private QueryNode run() throws QuerySyntaxException {
    while (true) {
      QueryToken token = lexer.next();
      if (fieldToken != null) {
        fieldValue(token);
      } else if (token.kind() == Kind.EOF) {
        return finish();
      } else {
        accept(token);
      }
    }
  }

  private void accept(QueryToken token) throws QuerySyntaxException {
    switch (token.kind()) {
      case WORD -> {
        QueryToken word = shortPrefixAsWord(token);
        // Symbols alone ("&", "—", "…" in a pasted title) are not searchable words.
        if (searchable(word) || word.text().indexOf('*') >= 0) {
          addOperand(leaf(groups.peek().field, word, word.position()));
        }
      }
      case PHRASE -> addOperand(leaf(groups.peek().field, token, token.position()));
      case FIELD -> startField(token);
      case LPAREN -> open(token, groups.peek().field);
      case RPAREN -> close(token);
      case AND -> binary(token);
      case OR -> {
        binary(token);
        groups.peek().endAlternative();
      }
      case NOT, MINUS -> negate(token);
      case PLUS -> plus(token);
      case EOF -> throw new IllegalStateException("EOF is handled by run()");
    }
  }

  private void startField(QueryToken token) throws QuerySyntaxException {
    String name = QueryFields.find(token.text());
    if (name == null) {
      wordForUnknownField(token);
      return;
    }
    String enclosing = groups.peek().field;
    if (enclosing != null) {
      throw new QuerySyntaxException(
          "field '" + token.text() + "' cannot be used inside " + enclosing + ":(...)",
          token.position());
    }
    fieldToken = token;
    field = name;
  }

  private void fieldValue(QueryToken token) throws QuerySyntaxException {
    QueryToken owner = fieldToken;
    fieldToken = null;
    switch (token.kind()) {
      case WORD, PHRASE -> addOperand(leaf(field, token, owner.position()));
      case LPAREN -> open(token, field);
      case FIELD -> {
        if (QueryFields.find(token.text()) != null || !searchable(token)) {
          throw new QuerySyntaxException(
              owner.label() + " cannot be followed by another field; quote values containing ':'",
              token.position());
        }
        addOperand(leaf(field, asWord(token), owner.position()));
      }
      default ->
          throw new QuerySyntaxException(
              owner.label() + " needs a value after it", owner.position());
    }
  }

  /**
   * A {@code word:} that names no field ("DETR:" in a pasted title, "https:" in a URL) is the word;
   * where it looks like a misspelt field the user is told what it may have meant.
   */
  private void wordForUnknownField(QueryToken token) throws QuerySyntaxException {
    String meant = QueryFields.closest(token.text());
    if (meant != null) {
      notes.add(
          "'"
              + token.text()
              + ":' is not a field, so it was searched as a word; did you mean "
              + meant
              + ":?");
    }
    if (searchable(token)) {
      accept(asWord(token));
    }
  }

  /**
   * A prefix too short to expand ({@code A*} in "A* Lasso for …") is searched as the word before
   * its star, with a note; fielded prefixes ({@code title:a*}) still fail with the limit.
   */
  private QueryToken shortPrefixAsWord(QueryToken token) {
    String text = token.text();
    int minChars = limits.minPrefixChars();
    if (!text.endsWith("*") || text.indexOf('*') != text.length() - 1) {
      return token;
    }
    String prefix = text.substring(0, text.length() - 1);
    if (prefix.codePointCount(0, prefix.length()) >= minChars) {
      return token;
    }
    notes.add(
        "a prefix needs at least "
            + minChars
            + " characters before the '*', so '"
            + text
            + "' was searched as "
            + (prefix.isEmpty() ? "nothing" : "the word '" + prefix + "'"));
    return new QueryToken(QueryToken.Kind.WORD, prefix, token.position());
  }

  private static QueryToken asWord(QueryToken field) {
    return new QueryToken(QueryToken.Kind.WORD, field.text(), field.position());
  }

  private static boolean searchable(QueryToken token) {
    return token.text().codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private QueryNode leaf(String leafField, QueryToken token, int position)
      throws QuerySyntaxException {
    if (++leaves > limits.maxClauses()) {
      throw new QuerySyntaxException(
          "query has more than " + limits.maxClauses() + " terms", position);
    }
    return QueryLeaves.leaf(leafField, token, position, limits.minPrefixChars());
  }

  private void open(QueryToken token, String groupField) throws QuerySyntaxException {
    int depth = deeper(token);
    groups.push(new Group(token.position(), groupField, depth));
    expectOperand = true;
    pending = null;
  }

  private void close(QueryToken token) throws QuerySyntaxException {
    Group group = groups.peek();
    if (expectOperand && pending != null) {
      throw needsTermAfter(pending);
    }
    if (group.openPosition < 0) {
      throw new QuerySyntaxException("unexpected ')'", token.position());
    }
    if (expectOperand) {
      throw new QuerySyntaxException("empty parentheses", group.openPosition);
    }
    groups.pop();
    addOperand(group.build());
  }

  private void binary(QueryToken token) throws QuerySyntaxException {
    if (expectOperand) {
      throw pending != null
          ? needsTermAfter(pending)
          : new QuerySyntaxException(token.text() + " needs a term before it", token.position());
    }
    pending = token;
    expectOperand = true;
  }

  /** A leading '+' is accepted and ignored: "+word" means what "word" means. */
  private void plus(QueryToken token) {
    pending = token;
    expectOperand = true;
  }

  private void negate(QueryToken token) throws QuerySyntaxException {
    deeper(token);
    groups.peek().nots.add(token.position());
    pending = token;
    expectOperand = true;
  }

  /** Returns the depth one level below the current one; checked before going there. */
  private int deeper(QueryToken token) throws QuerySyntaxException {
    Group group = groups.peek();
    int depth = group.depth + group.nots.size() + 1;
    if (depth > limits.maxDepth()) {
      throw new QuerySyntaxException(
          "query nests more than " + limits.maxDepth() + " levels of parentheses and NOT",
          token.position());
    }
    return depth;
  }

  private void addOperand(QueryNode operand) {
    Group group = groups.peek();
    QueryNode node = operand;
    for (int i = group.nots.size() - 1; i >= 0; i--) {
      node = new Not(node, group.nots.get(i));
    }
    group.nots.clear();
    if (node instanceof And and) {
      group.clauses.addAll(and.clauses());
    } else {
      group.clauses.add(node);
    }
    expectOperand = false;
    pending = null;
  }

  private QueryNode finish() throws QuerySyntaxException {
    if (pending != null) {
      throw needsTermAfter(pending);
    }
    Group group = groups.peek();
    if (group.openPosition >= 0) {
      throw new QuerySyntaxException("unclosed parenthesis", group.openPosition);
    }
    return expectOperand ? new MatchAll() : group.build();
  }

  private static QuerySyntaxException needsTermAfter(QueryToken operator) {
    return new QuerySyntaxException(
        operator.label() + " needs a term after it", operator.position());
  }

  /** An open parenthesis (or the whole query): its OR alternatives so far and current AND run. */
  private static final class Group {
    final int openPosition;
    final String field;
    final int depth;
    final List<QueryNode> alternatives = new ArrayList<>();
    List<QueryNode> clauses = new ArrayList<>();

    /** Positions of NOT and '-' waiting for their operand, outermost first. */
    final List<Integer> nots = new ArrayList<>();

    Group(int openPosition, String field, int depth) {
      this.openPosition = openPosition;
      this.field = field;
      this.depth = depth;
    }

    void endAlternative() {
      alternatives.add(clauses.size() == 1 ? clauses.get(0) : new And(clauses));
      clauses = new ArrayList<>();
    }

    /** Called only after an operand, so no alternative is empty. */
    QueryNode build() {
      endAlternative();
      List<QueryNode> flat = new ArrayList<>();
      for (QueryNode alternative : alternatives) {
        if (alternative instanceof Or or) {
          flat.addAll(or.clauses());
        } else {
          flat.add(alternative);
        }
      }
      return flat.size() == 1 ? flat.get(0) : new Or(flat);
    }
  }
}
