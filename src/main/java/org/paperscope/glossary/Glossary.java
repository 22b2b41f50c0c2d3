package org.paperscope.glossary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The concepts of a corpus: every name its papers introduce ({@link ConceptDetector}), each defined
 * by the first paper to introduce it, with the papers that mention it and related concepts. A name
 * that at least {@value #EARLIER_MENTIONS} papers from years before its "introduction" already use
 * is an existing term, not a concept the later paper coined. Build one with {@link #builder}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Glossary {
  /** Earlier papers mentioning a name that make it an existing term. */
  static final int EARLIER_MENTIONS = 3;

  /** Related concepts listed per entry. */
  public static final int RELATED = 8;

  private final List<GlossaryEntry> entries;
  private final Map<String, Integer> byKey;
  private final Map<String, List<Integer>> introducedBy;
  private final Map<String, List<Integer>> mentionedIn;
  private final MentionFinder finder;

  private Glossary(
      List<GlossaryEntry> entries,
      Map<String, List<Integer>> introducedBy,
      Map<String, List<Integer>> mentionedIn) {
    this.entries = List.copyOf(entries);
    this.byKey = new HashMap<>();
    this.finder = new MentionFinder();
    for (int i = 0; i < entries.size(); i++) {
      for (String name : entries.get(i).names()) {
        byKey.putIfAbsent(ConceptKey.of(name), i);
        finder.add(name, i);
      }
    }
    this.introducedBy = introducedBy;
    this.mentionedIn = mentionedIn;
  }

  /** The orders a list of concepts takes: name, mentions (most first), year (newest first). */
  public static final List<String> ORDERS = List.of("name", "mentions", "year");

  /**
   * The order {@code sort} names ({@link #ORDERS}); ties by name (case-insensitive), then key.
   *
   * @throws IllegalArgumentException for another name
   */
  public static Comparator<GlossaryEntry> order(String sort) {
    Comparator<GlossaryEntry> byName =
        Comparator.comparing((GlossaryEntry e) -> e.name().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(GlossaryEntry::key);
    return switch (sort) {
      case "name" -> byName;
      case "mentions" ->
          Comparator.comparingInt(GlossaryEntry::mentions).reversed().thenComparing(byName);
      case "year" ->
          Comparator.comparing((GlossaryEntry e) -> e.year() == null ? Integer.MIN_VALUE : e.year())
              .reversed()
              .thenComparing(byName);
      default -> throw new IllegalArgumentException("unknown order '" + sort + "'");
    };
  }

  /** A builder that detects concepts with {@code detector}. */
  public static GlossaryBuilder builder(ConceptDetector detector) {
    return new GlossaryBuilder(detector);
  }

  static Glossary of(
      List<GlossaryEntry> entries,
      Map<String, List<Integer>> introducedBy,
      Map<String, List<Integer>> mentionedIn) {
    return new Glossary(entries, introducedBy, mentionedIn);
  }

  /** Every concept, by name (case-insensitive), then key. */
  public List<GlossaryEntry> entries() {
    return entries;
  }

  /** How many concepts there are. */
  public int size() {
    return entries.size();
  }

  /** The concept with this name or alias (any case, hyphens, plural s), if there is one. */
  public Optional<GlossaryEntry> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    Integer at = byKey.get(ConceptKey.of(name));
    return at == null ? Optional.empty() : Optional.of(entries.get(at));
  }

  /** The concepts a paper introduces and defines or shares, in name order; empty for none. */
  public List<GlossaryEntry> introducedBy(String paperId) {
    return introducedBy.getOrDefault(paperId, List.of()).stream().map(entries::get).toList();
  }

  /**
   * Where concept names occur in {@code text}: one span per mention, left to right, longest name
   * first where two start together.
   */
  public List<Span> mentions(String text) {
    List<Span> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (MentionFinder.Mention m : finder.find(text)) {
      out.add(new Span(m.start(), m.end(), entries.get(m.entry())));
    }
    return out;
  }

  /** A concept name in a text: characters {@code [start, end)}. */
  public record Span(int start, int end, GlossaryEntry entry) {}

  /**
   * The concepts most often mentioned by the papers that mention {@code entry}, most shared papers
   * first, then by name; at most {@link #RELATED}.
   */
  public List<GlossaryEntry> related(GlossaryEntry entry) {
    Integer self = byKey.get(entry.key());
    Map<Integer, Integer> shared = new HashMap<>();
    for (String paper : entry.mentionedBy()) {
      for (int other : mentionedIn.getOrDefault(paper, List.of())) {
        if (self == null || other != self) {
          shared.merge(other, 1, Integer::sum);
        }
      }
    }
    return shared.entrySet().stream()
        .sorted(
            Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(
                    e -> entries.get(e.getKey()).name().toLowerCase(java.util.Locale.ROOT)))
        .limit(RELATED)
        .map(e -> entries.get(e.getKey()))
        .toList();
  }

  /**
   * The concept of the day {@code date}: the same all day for the same corpus, a different one most
   * days; empty when there are no concepts.
   */
  public Optional<GlossaryEntry> ofDay(LocalDate date) {
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(entries.get(Math.floorMod(mix(date.toEpochDay()), entries.size())));
  }

  /** The concepts of the {@code days} days up to {@code date}, newest first, one per day. */
  public List<Map.Entry<LocalDate, GlossaryEntry>> days(LocalDate date, int days) {
    Map<LocalDate, GlossaryEntry> out = new LinkedHashMap<>();
    for (int i = 0; i < days && !entries.isEmpty(); i++) {
      LocalDate day = date.minusDays(i);
      out.put(day, ofDay(day).orElseThrow());
    }
    return List.copyOf(out.entrySet());
  }

  /** SplitMix64's finaliser: consecutive days land far apart. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static List<Integer> unmodifiable(List<Integer> list) {
    return Collections.unmodifiableList(list);
  }
}
