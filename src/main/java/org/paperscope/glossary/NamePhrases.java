package org.paperscope.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the name that follows an introducing cue ("called X", "we propose X, a …"): a quoted
 * phrase, a run of capitalised or name-like words ("Compressed Activation Replay", "LazySVD"), or —
 * where the cue names something ("dubbed", "we introduce self-ensembling, where …") — a short
 * lower-case phrase. Thread-safe.
 */
final class NamePhrases {
  private static final int MAX_WORDS = 6;
  private static final int MAX_LOWER_WORDS = 4;

  /** Capitalised words that are adjectives of the field, not names on their own. */
  private static final Set<String> COMMON_CAPITALISED =
      Set.of(
          "bayesian",
          "gaussian",
          "markov",
          "monte",
          "carlo",
          "euclidean",
          "riemannian",
          "hessian",
          "laplacian",
          "boolean",
          "newton",
          "nesterov",
          "langevin",
          "hamiltonian",
          "lipschitz",
          "wasserstein",
          "fisher",
          "dirichlet",
          "poisson",
          "bernoulli",
          "hilbert",
          "fourier",
          "lagrangian",
          "jacobian",
          "shapley",
          "nash",
          "pareto",
          "kalman",
          "boltzmann",
          "hebbian",
          "thompson",
          "stein",
          "kronecker",
          "english",
          "chinese",
          "german",
          "french",
          "i",
          "a",
          "an",
          "the",
          "this",
          "these",
          "that",
          "it",
          "its",
          "our",
          "we",
          "in",
          "here",
          "such",
          "each",
          "both",
          "two",
          "one",
          "new",
          "novel",
          "first",
          "however",
          "moreover",
          "finally",
          "specifically",
          "additionally",
          "furthermore",
          "thus",
          "hence",
          "then",
          "further",
          "also",
          "to",
          "for",
          "by",
          "using",
          "based",
          "and",
          "or",
          "of",
          "on",
          "with");

  /** What a name names: "LazySVD framework", "a rank analysis method" (a description). */
  private static final Set<String> KINDS =
      Set.of(
          "method",
          "methods",
          "framework",
          "model",
          "models",
          "algorithm",
          "algorithms",
          "approach",
          "architecture",
          "system",
          "technique",
          "network",
          "networks",
          "dataset",
          "benchmark",
          "library",
          "toolkit",
          "tool",
          "metric",
          "loss",
          "module",
          "layer",
          "layers",
          "procedure",
          "scheme",
          "strategy",
          "estimator",
          "objective",
          "regularizer",
          "mechanism");

  /** Words that end a lower-case name. */
  private static final Set<String> STOP =
      Set.of(
          "that",
          "which",
          "to",
          "for",
          "in",
          "on",
          "with",
          "by",
          "from",
          "where",
          "and",
          "or",
          "as",
          "is",
          "are",
          "was",
          "were",
          "be",
          "can",
          "will",
          "whose",
          "of",
          "at",
          "into",
          "via",
          "using",
          "based",
          "over",
          "under",
          "through",
          "while",
          "when",
          "we",
          "it",
          "its",
          "this",
          "propose",
          "proposes",
          "introduce",
          "introduces",
          "present",
          "presents",
          "develop",
          "develops",
          "use",
          "uses",
          "call",
          "called",
          "named",
          "dubbed",
          "termed",
          "showing",
          "yielding",
          "leading",
          "giving",
          "allowing",
          "making");

  /** Lower-case words that start no name. */
  private static final Set<String> NOT_FIRST =
      Set.of(
          "a",
          "an",
          "the",
          "this",
          "these",
          "that",
          "our",
          "their",
          "its",
          "two",
          "three",
          "several",
          "some",
          "many",
          "new",
          "novel",
          "to",
          "using",
          "how",
          "what",
          "both",
          "each",
          "various",
          "different",
          "more",
          "further",
          "theoretical",
          "empirical",
          "experimental",
          "extensive",
          "results",
          "experiments",
          "evidence",
          "analysis",
          "methods",
          "techniques",
          "algorithms",
          "models",
          "approaches",
          "here",
          "so",
          "such",
          "it",
          "them",
          "us",
          "learns",
          "yields",
          "achieves",
          "allows",
          "uses",
          "provides",
          "shows",
          "leads",
          "enables",
          "improves",
          "outperforms",
          "requires",
          "makes",
          "has",
          "is",
          "gives",
          "finds");

  /**
   * Adjectives that start descriptions rather than names: "we propose key optimizations that …",
   * "we present a deterministic variant which …".
   */
  private static final Set<String> DESCRIPTIVE =
      Set.of(
          "key",
          "related",
          "main",
          "important",
          "useful",
          "existing",
          "qualitative",
          "quantitative",
          "standard",
          "common",
          "general",
          "simple",
          "efficient",
          "additional",
          "other",
          "all",
          "any",
          "deterministic",
          "stochastic",
          "automated",
          "automatic",
          "hierarchical",
          "dynamic",
          "sparsity",
          "deep",
          "neural",
          "improved");

  /**
   * The name at the start of {@code text}, or null. {@code strict} (after "we propose" and the
   * like): a lower-case phrase counts only as an apposition ("self-ensembling, where …").
   */
  String after(String text, boolean strict, String article) {
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    String quoted = quoted(t);
    if (quoted != null) {
      return quoted;
    }
    List<String> words = new ArrayList<>();
    boolean ended = collect(t, words, true);
    if (!words.isEmpty()) {
      String[] rest = t.split("\\s+");
      boolean modifier =
          strict
              && !ended
              && rest.length > words.size()
              && !KINDS.contains(rest[words.size()])
              && !STOP.contains(rest[words.size()])
              && rest[words.size()].matches("\\p{Ll}[\\p{Ll}-]*");
      return modifier ? null : capitalisedName(words);
    }
    String skipped = strict ? afterOneAdjective(t) : null;
    if (skipped != null) {
      return skipped;
    }
    return strict ? lowerApposition(t, article) : lowerName(t);
  }

  /**
   * "discriminatively-trained Cycle-Consistent Adversarial Domain Adaptation model": a run of two
   * or more capitalised words after one lower-case adjective, or null.
   */
  private static String afterOneAdjective(String t) {
    int space = t.indexOf(' ');
    if (space < 0
        || STOP.contains(t.substring(0, space))
        || NOT_FIRST.contains(t.substring(0, space))) {
      return null;
    }
    List<String> words = new ArrayList<>();
    collect(t.substring(space + 1), words, true);
    return words.size() >= 2 ? capitalisedName(words) : null;
  }

  /** The name at the start of a sentence before ", a novel …", or null. */
  String appositive(String phrase) {
    List<String> words = new ArrayList<>();
    collect(phrase, words, true);
    if (words.size() != phrase.split(" ").length) {
      return null;
    }
    String name = capitalisedName(words);
    if (name == null) {
      return null;
    }
    boolean plainWord = words.size() == 1 && !hasInnerCapitalOrDigit(name);
    return plainWord && (name.length() < 4 || name.endsWith("ly")) ? null : name;
  }

  /**
   * An emphasised term in an introducing sentence ("we propose to use \\emph{gradient disparity}"),
   * or null when it is a phrase rather than a name.
   */
  String term(String text) {
    String[] words = text.split("\\s+");
    if (words.length > MAX_LOWER_WORDS + 1
        || NOT_FIRST.contains(words[0].toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (String w : words) {
      if (STOP.contains(w.toLowerCase(Locale.ROOT)) || !w.matches("[\\p{L}\\p{N}$\\\\{}_^'-]+")) {
        return null;
      }
    }
    boolean plain =
        words.length == 1
            && !text.contains("-")
            && !hasInnerCapitalOrDigit(text)
            && !Character.isUpperCase(text.codePointAt(0));
    return plain ? null : text;
  }

  /** True for words that can make a name together: no word that ends names, no article first. */
  boolean plainPhrase(String phrase) {
    String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
    if (NOT_FIRST.contains(words[0]) || KINDS.contains(words[0])) {
      return false;
    }
    for (String w : words) {
      if (STOP.contains(w) || COMMON_CAPITALISED.contains(w) && w.length() < 5) {
        return false;
      }
    }
    return true;
  }

  /** True when the last word of {@code phrase} says what kind of thing it is ("… method"). */
  static boolean endsWithKind(String phrase) {
    String[] words = phrase.toLowerCase(Locale.ROOT).split("\\s+");
    return KINDS.contains(words[words.length - 1]);
  }

  /** True when every word of {@code phrase} longer than three letters starts with a capital. */
  static boolean titleCase(String phrase) {
    for (String w : phrase.split("\\s+")) {
      if (w.length() > 3 && !Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** A title's name before its colon ("PixelNN", "SNIPER"), or null for "Deep Learning". */
  String titleName(String prefix) {
    String[] tokens = prefix.strip().split("\\s+");
    if (tokens.length > 3) {
      return null;
    }
    for (String token : tokens) {
      if (hasInnerCapitalOrDigit(token)) {
        return prefix.strip();
      }
    }
    return null;
  }

  private static String quoted(String t) {
    int open = "\"“‘'`".indexOf(t.charAt(0));
    if (open < 0) {
      return null;
    }
    int end = -1;
    for (int i = 1; i < Math.min(t.length(), 80); i++) {
      if ("\"”’'".indexOf(t.charAt(i)) >= 0) {
        end = i;
        break;
      }
    }
    if (end < 2) {
      return null;
    }
    String inner = t.substring(1, end).replaceAll("[,.]+$", "").strip();
    return inner.isEmpty() || inner.split("\\s+").length > MAX_WORDS ? null : inner;
  }

  /**
   * Collects the leading name-like words of {@code t} (capitalised, capitals inside, digits) into
   * {@code words}; returns true when a punctuation mark ended the run.
   */
  private static boolean collect(String t, List<String> words, boolean capitalised) {
    for (String token : t.split("\\s+")) {
      if (words.size() == MAX_WORDS || token.startsWith("(")) {
        return false;
      }
      String core = token.replaceAll("[,.;:)\"”’]+$", "");
      if (core.isEmpty() || !nameLike(core)) {
        return false;
      }
      words.add(core);
      if (core.length() < token.length()) {
        return true;
      }
    }
    return false;
  }

  private static String capitalisedName(List<String> words) {
    if (words.stream().allMatch(w -> COMMON_CAPITALISED.contains(w.toLowerCase(Locale.ROOT)))) {
      return null;
    }
    if (COMMON_CAPITALISED.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      return null;
    }
    String name = String.join(" ", words);
    return name.length() < 2 ? null : name;
  }

  private static final java.util.regex.Pattern APPOSED_LOWER =
      java.util.regex.Pattern.compile("^([^,;:.()]+?)(?:, (?:a|an|which|where)| (?:that|which)) ");

  private static String lowerApposition(String t, String article) {
    java.util.regex.Matcher m = APPOSED_LOWER.matcher(t);
    boolean indefiniteArticle = article != null && !article.equalsIgnoreCase("the");
    if (!m.find() || indefiniteArticle && !m.group().contains(", ")) {
      return null;
    }
    if (DESCRIPTIVE.contains(m.group(1).split(" ")[0].toLowerCase(Locale.ROOT))) {
      return null;
    }
    boolean indefinite = article != null && !article.equalsIgnoreCase("the");
    String phrase = m.group(1);
    boolean apposition = true;
    String[] words = phrase.split("\\s+");
    if (!apposition || words.length > MAX_LOWER_WORDS || NOT_FIRST.contains(words[0])) {
      return null;
    }
    for (String w : words) {
      if (!w.matches("[\\p{Ll}][\\p{Ll}\\p{N}-]*") || STOP.contains(w)) {
        return null;
      }
    }
    if (indefinite && KINDS.contains(words[words.length - 1])) {
      return null;
    }
    return words.length > 1 || phrase.contains("-") ? phrase : null;
  }

  /**
   * The name at the end of {@code phrase}, the words before ", a new …": its last words up to a
   * word that ends names ("using symbolic mismatch" gives "symbolic mismatch"), or null.
   */
  String trailingName(String phrase) {
    String[] words = phrase.strip().split("\\s+");
    int from = words.length;
    while (from > 0
        && !STOP.contains(words[from - 1].toLowerCase(Locale.ROOT))
        && !NOT_FIRST.contains(words[from - 1].toLowerCase(Locale.ROOT))) {
      from--;
    }
    if (from == words.length) {
      return null;
    }
    List<String> name = List.of(java.util.Arrays.copyOfRange(words, from, words.length));
    if (KINDS.contains(name.get(name.size() - 1).toLowerCase(Locale.ROOT))) {
      return null;
    }
    String joined = String.join(" ", name);
    boolean capitalised =
        name.stream().anyMatch(NamePhrases::hasInnerCapitalOrDigit)
            || Character.isUpperCase(joined.codePointAt(0)) && from > 0;
    return capitalised || name.size() > 1 ? joined : null;
  }

  private static String lowerName(String t) {
    List<String> words = new ArrayList<>();
    for (String token : t.split("\\s+")) {
      String core = token.replaceAll("[,.;:)]+$", "");
      if (core.isEmpty()
          || STOP.contains(core.toLowerCase(Locale.ROOT))
          || !core.matches("[\\p{L}\\p{N}$\\\\{}_^-]+")) {
        break;
      }
      words.add(core);
      if (core.length() < token.length() || words.size() == MAX_LOWER_WORDS) {
        break;
      }
    }
    if (words.isEmpty() || NOT_FIRST.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      return null;
    }
    return String.join(" ", words);
  }

  private static boolean nameLike(String word) {
    int first = word.codePointAt(0);
    return Character.isUpperCase(first)
        || hasInnerCapitalOrDigit(word) && Character.isLetterOrDigit(first)
        || word.startsWith("$");
  }

  static boolean hasInnerCapitalOrDigit(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (i > 0 && Character.isUpperCase(c) || Character.isDigit(c) && letter) {
        return true;
      }
      letter |= Character.isLetter(c);
    }
    return false;
  }
}
