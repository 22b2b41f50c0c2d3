package org.paperscope.index.lucene;

import java.util.Locale;
import org.paperscope.paper.ReviewOutcome;
import org.paperscope.paper.TextKeys;

/**
 * The Lucene field names of a paper document and how values are keyed. Text fields come in pairs:
 * {@code title} (stemmed, ranks words) and {@code title.exact} (unstemmed shadow for phrases).
 */
public final class PaperSchema {
  public static final String ID = "id";

  /** The arXiv identifier printed in a paper's PDF, for id lookups of papers with other ids. */
  public static final String ARXIV_ID = "pdf.arxiv";

  public static final String SOURCE = "_source";
  public static final String HASH = "_hash";

  /** Markers ({@code name/version}) of the enrichments with nothing left to do for a paper. */
  public static final String ENRICHED = "_enriched";

  /** Markers of the enrichments that failed on a paper's input. */
  public static final String ENRICHMENT_FAILED = "_enrichment.failed";

  /** The paper's generated TL;DR (the Auto-TLDR enrichment's), stored and indexed as text. */
  public static final String AUTO_TLDR = "tldr.auto";

  /**
   * The paper's automatic tags ({@code key<TAB>name} lines), stored; the keys are also indexed as
   * tags ({@link #TAG}) like the authors' keywords.
   */
  public static final String AUTO_TAGS = "tag.auto";

  /** The paper's sentence embedding (title and abstract), for kNN search. */
  public static final String VECTOR = "vector";

  /** Names of the enrichments that gave a paper a result. */
  public static final String ENRICHMENT = "_enrichment";

  public static final String TITLE = "title";
  public static final String TITLE_EXACT = "title.exact";
  public static final String ABSTRACT = "abstract";
  public static final String ABSTRACT_EXACT = "abstract.exact";
  public static final String TLDR = "tldr";
  public static final String TLDR_EXACT = "tldr.exact";
  public static final String TEXT = "text";
  public static final String TEXT_EXACT = "text.exact";
  public static final String REFS = "refs";
  public static final String REFS_EXACT = "refs.exact";

  /** Community summaries' text ({@code summary:}), stemmed and exact. */
  public static final String SUMMARY = "summary";

  public static final String SUMMARY_EXACT = "summary.exact";

  /** How many public summaries a paper has (stored, for result lists). */
  public static final String SUMMARY_COUNT = "summary.count";

  /**
   * Community summaries in a language with its own analyzer ({@code i18n.TextLanguages}): field
   * {@code summary.lang.ar} holds the Arabic ones, analysed with Arabic normalisation and stemming.
   */
  public static final String SUMMARY_LANGUAGE_PREFIX = "summary.lang.";

  /** The primary languages a paper's public summaries are written in ({@code lang:ar}). */
  public static final String SUMMARY_LANGUAGES = "summary.languages";

  /** What a paper has, for {@code has:}: {@code summary}. */
  public static final String HAS = "has";

  /**
   * Title, abstract, TL;DR and keywords indexed together (stemmed): BM25 over this one field is
   * BM25F with equal field weights, and unlike Lucene's {@code CombinedFieldQuery} it can skip
   * documents that cannot make the page, which keeps broad words fast on large corpora.
   */
  public static final String META = "meta";

  /**
   * {@link #META} under Porter stemming, which merges more word forms ("generalization" with
   * "generator"): a low-weight recall aid for natural-language queries, never the main score.
   */
  public static final String META_PORTER = "meta.porter";

  /** Author names, analysed into words (unstemmed) so {@code author:hinton} matches. */
  public static final String AUTHOR = "author";

  /** Author names as {@link org.paperscope.paper.AuthorNames#key keys}: {@code quoc le}. */
  public static final String AUTHOR_KEY = "author.key";

  /**
   * The whole title as one term, {@link #titleKey keyed}: a query that is a title (pasted as it is,
   * or lower-cased without its punctuation) finds it with one lookup.
   */
  public static final String TITLE_KEY = "title.key";

  /** Keywords as words, stemmed, so plain words also find papers through their tags. */
  public static final String TAG_TEXT = "tag.text";

  public static final String TAG_EXACT = "tag.exact";

  /** Whole keywords, {@link #key keyed}: {@code tag:"few-shot learning"}. */
  public static final String TAG = "tag";

  public static final String VENUE = "venue";
  public static final String YEAR = "year";
  public static final String DECISION = "decision";
  public static final String RATING = "rating";

  /** Facet dimensions (doc values holding display values): venue, year, tag, decision, author. */
  public static final String FACET_PREFIX = "facet.";

  private PaperSchema() {}

  /** The doc-values field that holds a facet dimension's display values. */
  public static String facetField(String dimension) {
    return FACET_PREFIX + dimension;
  }

  /**
   * The matching key of a keyword-like value (tag, venue, decision): accents folded, lower case,
   * single spaces. Queries key their values the same way, so {@code venue:iclr} finds "ICLR".
   */
  public static String key(String value) {
    return TextKeys.withoutAccents(value).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }

  /**
   * The key of a title ({@link TextKeys#fold}): "Non-I.I.D. Processes" and "non i i d processes"
   * share one. Blank when the title has no letters or digits.
   */
  public static String titleKey(String title) {
    return TextKeys.fold(title);
  }

  /**
   * The outcome class of a decision, searchable as {@code decision:accepted}, {@code rejected} or
   * {@code withdrawn}: posters, orals, spotlights and talks were accepted; workshop invitations,
   * pending and unknown decisions have no class (null). See {@link ReviewOutcome}.
   */
  public static String decisionClass(String decision) {
    return ReviewOutcome.of(decision).searchKey();
  }
}
