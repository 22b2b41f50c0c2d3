package org.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperscope.search.QueryNode.And;
import org.paperscope.search.QueryNode.MatchAll;
import org.paperscope.search.QueryNode.Not;
import org.paperscope.search.QueryNode.Or;
import org.paperscope.search.QueryNode.Phrase;
import org.paperscope.search.QueryNode.Prefix;
import org.paperscope.search.QueryNode.Range;
import org.paperscope.search.QueryNode.Term;

class QueryParserTest {
  private static final QueryLimits DEFAULTS = QueryLimits.DEFAULTS;

  /** Room for megabyte inputs, so the other limits are the ones tested. */
  private static final QueryLimits LONG_QUERIES = new QueryLimits(2_000_000, 256, 32, 1024, 2);

  private static final String KNOWN_FIELDS =
      "known fields: title, author, abstract, tldr, text, refs, tag, venue, year, decision, id";

  // Input => tree. Backticks quote an input whose spaces or emptiness matter.
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '`',
      textBlock =
          """
          graph                              => T(graph)
          graph attention                    => AND(T(graph), T(attention))
          ` graph   attention `              => AND(T(graph), T(attention))
          graph\u00A0attention               => AND(T(graph), T(attention))
          multi-task                         => T(multi-task)
          gpt-3.5                            => T(gpt-3.5)
          o'neil                             => T(o'neil)
          c++ f#                             => AND(T(c++), T(f#))
          Müller                             => T(Müller)
          Σ-optimality                       => T(Σ-optimality)
          深度学习                            => T(深度学习)
          BERT2                              => T(BERT2)
          "data augmentation"                => P("data augmentation")
          “data augmentation”                => P("data augmentation")
          „Müller“                           => P("Müller")
          “data augmentation"                => P("data augmentation")
          "a-b: (c) NOT d"                   => P("a-b: (c) NOT d")
          "data" "augmentation"              => AND(P("data"), P("augmentation"))
          graph"attention"                   => AND(T(graph), P("attention"))
          graph AND attention                => AND(T(graph), T(attention))
          graph OR attention                 => OR(T(graph), T(attention))
          NOT graph                          => NOT(T(graph))
          -graph                             => NOT(T(graph))
          graph -attention                   => AND(T(graph), NOT(T(attention)))
          graph NOT attention                => AND(T(graph), NOT(T(attention)))
          graph AND NOT attention            => AND(T(graph), NOT(T(attention)))
          a OR b c                           => OR(T(a), AND(T(b), T(c)))
          a b OR c                           => OR(AND(T(a), T(b)), T(c))
          a AND b OR c AND d                 => OR(AND(T(a), T(b)), AND(T(c), T(d)))
          a OR b OR c                        => OR(T(a), T(b), T(c))
          NOT a OR b                         => OR(NOT(T(a)), T(b))
          a OR -b                            => OR(T(a), NOT(T(b)))
          NOT NOT a                          => NOT(NOT(T(a)))
          --a                                => NOT(NOT(T(a)))
          NOT(a)                             => NOT(T(a))
          +graph                             => T(graph)
          +graph -survey                     => AND(T(graph), NOT(T(survey)))
          a + b                              => AND(T(a), T(b))
          +(a b)                             => AND(T(a), T(b))
          graph and attention                => AND(T(graph), T(and), T(attention))
          graph or attention                 => AND(T(graph), T(or), T(attention))
          not graph                          => AND(T(not), T(graph))
          And Or Not                         => AND(T(And), T(Or), T(Not))
          ANDROID ORACLE NOTION              => AND(T(ANDROID), T(ORACLE), T(NOTION))
          NOT-x                              => T(NOT-x)
          (graph)                            => T(graph)
          ((graph))                          => T(graph)
          (a OR b) c                         => AND(OR(T(a), T(b)), T(c))
          a AND (b OR c)                     => AND(T(a), OR(T(b), T(c)))
          a (b c)                            => AND(T(a), T(b), T(c))
          (a b) (c d)                        => AND(T(a), T(b), T(c), T(d))
          a OR (b OR c)                      => OR(T(a), T(b), T(c))
          (a OR b) OR (c OR d)               => OR(T(a), T(b), T(c), T(d))
          ((a OR b))                         => OR(T(a), T(b))
          a OR (b c)                         => OR(T(a), AND(T(b), T(c)))
          -(a b)                             => NOT(AND(T(a), T(b)))
          NOT (a OR b) c                     => AND(NOT(OR(T(a), T(b))), T(c))
          title:graph                        => T(title,graph)
          author:Müller                      => T(author,Müller)
          abstract:graph                     => T(abstract,graph)
          tldr:graph                         => T(tldr,graph)
          text:graph                         => T(text,graph)
          refs:vaswani                       => T(refs,vaswani)
          tag:rl                             => T(tag,rl)
          venue:ICLR                         => T(venue,ICLR)
          decision:oral                      => T(decision,oral)
          id:B1xsqj09Fm                      => T(id,B1xsqj09Fm)
          TITLE:Graph                        => T(title,Graph)
          authors:bengio                     => T(author,bengio)
          Tags:rl                            => T(tag,rl)
          title: graph                       => T(title,graph)
          title:"data augmentation"          => P(title,"data augmentation")
          title:“data augmentation”          => P(title,"data augmentation")
          title:graph*                       => PF(title,graph)
          title:graph attention              => AND(T(title,graph), T(attention))
          -title:graph                       => NOT(T(title,graph))
          title:graph OR author:bengio       => OR(T(title,graph), T(author,bengio))
          title:(graph OR attention)         => OR(T(title,graph), T(title,attention))
          title:(graph attention)            => AND(T(title,graph), T(title,attention))
          title:(graph -survey)              => AND(T(title,graph), NOT(T(title,survey)))
          title:(graph (a OR b))             => AND(T(title,graph), OR(T(title,a), T(title,b)))
          title:("data augmentation" OR aug*) => OR(P(title,"data augmentation"), PF(title,aug))
          NOT title:(a OR b)                 => NOT(OR(T(title,a), T(title,b)))
          title:(a) b                        => AND(T(title,a), T(b))
          year:2019                          => R(year,2019,2019)
          YEAR:2019                          => R(year,2019,2019)
          year:2018..2020                    => R(year,2018,2020)
          year:2019..2019                    => R(year,2019,2019)
          year:2018..                        => R(year,2018,)
          year:..2020                        => R(year,,2020)
          year:"2019"                        => R(year,2019,2019)
          year:" 2018..2020 "                => R(year,2018,2020)
          year:(2018 OR 2020..2021)          => OR(R(year,2018,2018), R(year,2020,2021))
          -year:2019                         => NOT(R(year,2019,2019))
          graph year:2018..2020 venue:ICLR   => AND(T(graph), R(year,2018,2020), T(venue,ICLR))
          augment*                           => PF(augment)
          foo:bar                            => AND(T(foo), T(bar))
          graph Foo:bar                      => AND(T(graph), T(Foo), T(bar))
          http://x                           => AND(T(http), T(//x))
          :graph                             => T(graph)
          title::graph                       => T(title,graph)
          title:BERT: pre-training           => AND(T(title,BERT), T(pre-training))
          "a":b                              => AND(P("a"), T(b))
          graph -                            => T(graph)
          graph - survey                     => AND(T(graph), T(survey))
          graph -- survey                    => AND(T(graph), T(survey))
          -                                  => ALL
          graph +                            => T(graph)
          a + OR b                           => OR(T(a), T(b))
          Attention & Memory                 => AND(T(Attention), T(Memory))
          a — b …                            => AND(T(a), T(b))
          year>2018                          => R(year,2019,)
          graph AND                          => AND(T(graph), T(AND))
          graph OR                           => AND(T(graph), T(OR))
          (a OR)                             => AND(T(a), T(OR))
          NOT                                => T(NOT)
          a NOT                              => AND(T(a), T(NOT))
          a*                                 => T(a)
          graph *                            => T(graph)
          A* Lasso                           => AND(T(A), T(Lasso))
          Zeroth-order (Non)-Convex          => AND(T(Zeroth-order), T(Non), T(Convex))
          title:-x                           => T(title,x)
          `H\"{o}lderian error`             => AND(T(H\"{o}lderian), T(error))
          YEAR>=2018                         => R(year,2018,)
          year<2010                          => R(year,,2009)
          year<=2010                         => R(year,,2010)
          year:>2018                         => R(year,2019,)
          year:<=2010                        => R(year,,2010)
          ab*                                => PF(ab)
          Σx*                                => PF(Σx)
          ``                                 => ALL
          `   `                              => ALL
          *                                  => ALL
          ` * `                              => ALL
          """)
  void parsesQueryIntoTree(String query, String expected) throws QuerySyntaxException {
    assertThat(render(QueryParser.parse(query, DEFAULTS), false)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '`',
      textBlock =
          """
          title:graph -x         => AND(T(title,graph)@0, NOT(T(x)@13)@12)
          a OR NOT b             => OR(T(a)@0, NOT(T(b)@9)@5)
          -(a)                   => NOT(T(a)@2)@0
          title:(a OR b)         => OR(T(title,a)@7, T(title,b)@12)
          year:2018..2020 ab*    => AND(R(year,2018,2020)@0, PF(ab)@16)
          “data aug” x           => AND(P("data aug")@0, T(x)@11)
          Müller  Σ-opt          => AND(T(Müller)@0, T(Σ-opt)@8)
          `  "x"`                => P("x")@2
          """)
  void recordsPositionOfEveryLeafAndNot(String query, String expected) throws QuerySyntaxException {
    assertThat(render(QueryParser.parse(query, DEFAULTS), true)).isEqualTo(expected);
  }

  // Input => message fragment => 0-based position.
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '`',
      textBlock =
          """
          title:author:x      => 'title:' cannot be followed by another field       => 6
          title:(author:x)    => field 'author' cannot be used inside title:(...)     => 7
          title:(a (Tags:x))  => field 'Tags' cannot be used inside title:(...)      => 10
          title:              => 'title:' needs a value after it                    => 0
          graph Title:        => 'Title:' needs a value after it                    => 6
          title:)             => 'title:' needs a value after it                    => 0
          title:NOT x         => 'title:' needs a value after it                    => 0
          title: AND x        => 'title:' needs a value after it                    => 0
          year:abc            => year must be a 4-digit year or a range like 2018..2020, not 'abc' => 5
          year:20x9           => not '20x9'                                         => 5
          year:201            => not '201'                                          => 5
          year:0999           => not '0999'                                         => 5
          year:20190          => not '20190'                                        => 5
          year:2019*          => not '2019*'                                        => 5
          year:2018..20x9     => not '20x9'                                         => 11
          year:2018..2019..2020 => not '2019..2020'                                 => 11
          year:2020..2018     => year range 2020..2018 is backwards; did you mean 2018..2020? => 5
          year>20x9           => not '20x9'                                         => 5
          year:..             => a year range needs a start or an end, e.g. 2018..2020 => 5
          year:"abc"          => not 'abc'                                          => 6
          year:" 20x9"        => not '20x9'                                         => 7
          year:(2019 OR x)    => not 'x'                                            => 14
          "data augmentation  => unclosed quote                                     => 0
          graph "data         => unclosed quote                                     => 6
          “data               => unclosed quote                                     => 0
          ""                  => empty phrase: put words between the quotes        => 0
          graph "  "          => empty phrase                                       => 6
          (graph              => unclosed parenthesis                               => 0
          (a (b)              => unclosed parenthesis                               => 0
          a (b (c)            => unclosed parenthesis                               => 2
          (                   => unclosed parenthesis                               => 0
          graph)              => unexpected ')'                                     => 5
          (a))                => unexpected ')'                                     => 3
          )                   => unexpected ')'                                     => 0
          ()                  => empty parentheses                                  => 0
          a ( )               => empty parentheses                                  => 2
          title:()            => empty parentheses                                  => 6
          OR graph            => OR needs a term before it                          => 0
          AND graph           => AND needs a term before it                         => 0
          (AND a)             => AND needs a term before it                         => 1
          a NOT OR b          => NOT needs a term after it                          => 2
          a OR OR b           => OR needs a term after it                           => 2
          a AND OR b          => AND needs a term after it                          => 2
          gr*ph               => wildcards are only supported at the end of a word  => 2
          *graph              => wildcards are only supported at the end of a word  => 0
          graph**             => wildcards are only supported at the end of a word  => 5
          title:a*            => a prefix needs at least 2 characters before the '*' => 6
          """)
  void rejectsMalformedQueryWithMessageAndPosition(String query, String fragment, int position) {
    assertRejected(query, DEFAULTS, fragment.replace("KNOWN_FIELDS", KNOWN_FIELDS), position);
  }

  // A word before ':' that names no field => the field suggested, or "none".
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          auther:bengio       => author
          Titel:graph         => title
          abstarct:graph      => abstract
          yeer:2019           => year
          BERT: pre-training  => none
          DETR: end-to-end    => none
          https://arxiv.org   => none
          """)
  void unknownFieldIsAWordWithAHintOnlyWhenCloseToAField(String query, String meant)
      throws QuerySyntaxException {
    List<String> notes = QueryParser.parseWithNotes(query, DEFAULTS).notes();
    if (meant.equals("none")) {
      assertThat(notes).isEmpty();
    } else {
      assertThat(notes).singleElement().asString().endsWith("did you mean " + meant + ":?");
    }
  }

  @Test
  void rejectsQueryLongerThanLimitAtTheLimit() throws QuerySyntaxException {
    QueryLimits limits = new QueryLimits(5, 256, 32, 1024, 2);
    assertThat(render(QueryParser.parse("graph", limits), false)).isEqualTo("T(graph)");
    assertRejected("graphs", limits, "query is longer than 5 characters", 5);
  }

  @Test
  void rejectsTermsOverTheClauseLimitAtTheFirstOneOver() throws QuerySyntaxException {
    QueryLimits limits = new QueryLimits(4096, 4, 32, 1024, 2);
    assertThat(render(QueryParser.parse("a \"b c\" de* year:2019", limits), false))
        .isEqualTo("AND(T(a), P(\"b c\"), PF(de), R(year,2019,2019))");
    assertRejected("a \"b c\" title:(d OR e) f", limits, "query has more than 4 terms", 23);
    assertRejected("a b c d year:2019", limits, "query has more than 4 terms", 8);
    assertRejected("a b c title:(d OR e)", limits, "query has more than 4 terms", 18);
  }

  @Test
  void rejectsNestingDeeperThanLimitWhereItGoesTooDeep() throws QuerySyntaxException {
    QueryLimits limits = new QueryLimits(4096, 256, 2, 1024, 2);
    assertThat(render(QueryParser.parse("NOT (a) -(b) NOT c", limits), false))
        .isEqualTo("AND(NOT(T(a)), NOT(T(b)), NOT(T(c)))");
    String message = "query nests more than 2 levels of parentheses and NOT";
    assertRejected("((( a )))", limits, message, 2);
    assertRejected("NOT NOT NOT a", limits, message, 8);
    assertRejected("-(-a)", limits, message, 2);
    assertRejected("title:(a (NOT b))", limits, message, 10);
  }

  @Test
  void acceptsShorterPrefixesWhenTheLimitAllows() throws QuerySyntaxException {
    QueryLimits limits = new QueryLimits(4096, 256, 32, 1024, 1);
    assertThat(render(QueryParser.parse("a* Σ*", limits), false)).isEqualTo("AND(PF(a), PF(Σ))");
  }

  @Test
  void rejectsTenThousandTermsAtTheFirstTermOverTheLimit() {
    StringBuilder query = new StringBuilder();
    int position257 = 0;
    for (int i = 0; i < 10_000; i++) {
      if (i == 256) {
        position257 = query.length();
      }
      query.append("word").append(i).append(' ');
    }
    assertRejected(query.toString(), LONG_QUERIES, "query has more than 256 terms", position257);
    assertRejected(query.toString(), DEFAULTS, "query is longer than 4096 characters", 4096);
  }

  @Test
  void rejectsHundredThousandOpenParenthesesWithoutStackOverflow() {
    String query = "(".repeat(100_000);
    assertRejected(query, LONG_QUERIES, "query nests more than 32 levels", 32);
    QueryLimits unlimitedDepth = new QueryLimits(2_000_000, 256, Integer.MAX_VALUE, 1024, 2);
    assertRejected(query, unlimitedDepth, "unclosed parenthesis", 99_999);
    assertRejected(query + "a", unlimitedDepth, "unclosed parenthesis", 99_999);
    assertRejected(")".repeat(100_000), LONG_QUERIES, "unexpected ')'", 0);
    assertRejected("NOT ".repeat(100_000), LONG_QUERIES, "query nests more than 32 levels", 128);
  }

  @Test
  void parsesHundredThousandNestedNotsWithoutRecursing() throws QuerySyntaxException {
    QueryLimits unlimitedDepth = new QueryLimits(2_000_000, 256, Integer.MAX_VALUE, 1024, 2);
    QueryNode node = QueryParser.parse("-".repeat(100_000) + "x", unlimitedDepth);
    int depth = 0;
    while (node instanceof Not not) {
      assertThat(not.position()).isEqualTo(depth);
      node = not.clause();
      depth++;
    }
    assertThat(depth).isEqualTo(100_000);
    assertThat(node).isEqualTo(new Term(null, "x", 100_000));
  }

  @Test
  void parsesFiveThousandNestedParentheses() throws QuerySyntaxException {
    String query = "(".repeat(5_000) + "graph OR (a b)" + ")".repeat(5_000);
    QueryLimits deep = new QueryLimits(20_000, 256, 5_001, 1024, 2);
    assertThat(render(QueryParser.parse(query, deep), false))
        .isEqualTo("OR(T(graph), AND(T(a), T(b)))");
    QueryLimits shallow = new QueryLimits(20_000, 256, 5_000, 1024, 2);
    assertRejected(query, shallow, "query nests more than 5000 levels", 5_009);
  }

  @Test
  void handlesOneMegabyteQueries() throws QuerySyntaxException {
    String word = "a".repeat(1 << 20);
    assertRejected(word, DEFAULTS, "query is longer than 4096 characters", 4096);
    assertThat(QueryParser.parse(word, LONG_QUERIES)).isEqualTo(new Term(null, word, 0));
    String phrase = "\"" + "data augmentation ".repeat(60_000) + "\"";
    assertThat(QueryParser.parse(phrase, LONG_QUERIES))
        .isEqualTo(new Phrase(null, phrase.substring(1, phrase.length() - 1), 0));
    assertRejected("\"" + word, LONG_QUERIES, "unclosed quote", 0);
    assertRejected("a ".repeat(1 << 19), LONG_QUERIES, "query has more than 256 terms", 512);
    assertThat(QueryParser.parse(" ".repeat(1 << 20), LONG_QUERIES)).isEqualTo(new MatchAll());
  }

  private static void assertRejected(
      String query, QueryLimits limits, String fragment, int position) {
    assertThatThrownBy(() -> QueryParser.parse(query, limits))
        .isInstanceOfSatisfying(
            QuerySyntaxException.class,
            e -> {
              assertThat(e.getMessage()).contains(fragment);
              assertThat(e.position()).isEqualTo(position);
            });
  }

  /** Compact form for expectations: {@code AND(T(title,graph), NOT(P("x")))}, "@pos" optional. */
  static String render(QueryNode node, boolean positions) {
    return switch (node) {
      case Term t -> leaf("T", t.field(), t.text(), t.position(), positions);
      case Phrase p -> leaf("P", p.field(), '"' + p.text() + '"', p.position(), positions);
      case Prefix p -> leaf("PF", p.field(), p.text(), p.position(), positions);
      case Range r ->
          at(
              "R(" + r.field() + "," + bound(r.from()) + "," + bound(r.to()) + ")",
              r.position(),
              positions);
      case And a -> "AND(" + renderAll(a.clauses(), positions) + ")";
      case Or o -> "OR(" + renderAll(o.clauses(), positions) + ")";
      case Not n -> at("NOT(" + render(n.clause(), positions) + ")", n.position(), positions);
      case MatchAll m -> "ALL";
    };
  }

  private static String renderAll(List<QueryNode> nodes, boolean positions) {
    return nodes.stream().map(n -> render(n, positions)).collect(Collectors.joining(", "));
  }

  private static String leaf(String kind, String field, String text, int pos, boolean positions) {
    return at(kind + "(" + (field == null ? "" : field + ",") + text + ")", pos, positions);
  }

  private static String at(String rendered, int position, boolean positions) {
    return positions ? rendered + "@" + position : rendered;
  }

  private static String bound(Integer bound) {
    return bound == null ? "" : bound.toString();
  }
}
