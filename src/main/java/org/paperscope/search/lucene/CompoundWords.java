package org.paperscope.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.paperscope.index.lucene.PaperSchema;

/**
 * A compound written closed or with a hyphen ("finetuning", "fine-tuning"; "metalearning",
 * "meta-learning"; "minibatch", "mini-batch") is one word to a researcher, and the papers write
 * both. The other way of writing a word is the one the papers' titles and abstracts use at least
 * {@link #MIN_PAPERS} times, and at least once for every {@link #RATIO} uses of the typed form: for
 * "x-y", the closed "xy"; for a closed word, the split "x-y" whose words stand side by side in the
 * most papers (so "network" finds no "net-work", which no paper writes, and "therapist" no
 * "the-rapist": a stop word never makes half a compound). The search box matches either way ({@link
 * QueryTranslator}) and highlights both. Thread-safe; answers are remembered for the reader's
 * lifetime (at most {@link #MAX_REMEMBERED} words).
 */
final class CompoundWords implements Function<String, Optional<String>> {
  /** Papers that must write the other form, so that a stray pair of words is no compound. */
  static final int MIN_PAPERS = 2;

  /**
   * A form the papers use less than once for every this many uses of the typed form is a slip, not
   * a way of writing the word: "gen- eralization" broken across lines in a scraped abstract, beside
   * a thousand papers writing "generalization", would otherwise match as a compound, and its rare
   * halves would outrank every real match.
   */
  static final int RATIO = 20;

  static final int MAX_REMEMBERED = 10_000;

  /** Shortest closed word that is looked at, and shortest second half. */
  private static final int MIN_CLOSED = 6;

  private static final int MIN_SECOND = 3;

  private static final Pattern HYPHENATED = Pattern.compile("(\\p{L}{2,})-(\\p{L}{2,})");
  private static final Pattern CLOSED = Pattern.compile("\\p{L}{" + MIN_CLOSED + ",}");

  /** The fields every paper has, read exactly as written (lower-cased). */
  private static final String[] FIELDS = {PaperSchema.TITLE_EXACT, PaperSchema.ABSTRACT_EXACT};

  /** No other forms: for translators that must not change what words match (evaluation). */
  static final Function<String, Optional<String>> NONE = w -> Optional.empty();

  private final IndexSearcher searcher;
  private final IndexReader reader;
  private final Map<String, Optional<String>> remembered = new ConcurrentHashMap<>();

  private final int ratio;

  CompoundWords(IndexSearcher searcher) {
    this(searcher, RATIO);
  }

  CompoundWords(IndexSearcher searcher, int ratio) {
    this.searcher = searcher;
    this.reader = searcher.getIndexReader();
    this.ratio = ratio;
  }

  /** The other way the papers write the word, or empty. */
  @Override
  public Optional<String> apply(String word) {
    String key = word.strip().toLowerCase(Locale.ROOT);
    Optional<String> known = remembered.get(key);
    if (known != null) {
      return known;
    }
    Optional<String> other = find(key);
    if (remembered.size() < MAX_REMEMBERED) {
      remembered.put(key, other);
    }
    return other;
  }

  private Optional<String> find(String word) {
    try {
      Matcher hyphenated = HYPHENATED.matcher(word);
      if (hyphenated.matches()) {
        String closed = hyphenated.group(1) + hyphenated.group(2);
        long papers = papersWith(closed);
        boolean used =
            papers >= MIN_PAPERS
                && papers * ratio >= papersWithPair(hyphenated.group(1), hyphenated.group(2));
        return used ? Optional.of(closed) : Optional.empty();
      }
      if (!CLOSED.matcher(word).matches()) {
        return Optional.empty();
      }
      String best = null;
      long bestCount = MIN_PAPERS - 1;
      // Fewer papers than this with the pair, and the typed form outnumbers it RATIO to one.
      long needed = Math.max(MIN_PAPERS, (papersWith(word) + ratio - 1) / ratio);
      for (int at = 2; at <= word.length() - MIN_SECOND; at++) {
        String first = word.substring(0, at);
        String second = word.substring(at);
        if (isStop(first) || isStop(second)) {
          continue;
        }
        // A pair is in no more papers than either half: phrases are counted only when that could
        // be enough (most splits of a common word are not, and counting phrases is the cost).
        long bound = Math.min(papersWith(first), papersWith(second));
        if (bound < needed || bound <= bestCount) {
          continue;
        }
        long count = papersWithPair(first, second);
        if (count > bestCount) {
          bestCount = count;
          best = first + "-" + second;
        }
      }
      return best != null && bestCount >= needed ? Optional.of(best) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index's words", e);
    }
  }

  private static boolean isStop(String word) {
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
  }

  /** Papers whose title or abstract has the word (an upper bound: one paper may have it twice). */
  private long papersWith(String word) throws IOException {
    long n = 0;
    for (String field : FIELDS) {
      n += reader.docFreq(new Term(field, word));
    }
    return n;
  }

  private long papersWithPair(String first, String second) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : FIELDS) {
      any.add(new PhraseQuery(field, first, second), Occur.SHOULD);
    }
    return searcher.count(any.build());
  }
}
