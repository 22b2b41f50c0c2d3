package org.paperscope.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperscope.tldr.Sentences;

/**
 * Finds the names a paper introduces in its title and abstract: "we propose X", "called X", "dubbed
 * X", "Long Form (ACR)" next to an introducing word, "X, a novel …", and a title's "X: …". Names
 * papers use without coining them (CNN, GAN, BERT, ImageNet; {@code glossary/known-names.txt}) and
 * descriptions without a name ("a novel regularizer") are not concepts.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConceptDetector {
  private static final Pattern PAREN = Pattern.compile("\\(([^()]{1,60})\\)");

  /** Verbs with which a paper introduces what follows. */
  private static final Set<String> INTRODUCING =
      Set.of(
          "propose",
          "proposes",
          "introduce",
          "introduces",
          "present",
          "presents",
          "develop",
          "develops",
          "design",
          "designs",
          "describe",
          "describes",
          "devise",
          "devises",
          "formulate",
          "build",
          "construct",
          "create",
          "release",
          "releases",
          "collect",
          "contribute",
          "offer",
          "call",
          "name",
          "dub",
          "term",
          "coin",
          "called",
          "named",
          "dubbed",
          "termed",
          "coined",
          "nicknamed",
          "our",
          "novel",
          "new",
          "proposed",
          "introduced",
          "presented",
          "refer",
          "referred",
          "resulting");

  /** Words before "proposed" that make it someone else's: "the recently proposed WAE". */
  private static final Set<String> EARLIER =
      Set.of(
          "recently",
          "previously",
          "originally",
          "already",
          "widely",
          "commonly",
          "first",
          "being",
          "been",
          "was",
          "were",
          "is",
          "are",
          "often");

  /** Words that may sit between an introducing word and the long form it introduces. */
  private static final Set<String> FILLER =
      Set.of(
          "a",
          "an",
          "the",
          "this",
          "simple",
          "general",
          "generic",
          "unified",
          "principled",
          "efficient",
          "scalable",
          "effective",
          "powerful",
          "fast",
          "lightweight",
          "light-weight",
          "flexible",
          "practical",
          "first",
          "two",
          "three",
          "family",
          "class",
          "variant",
          "type",
          "kind",
          "method",
          "approach",
          "algorithm",
          "framework",
          "model",
          "architecture",
          "network",
          "technique",
          "module",
          "layer",
          "dataset",
          "benchmark",
          "system",
          "scheme",
          "strategy",
          "procedure",
          "estimator",
          "loss",
          "objective",
          "regularizer",
          "mechanism",
          "tool",
          "toolkit",
          "library",
          "metric",
          "measure",
          "which",
          "we",
          "as",
          "to",
          "refer",
          "and",
          "yet",
          "end-to-end",
          "it",
          "them",
          "analyze",
          "analyse",
          "study",
          "deep",
          "neural",
          "generative",
          "probabilistic",
          "stochastic",
          "learning",
          "based",
          "novel",
          "new",
          "called",
          "named",
          "dubbed",
          "termed",
          "coined");

  /** Introducing cues followed directly by a name. */
  private static final Pattern NAMING =
      Pattern.compile(
          "(?<!(?:so-|usually |often |commonly |also |sometimes |generally |typically |widely ))"
              + "\\b(?:called|named|dubbed|termed|coined|nicknamed|namely|referred to as|(?:which|that)"
              + " we (?:call|term|name|dub|coin|refer to as)|we (?:call|term|dub|coin|name) (?:it|them"
              + "|(?:this|our|the) (?:model|method|approach|framework|algorithm|phenomenon|procedure"
              + "|technique|problem|setting|property|network|architecture|loss|metric|measure"
              + "|quantity|effect|family|class)|this))\\s+(?:as\\s+)?",
          Pattern.CASE_INSENSITIVE);

  /** A sentence in which the paper introduces something. */
  private static final Pattern INTRODUCING_SENTENCE =
      Pattern.compile(
          "\\b(?:we|our|this (?:paper|work))\\b.*\\b(?:propose|introduce|present|develop|design"
              + "|call|term|dub|coin|define|name|contribute|devise|put forward|derive)"
              + "|\\b(?:a|an) (?:new|novel)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "our MWEM algorithm": a name with capitals inside before the kind of thing it is. */
  private static final Pattern OUR_NAME =
      Pattern.compile(
          "\\b[Oo]ur ([\\p{L}][\\p{L}\\p{N}-]*[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*) (?:algorithm|method"
              + "|model|framework|approach|architecture|system|network|technique|library|toolkit"
              + "|dataset|benchmark)\\b");

  /** "we propose two benchmarks, HouseQA and ShapeIntersection, to …". */
  private static final Pattern LISTED =
      Pattern.compile(
          "\\bwe (?:propose|introduce|present|contribute|release|develop|design|create)"
              + " (?:[\\w-]+ ){1,4}(?:benchmarks|datasets|methods|algorithms|models|variants"
              + "|versions|tasks|environments|architectures|metrics|losses),"
              + " ((?:[^\\s,]+ ){0,3}[^\\s,]+(?:, (?:[^\\s,]+ ){0,3}[^\\s,]+)*,? and"
              + " (?:[^\\s,]+ ){0,3}[^\\s,.]+)");

  /** "we propose X", "our method, X," and the like: only a name-like X counts. */
  private static final Pattern PROPOSING =
      Pattern.compile(
          "\\b(?:(?:(?:we|this (?:paper|work))(?: (?:also|then|additionally|further|first"
              + "|finally|now|here|thus))? (?:propos|introduc|present|develop|describ|design|releas"
              + "|build|creat|devis|offer|construct|contribut|put forward)(?:e|es|ed|s|d)?"
              + "|(?:by )?(?:proposing|introducing|presenting|developing))"
              + "(?: (the|a|an)(?: (?:new|novel|simple|general|and|efficient|scalable"
              + "|principled|effective)){0,3})?(?: (?-i:[a-z0-9-]+ ){0,2}(?:method|framework|model|algorithm"
              + "|approach|architecture|system|technique|network|dataset|benchmark|library|toolkit"
              + "|tool|metric|loss|module|layer|function)(?=,|\\s+(?-i:[\\p{Lu}\\d$\"“]))(?:,(?: namely| the)?)?)?"
              + "|(?:our|the proposed) (?:method|approach|model"
              + "|framework|algorithm|architecture|system|technique|network|dataset|benchmark"
              + "|library|toolkit|tool)),?\\s+",
          Pattern.CASE_INSENSITIVE);

  /** "X, a novel …" or "X is a new …" at a sentence's start. */
  private static final Pattern APPOSITION =
      Pattern.compile(
          "^(?:In this (?:paper|work), |Here, |Here )?([^\\s,]+(?: [^\\s,]+){0,4})(?:, (?:a|an)"
              + " (?:novel|new|simple|general|principled|efficient|scalable|effective|flexible)"
              + "| is (?:a|an) (?:novel|new))\\b");

  /** "… using symbolic mismatch, a new metric …": the words before a new thing's apposition. */
  private static final Pattern NEW_APPOSITION =
      Pattern.compile("([^\\s,;:()]+(?: [^\\s,;:()]+){0,3}), (?:a|an) (?:novel|new)\\b");

  /** A title's name before a colon: "PixelNN: Example-based Image Synthesis". */
  private static final Pattern TITLE_NAME = Pattern.compile("^([^:]{2,40}):\\s+\\S");

  private final KnownNames known;
  private final NamePhrases phrases;

  private ConceptDetector(KnownNames known) {
    this.known = known;
    this.phrases = new NamePhrases();
  }

  /** The detector with the standard list of names papers use without introducing them. */
  public static ConceptDetector standard() {
    return new ConceptDetector(KnownNames.standard());
  }

  /** The names introduced by a paper's title and abstract, in order of first appearance. */
  public List<Concept> detect(String title, String abstractText) {
    List<Concept> found = new ArrayList<>(inAbstract(title, abstractText));
    if (title != null) {
      Matcher m = TITLE_NAME.matcher(title.strip());
      if (m.find()) {
        String name = phrases.titleName(m.group(1));
        if (name != null && !known.contains(name)) {
          add(found, new Concept(name, List.of()));
        }
      }
    }
    return found;
  }

  /**
   * The names an abstract introduces, in order of first appearance; empty for a null abstract. The
   * title (nullable) only serves as evidence: a phrase the abstract introduces and the title
   * repeats is the paper's name for it.
   */
  public List<Concept> inAbstract(String title, String abstractText) {
    List<Concept> found = new ArrayList<>();
    if (abstractText == null) {
      return found;
    }
    TitleWords titleWords = new TitleWords(title);
    for (String marked : Sentences.split(abstractText)) {
      String sentence = LatexTerms.plain(marked);
      // Most sentences introduce nothing: cheap word checks keep the patterns off them.
      String lower = sentence.toLowerCase(Locale.ROOT);
      boolean proposes = PROPOSES.matcher(lower).find();
      if (sentence.indexOf('(') >= 0) {
        acronymDefinitions(sentence, titleWords, found);
      }
      named(sentence, lower, proposes, found);
      if (proposes || lower.contains("our ")) {
        titlePhrases(sentence, titleWords, found);
        appositiveAcronyms(sentence, found);
      }
      for (String term : LatexTerms.emphasised(marked)) {
        if (introducedJustBefore(sentence, term)) {
          accept(phrases.term(term), found);
        }
      }
    }
    return found;
  }

  private void acronymDefinitions(String sentence, TitleWords title, List<Concept> found) {
    Matcher m = PAREN.matcher(sentence);
    while (m.find()) {
      String acronym = m.group(1).split("[;,]", 2)[0].strip();
      if (!Acronyms.isAcronym(acronym) && !Acronyms.isShortName(acronym)) {
        reverseDefinition(sentence.substring(0, m.start()), m.group(1).strip(), found);
        continue;
      }
      if (known.contains(acronym)) {
        continue;
      }
      String before = sentence.substring(0, m.start());
      String longForm = Acronyms.longForm(acronym, before);
      if (longForm == null) {
        if (Acronyms.isAcronym(acronym) && introducedBefore(before) && !before.isBlank()) {
          add(found, new Concept(acronym, List.of()));
        }
        continue;
      }
      if (known.contains(longForm)) {
        continue;
      }
      String preceding = before.substring(0, before.lastIndexOf(longForm));
      boolean quoted = before.strip().matches("(?s).*[\"”']$");
      boolean apposed =
          (preceding.strip().endsWith(",") || LIST_ITEM.matcher(preceding).find())
              && NamePhrases.titleCase(longForm)
              && INTRODUCING_SENTENCE.matcher(preceding).find();
      boolean ours = title.contains(longForm) && preceding.matches("(?is).*\\b(?:this|our)\\s*$");
      if (introducedBefore(preceding)
          || quoted
          || ours
          || apposed
          || introducedAfter(sentence.substring(m.end()))
          || NamePhrases.titleCase(longForm) && proposedNearBefore(preceding)) {
        add(found, new Concept(acronym, List.of(Acronyms.joined(longForm))));
      }
    }
  }

  /** The start of an item in a list: "2) the", "(ii) a". */
  private static final Pattern LIST_ITEM =
      Pattern.compile(
          "(?:\\d\\)|\\([ivx\\d]{1,4}\\))\\s*(?:the|a|an)?\\s*$", Pattern.CASE_INSENSITIVE);

  /** An introducing word, then the words a title may repeat. */
  private static final Pattern INTRODUCING_PHRASE =
      Pattern.compile(
          "\\b(?:[Ww]e (?:propose|develop|introduce|present)|developing|proposing|introducing|[Oo]ur"
              + "|the proposed)(?: (?:a|an|the))?(?: (?:novel|new|simple))*\\s+((?:[^\\s,;:.()]+ ?){2,7})");

  /**
   * "We propose a DC proximal Newton algorithm" under the title "… DC Proximal Newton Algorithm".
   */
  private void titlePhrases(String sentence, TitleWords title, List<Concept> found) {
    Matcher m = INTRODUCING_PHRASE.matcher(sentence);
    while (m.find()) {
      String[] words = m.group(1).strip().split(" ");
      for (int n = words.length; n >= 3; n--) {
        String phrase = String.join(" ", java.util.Arrays.copyOf(words, n));
        if (title.contains(phrase) && phrases.plainPhrase(phrase)) {
          accept(phrase, found);
          break;
        }
      }
    }
  }

  /** Where a name may stand in apposition: "using GPs, DGPQ, which", "a version RM3, which". */
  private static final Pattern APPOSED =
      Pattern.compile(
          "(?:, |\\b(?:version|variant|algorithm|method|model|framework) )([\\p{L}][^\\s,]{1,15}),"
              + " (?:which|that|a|an)\\b");

  private static final Pattern COMPARING =
      Pattern.compile(
          "\\b(?:than|over|outperform\\w*|compared|unlike|such as|e\\.g\\.|including|like|existing"
              + "|previous|prior|baselines?|extends?|based on)\\b");

  /** "The introduction of a model-free RL algorithm using GPs, DGPQ, which is …". */
  private void appositiveAcronyms(String sentence, List<Concept> found) {
    Matcher cue = INTRODUCING_CUE.matcher(sentence);
    if (!cue.find()) {
      return;
    }
    Matcher m = APPOSED.matcher(sentence);
    while (m.find(cue.end())) {
      String name = m.group(1);
      if (Acronyms.isAcronym(name)
          && !COMPARING.matcher(sentence.substring(cue.end(), m.start(1))).find()) {
        accept(name, found);
      }
      if (m.end() >= sentence.length()) {
        break;
      }
      cue.region(m.end(1), sentence.length());
      if (!cue.lookingAt() && m.end(1) >= sentence.length()) {
        break;
      }
      int next = m.end(1);
      m = APPOSED.matcher(sentence);
      m.region(next, sentence.length());
      while (m.find()) {
        String more = m.group(1);
        if (Acronyms.isAcronym(more)
            && !COMPARING.matcher(sentence.substring(cue.regionStart(), m.start(1))).find()) {
          accept(more, found);
        }
      }
      break;
    }
  }

  private static final Pattern INTRODUCING_CUE =
      Pattern.compile(
          "\\b(?:propos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing|tion)|present(?:s|ed|ing)?|develop"
              + "(?:s|ed|ing)?)\\b",
          Pattern.CASE_INSENSITIVE);

  /** "The proposed MetaD2A (Meta Dataset-to-Architecture) model": a name, then its long form. */
  private void reverseDefinition(String before, String inner, List<Concept> found) {
    String[] words = before.strip().split("\\s+");
    String name = words[words.length - 1];
    if (!Acronyms.isAcronym(name) || known.contains(name) || !inner.contains(" ")) {
      return;
    }
    String longForm = Acronyms.longForm(name, inner);
    if (!inner.equals(longForm)) {
      longForm = Acronyms.longForm(name.replaceAll("[^\\p{Lu}]", ""), inner);
    }
    String preceding = before.substring(0, before.lastIndexOf(name));
    if (inner.equals(longForm) && introducedBefore(preceding)) {
      add(found, new Concept(name, List.of(Acronyms.joined(longForm))));
    }
  }

  /** The word stems every introducing pattern but naming and apposition needs one of. */
  private static final Pattern PROPOSES =
      Pattern.compile(
          "propos|introduc|present|develop|describ|design|releas|build|creat|devis|offer"
              + "|construct|contribut|put forward");

  private static final Pattern NAMES = Pattern.compile("call|nam|dub|term|coin|refer");

  private void named(String sentence, String lower, boolean proposes, List<Concept> found) {
    if (NAMES.matcher(lower).find()) {
      namedByCue(sentence, found);
    }
    boolean our = lower.contains("our ");
    Matcher m;
    if (proposes || our) {
      m = PROPOSING.matcher(sentence);
      while (m.find()) {
        accept(phrases.after(sentence.substring(m.end()), true, m.group(1)), found);
      }
    }
    if (our) {
      m = OUR_NAME.matcher(sentence);
      while (m.find()) {
        accept(m.group(1), found);
      }
    }
    if (proposes && lower.contains(" and ")) {
      m = LISTED.matcher(sentence);
      while (m.find()) {
        for (String item : m.group(1).split(",\\s*(?:and\\s+)?|\\s+and\\s+")) {
          accept(phrases.after(item, true, null), found);
        }
      }
    }
    if (lower.contains(", a") || lower.contains(" is a")) {
      m = APPOSITION.matcher(sentence);
      if (m.find()) {
        accept(phrases.appositive(m.group(1)), found);
      }
    }
    if (lower.contains(", a novel") || lower.contains(", a new") || lower.contains(", an novel")) {
      m = NEW_APPOSITION.matcher(sentence);
      while (m.find()) {
        accept(phrases.trailingName(m.group(1)), found);
      }
    }
  }

  private void namedByCue(String sentence, List<Concept> found) {
    Matcher m = NAMING.matcher(sentence);
    while (m.find()) {
      String name = phrases.after(sentence.substring(m.end()), false, null);
      boolean lower = name != null && name.equals(name.toLowerCase(Locale.ROOT));
      String cue = m.group().toLowerCase(Locale.ROOT);
      boolean passive = !cue.contains("we ");
      if (lower && cue.startsWith("namely")) {
        continue; // "namely fast convergence rates": a description; only names count after it
      }
      if (!lower
          || !passive
          || INTRODUCING_SENTENCE.matcher(sentence.substring(0, m.start())).find()) {
        accept(name, found);
      }
    }
  }

  private void accept(String raw, List<Concept> found) {
    String name = raw == null ? null : raw.replaceAll("^[\"'‘’“”`]+|[\"'‘’“”`]+$", "").strip();
    if (name != null
        && !name.isEmpty()
        && !name.endsWith("-based")
        && !name.matches("\\$[^$]*\\$") // a formula, not a name
        && !name.matches("(?i).*\\b(?:a|an|the)\\b.*") // "learning a network": a description
        && !known.contains(name)
        && !partOfFound(name, found)) {
      add(found, new Concept(name, List.of()));
    }
  }

  private static final Set<String> DETOUR =
      Set.of(
          "of", "for", "on", "in", "to", "use", "using", "employ", "based", "via", "from", "by",
          "with");

  /**
   * True when "we propose" (or another introducing verb) comes at most eight words before, with no
   * detour ("for", "of", "using") between: "we propose the Kronecker Recurrent Units".
   */
  private static boolean proposedNearBefore(String preceding) {
    String[] words =
        preceding.toLowerCase(Locale.ROOT).replaceAll("[,:]", " ").strip().split("\\s+");
    for (int i = words.length - 1; i >= 0 && i >= words.length - 8; i--) {
      if (DETOUR.contains(words[i])) {
        return false;
      }
      if (words[i].matches("propose[sd]?|introduce[sd]?|present(s|ed)?|develop(s|ed)?")) {
        return i == 0 || !EARLIER.contains(words[i - 1]);
      }
    }
    return false;
  }

  /** True when an introducing word precedes, separated only by filler words. */
  private static boolean introducedBefore(String preceding) {
    String[] words =
        preceding.toLowerCase(Locale.ROOT).replaceAll("[,:]", " ").strip().split("\\s+");
    for (int i = words.length - 1, seen = 0; i >= 0 && seen < 10; i--, seen++) {
      String w = words[i];
      if (INTRODUCING.contains(w)) {
        return i == 0 || !EARLIER.contains(words[i - 1]);
      }
      if (!w.isEmpty() && !FILLER.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static final Pattern CUE =
      Pattern.compile(
          "(?<![\\w-])(?:propose[sd]?|introduce[sd]?|present(?:s|ed)?|call(?:ed)?|term(?:ed)?|dub(?:bed)?"
              + "|coin(?:ed)?|define[sd]?|name[sd]?|refer(?:red)? to as)\\b",
          Pattern.CASE_INSENSITIVE);

  /** True when an introducing word comes at most 60 characters before {@code term}. */
  private static boolean introducedJustBefore(String sentence, String term) {
    int at = sentence.indexOf(term);
    if (at < 0) {
      return false;
    }
    Matcher m = CUE.matcher(sentence.substring(Math.max(0, at - 60), at));
    return m.find();
  }

  private static final Pattern INTRODUCED_AFTER =
      Pattern.compile(
          "^\\s*(?:,\\s*(?:a|an) (?:novel|new|family|simple|general)\\b|(?:,\\s*)?(?:which|that) we (?:propose|introduce"
              + "|present|call|develop)|,?\\s*(?:is|are) (?:proposed|introduced|presented|developed)"
              + "|,?\\s*(?:is|are) (?:a|an) (?:novel|new)\\b)",
          Pattern.CASE_INSENSITIVE);

  private static boolean introducedAfter(String after) {
    return INTRODUCED_AFTER.matcher(after).find();
  }

  /** True when {@code name} is the start of a longer name already found ("particle Gibbs"). */
  private static boolean partOfFound(String name, List<Concept> found) {
    String start = name.toLowerCase(Locale.ROOT) + " ";
    for (Concept c : found) {
      for (String n : c.names()) {
        if (n.toLowerCase(Locale.ROOT).startsWith(start)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Adds {@code concept}, merged into a concept already found under any of its names. */
  private static void add(List<Concept> found, Concept concept) {
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i).sameAs(concept)) {
        found.set(i, found.get(i).merge(concept));
        return;
      }
    }
    found.add(concept);
  }
}
