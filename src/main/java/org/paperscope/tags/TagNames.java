package org.paperscope.tags;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of tags: for each {@link TagKey}, the way papers write it most often ("GANs" or
 * "generative adversarial networks") and the other ways (its aliases). Build one with {@link
 * #builder}; immutable and thread-safe once built.
 */
public final class TagNames {
  /** No names: every key is its own name. */
  public static final TagNames NONE = new TagNames(Map.of());

  private final Map<String, List<String>> forms;

  private TagNames(Map<String, List<String>> forms) {
    this.forms = forms;
  }

  /** A builder counting the ways keywords are written. */
  public static Builder builder() {
    return new Builder();
  }

  /** The name shown for the tag with this key: its most written form, else the key itself. */
  public String name(String key) {
    List<String> all = forms.get(key);
    return all == null ? key : all.get(0);
  }

  /** The tag's other forms, most written first; empty when it has one. */
  public List<String> aliases(String key) {
    List<String> all = forms.get(key);
    return all == null ? List.of() : all.subList(1, all.size());
  }

  /** Counts keywords; not thread-safe. */
  public static final class Builder {
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();

    /** Counts one paper's keyword. */
    public Builder add(String keyword) {
      String key = TagKey.of(keyword);
      String form = keyword.strip().replaceAll("\\s+", " ").replaceAll("[.;,:]+$", "").strip();
      if (!key.isBlank() && !form.isEmpty()) {
        counts.computeIfAbsent(key, k -> new HashMap<>()).merge(form, 1, Integer::sum);
      }
      return this;
    }

    public TagNames build() {
      Map<String, List<String>> forms = new LinkedHashMap<>();
      counts.forEach((key, byForm) -> forms.put(key, ordered(byForm)));
      return new TagNames(forms);
    }

    /**
     * The forms, most written first (ties: lower case first, then alphabetical), one per spelling
     * that differs in more than case: "GANs" and "gans" are one.
     */
    private static List<String> ordered(Map<String, Integer> byForm) {
      Map<String, Integer> byLower = new HashMap<>();
      Map<String, String> best = new HashMap<>();
      Comparator<Map.Entry<String, Integer>> order =
          Map.Entry.<String, Integer>comparingByValue()
              .reversed()
              .thenComparing(e -> !preferred(e.getKey()))
              .thenComparing(Map.Entry::getKey);
      List<Map.Entry<String, Integer>> entries = new ArrayList<>(byForm.entrySet());
      entries.sort(order);
      for (Map.Entry<String, Integer> e : entries) {
        String lower = e.getKey().toLowerCase(Locale.ROOT);
        byLower.merge(lower, e.getValue(), Integer::sum);
        best.putIfAbsent(lower, e.getKey());
      }
      List<Map.Entry<String, Integer>> merged = new ArrayList<>();
      byLower.forEach((lower, n) -> merged.add(Map.entry(best.get(lower), n)));
      merged.sort(order);
      String name = shown(merged.get(0).getKey(), byForm);
      List<String> out = new ArrayList<>(List.of(name));
      for (Map.Entry<String, Integer> e : merged) {
        if (!e.getKey().equalsIgnoreCase(name) && !e.getKey().equals(merged.get(0).getKey())) {
          out.add(e.getKey());
        }
      }
      return out;
    }

    /** Of forms differing only in case: an acronym in capitals ("GANs"), other words in lower. */
    private static boolean preferred(String form) {
      boolean lower = form.equals(form.toLowerCase(Locale.ROOT));
      return TagKey.isAcronym(TagKey.words(form)) != lower;
    }

    /**
     * How the most written form is shown: an acronym in capitals ("cnn" is "CNN"); otherwise in
     * lower case when some paper writes it so ("Unsupervised Learning" is "unsupervised learning"),
     * keeping names such as "ImageNet" or "Bayesian optimization" as written.
     */
    private static String shown(String form, Map<String, Integer> byForm) {
      String words = TagKey.words(form);
      if (TagKey.isAcronym(words)) {
        return words.toUpperCase(Locale.ROOT);
      }
      String lower = form.toLowerCase(Locale.ROOT);
      return byForm.containsKey(lower) ? lower : form;
    }
  }
}
