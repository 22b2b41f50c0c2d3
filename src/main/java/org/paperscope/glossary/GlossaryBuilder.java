package org.paperscope.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.paperscope.paper.Paper;

/**
 * Gathers papers into a {@link Glossary}: detects what each introduces, merges names shared across
 * papers, finds every mention, drops existing terms. Not thread-safe; use one per build.
 */
public final class GlossaryBuilder {
  private record Source(Paper paper, String text, List<Concept> introduced) {
    String id() {
      return paper.id();
    }

    Integer year() {
      return paper.year();
    }
  }

  private static final class Draft {
    final String name;
    final Set<String> aliases = new LinkedHashSet<>();
    final List<Integer> definers = new ArrayList<>();
    final Set<Integer> mentionedBy = new TreeSet<>();

    Draft(String name) {
      this.name = name;
    }

    boolean hasLongForm() {
      return !aliases.isEmpty();
    }
  }

  private static final Comparator<Source> EARLIEST =
      Comparator.comparing((Source s) -> s.year() == null ? Integer.MAX_VALUE : s.year())
          .thenComparing(Source::id);

  private final ConceptDetector detector;
  private final List<Source> sources = new ArrayList<>();

  GlossaryBuilder(ConceptDetector detector) {
    this.detector = detector;
  }

  /**
   * Adds a paper; {@code fullText} (nullable) is its PDF's text, searched for mentions only: a
   * concept is introduced in a title or abstract.
   */
  public GlossaryBuilder add(Paper paper, String fullText) {
    StringBuilder text = new StringBuilder(paper.title());
    if (paper.abstractText() != null) {
      text.append('\n').append(paper.abstractText());
    }
    if (fullText != null) {
      text.append('\n').append(fullText);
    }
    sources.add(new Source(paper, text.toString(), List.of()));
    return this;
  }

  /** Detects what each paper introduces, on every core: the detector is thread-safe. */
  private void detect() {
    List<Source> detected =
        sources.parallelStream()
            .map(
                s ->
                    new Source(
                        s.paper(),
                        s.text(),
                        detector.detect(s.paper().title(), s.paper().abstractText())))
            .toList();
    sources.clear();
    sources.addAll(detected);
  }

  /** The glossary of the papers added so far. */
  public Glossary build() {
    detect();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(sources::get, EARLIEST));
    List<Draft> drafts = new ArrayList<>();
    Map<String, Integer> byKey = new HashMap<>();
    for (int s : order) {
      for (Concept concept : sources.get(s).introduced()) {
        Draft draft = draftFor(concept, drafts, byKey);
        if (draft.definers.isEmpty() || draft.definers.get(draft.definers.size() - 1) != s) {
          draft.definers.add(s);
        }
      }
    }
    findMentions(drafts);
    return finish(drafts);
  }

  /**
   * The draft {@code concept} belongs to. An acronym with a long form joins the draft of that long
   * form, not of another meaning of the same letters ("MI": multiple-instance, mutual information).
   */
  private static Draft draftFor(Concept concept, List<Draft> drafts, Map<String, Integer> byKey) {
    Integer at = null;
    List<String> identifying = concept.aliases().isEmpty() ? concept.names() : concept.aliases();
    for (String name : identifying) {
      at = at != null ? at : byKey.get(ConceptKey.of(name));
    }
    if (at != null && !concept.aliases().isEmpty() && !drafts.get(at).hasLongForm()) {
      at = null; // an acronym met first without a long form: the long form names it now
    }
    if (at == null) {
      at = drafts.size();
      drafts.add(new Draft(concept.name()));
    }
    Draft draft = drafts.get(at);
    for (String name : concept.names()) {
      String key = ConceptKey.of(name);
      if (!key.isBlank() && byKey.putIfAbsent(key, at) == null && !name.equals(draft.name)) {
        draft.aliases.add(name);
      }
    }
    return draft;
  }

  private void findMentions(List<Draft> drafts) {
    MentionFinder finder = new MentionFinder();
    for (int d = 0; d < drafts.size(); d++) {
      finder.add(drafts.get(d).name, d);
      for (String alias : drafts.get(d).aliases) {
        finder.add(alias, d);
      }
    }
    for (int s = 0; s < sources.size(); s++) {
      for (MentionFinder.Mention m : finder.find(sources.get(s).text())) {
        drafts.get(m.entry()).mentionedBy.add(s);
      }
    }
  }

  private Glossary finish(List<Draft> drafts) {
    List<Draft> kept = new ArrayList<>();
    for (Draft draft : drafts) {
      if (!existingTerm(draft) && !generic(draft)) {
        kept.add(draft);
      }
    }
    kept.sort(
        Comparator.comparing((Draft d) -> d.name.toLowerCase(Locale.ROOT))
            .thenComparing(d -> d.name));
    List<GlossaryEntry> entries = new ArrayList<>();
    Map<String, List<Integer>> introducedBy = new HashMap<>();
    Map<String, List<Integer>> mentionedIn = new HashMap<>();
    for (int e = 0; e < kept.size(); e++) {
      Draft d = kept.get(e);
      Source definer = sources.get(d.definers.get(0));
      List<String> mentioned =
          d.mentionedBy.stream().map(sources::get).sorted(newestFirst()).map(Source::id).toList();
      entries.add(
          new GlossaryEntry(
              ConceptKey.of(d.name),
              d.name,
              List.copyOf(d.aliases),
              definer.id(),
              definer.year(),
              d.definers.stream().map(s -> sources.get(s).id()).toList(),
              mentioned));
      for (int s : d.definers) {
        introducedBy.computeIfAbsent(sources.get(s).id(), k -> new ArrayList<>()).add(e);
      }
      for (String id : mentioned) {
        mentionedIn.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
      }
    }
    return Glossary.of(entries, introducedBy, mentionedIn);
  }

  /**
   * True when enough other papers from the first definer's year or before already mention the name:
   * it was in use, not coined there.
   */
  private boolean existingTerm(Draft draft) {
    Integer year = sources.get(draft.definers.get(0)).year();
    if (year == null) {
      return false;
    }
    long earlier =
        draft.mentionedBy.stream()
            .filter(s -> !draft.definers.contains(s))
            .map(sources::get)
            .filter(s -> s.year() != null && s.year() <= year)
            .count();
    return earlier >= Glossary.EARLIER_MENTIONS;
  }

  /**
   * True for ordinary words rather than a name someone coined: a plain lower-case word ("rays"), a
   * lower-case phrase several papers "introduce" or many mention ("iterative algorithms", "adaptive
   * methods"), or a two-letter acronym, which means too many things ("CL", "MI").
   */
  private static boolean generic(Draft draft) {
    if (draft.name.replaceAll("[^\\p{L}\\p{N}]", "").length() <= 2) {
      return true;
    }
    if (!draft.name.matches("[\\p{Ll} ]+")) {
      return false;
    }
    int mentions = draft.mentionedBy.size();
    boolean kindOrPlural = draft.name.endsWith("s") || NamePhrases.endsWithKind(draft.name);
    return !draft.name.contains(" ")
        || draft.definers.size() >= 2
        || mentions >= GENERIC_MENTIONS
        || kindOrPlural && mentions >= GENERIC_MENTIONS / 4;
  }

  /**
   * Papers mentioning a lower-case phrase that make it common usage: coined lower-case names in the
   * 20k demo corpus ("soft actor-critic", "spectral normalization") have 10–15; "iterative
   * algorithms" has 54.
   */
  static final int GENERIC_MENTIONS = 20;

  private static Comparator<Source> newestFirst() {
    return Comparator.comparing((Source s) -> s.year() == null ? Integer.MIN_VALUE : s.year())
        .reversed()
        .thenComparing(Source::id);
  }
}
