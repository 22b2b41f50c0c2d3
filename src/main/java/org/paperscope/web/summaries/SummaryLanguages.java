package org.paperscope.web.summaries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperscope.i18n.TextLanguages;
import org.paperscope.summaries.Summary;

/** Summaries by language: the reader's first, counts per language, language names. */
final class SummaryLanguages {
  private SummaryLanguages() {}

  /** The summaries in the reader's primary language ({@code ar} matches {@code ar-EG}). */
  static List<Summary> matching(List<Summary> all, String reader) {
    return all.stream().filter(s -> TextLanguages.primary(s.language()).equals(reader)).toList();
  }

  /** The summaries in the reader's language, then the others, each group in its given order. */
  static List<Summary> readerFirst(List<Summary> all, String reader) {
    List<Summary> out = new ArrayList<>(matching(all, reader));
    all.stream().filter(s -> !out.contains(s)).forEach(out::add);
    return out;
  }

  /** How many summaries each language has: the reader's first (also when 0), then by count. */
  static List<SummaryList.LanguageCount> counts(List<Summary> all, String reader, Locale in) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put(reader, 0);
    for (Summary s : all) {
      counts.merge(TextLanguages.primary(s.language()), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        (a, b) ->
            a.getKey().equals(reader)
                ? -1
                : b.getKey().equals(reader)
                    ? 1
                    : b.getValue() != a.getValue().intValue()
                        ? Integer.compare(b.getValue(), a.getValue())
                        : a.getKey().compareTo(b.getKey()));
    return entries.stream()
        .map(e -> new SummaryList.LanguageCount(e.getKey(), name(e.getKey(), in), e.getValue()))
        .toList();
  }

  /** A language's name in the reader's language ("Arabic", "العربية"), or its tag. */
  static String name(String tag, Locale in) {
    String name = Locale.forLanguageTag(tag).getDisplayName(in);
    return name.isEmpty() ? tag : name;
  }
}
