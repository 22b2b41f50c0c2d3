package org.paperscope.tags;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.paperscope.paper.TextKeys;

/**
 * The key that every way of writing one tag shares: "GAN", "GANs", "Generative Adversarial
 * Networks" and "generative-adversarial networks (GANs)" are all {@code generative adversarial
 * network}. Case, accents, hyphens and spacing do not count, nor does the last word's plural; an
 * acronym in the table {@value #ACRONYMS} is its long form. Stateless.
 */
public final class TagKey {
  static final String ACRONYMS = "/tags/acronyms.tsv";

  /** Last words that end in s without being plurals. */
  private static final Set<String> NOT_PLURAL =
      Set.of(
          "dynamics",
          "physics",
          "robotics",
          "graphics",
          "statistics",
          "economics",
          "mathematics",
          "semantics",
          "linguistics",
          "genomics",
          "analytics",
          "kinetics",
          "ethics",
          "optics",
          "news",
          "series",
          "species",
          "bias",
          "loss",
          "analysis",
          "basis",
          "thesis",
          "hypothesis",
          "synthesis",
          "diagnosis",
          "lens",
          "gas",
          "chaos",
          "atlas",
          "corpus",
          "virus",
          "plus",
          "calculus",
          "stimulus",
          "status",
          "consensus",
          "process",
          "aids",
          "less",
          "nas",
          "mas",
          "bus",
          "us",
          "cross",
          "mass",
          "class",
          "focus",
          "radius",
          "axis",
          "emphasis",
          "ness",
          "tennis",
          "always",
          "this",
          "its",
          "kinematics",
          "pharmacokinetics",
          "informatics",
          "electronics",
          "mechanics",
          "acoustics",
          "logistics",
          "means");

  private static final Map<String, String> LONG_FORMS = longForms();

  private TagKey() {}

  /** The distinct keys of keywords, in order; blank keys left out. */
  public static Set<String> ofAll(List<String> keywords) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String k : keywords) {
      String key = of(k);
      if (!key.isBlank()) {
        out.add(key);
      }
    }
    return out;
  }

  /** The key of a keyword; blank for one without letters or digits. */
  public static String of(String keyword) {
    String plain = words(keyword);
    return LONG_FORMS.getOrDefault(plain, plain);
  }

  /**
   * The key of words already folded and split ({@link TagMatcher#words}): the same as {@link #of}
   * on them joined by spaces, without its regular expressions.
   */
  static String ofWords(List<String> words, int from, int to) {
    StringBuilder joined = new StringBuilder();
    for (int i = from; i < to - 1; i++) {
      joined.append(words.get(i)).append(' ');
    }
    joined.append(singular(words.get(to - 1)));
    String plain = joined.toString();
    return LONG_FORMS.getOrDefault(plain, plain);
  }

  /** The acronyms of the table whose long form is {@code key}. */
  static List<String> acronymsOf(String key) {
    List<String> out = new ArrayList<>();
    LONG_FORMS.forEach(
        (acronym, longForm) -> {
          if (longForm.equals(key)) {
            out.add(acronym);
          }
        });
    return out;
  }

  /** True when {@code words} (as {@link #words} gives them) are an acronym in the table. */
  static boolean isAcronym(String words) {
    return LONG_FORMS.containsKey(words);
  }

  /** The keyword's words: folded, its trailing "(ACRONYM)" dropped, the last one singular. */
  static String words(String keyword) {
    String text = TextKeys.withoutAccents(keyword).toLowerCase(Locale.ROOT).strip();
    text = text.replaceAll("\\s*\\([^()]*\\)\\s*$", "");
    text = text.replaceAll("[^\\p{L}\\p{N}+#]+", " ").strip();
    if (text.isEmpty()) {
      return "";
    }
    int space = text.lastIndexOf(' ');
    return text.substring(0, space + 1) + singular(text.substring(space + 1));
  }

  /** The singular of an English plural noun; other words unchanged. */
  static String singular(String word) {
    boolean kept =
        word.length() < 3
            || !word.endsWith("s")
            || NOT_PLURAL.contains(word)
            || word.endsWith("ss")
            || word.length() > 3 && (word.endsWith("us") || word.endsWith("is"));
    if (kept) {
      return word;
    }
    if (word.endsWith("ies") && word.length() > 4) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("sses")
        || word.endsWith("xes")
        || word.endsWith("ches")
        || word.endsWith("shes")) {
      return word.substring(0, word.length() - 2);
    }
    return word.substring(0, word.length() - 1);
  }

  private static Map<String, String> longForms() {
    Map<String, String> out = new HashMap<>();
    try (InputStream in = TagKey.class.getResourceAsStream(ACRONYMS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ACRONYMS);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        if (parts.length != 2) {
          throw new IllegalStateException(ACRONYMS + ": expected acronym<TAB>long form: " + line);
        }
        out.put(words(parts[0]), words(parts[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ACRONYMS, e);
    }
    return Map.copyOf(out);
  }
}
