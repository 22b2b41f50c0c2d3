package org.paperscope.tldr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TL;DRs one abstract sentence could become: the sentence cleaned ({@link
 * Compression#normalize}), its part from "we …" on, its leading clauses (cut before ", which", ";
 * ", " by ", " using " and the like), the part after an opening adverbial ("Recently,", "To reduce
 * cost,"), and the sentence shortened to 15, 20, 25 and 30 words; each finished as a sentence
 * ({@link Compression#finish}), of 3 to {@link Compression#MAX_WORDS} words, each text once (the
 * first way it was made wins). Stateless and thread-safe.
 */
public final class Candidates {
  /** How a candidate was made from its sentence. */
  public enum Edit {
    FULL("full"),
    WE("we"),
    CUT("cut"),
    WE_CUT("we+cut"),
    SHORT15("short15"),
    SHORT20("short20"),
    SHORT25("short25"),
    SHORT30("short30"),
    LEAD("lead"),
    LEAD_CUT("lead+cut");

    private final String label;

    Edit(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One candidate: its text, the sentence it came from, how, and before what it was cut. */
  public record Candidate(String text, int sentence, Edit edit, String cutBefore) {}

  /** What a cut may come before ("none": no cut): clause marks and words that open a clause. */
  static final List<String> CUT_LABELS =
      List.of(
          ",",
          ";",
          ":",
          "-",
          "which",
          "where",
          "while",
          "whereas",
          "by",
          "using",
          "via",
          "through",
          "that",
          "and",
          "in order to",
          "based on",
          "such that",
          "thereby",
          "whereby",
          "leading to",
          "resulting in",
          "allowing",
          "enabling",
          "as well as",
          "without",
          "none");

  /**
   * Where a sentence may be cut. Cuts before "with", "to", "for", "on", "in" and "of" are found too
   * but kept out: they leave fragments ("We train networks with").
   */
  private static final Pattern BREAK =
      Pattern.compile(
          "\\s*(?:[,;:]\\s+|\\s+[-–—]\\s+)|\\s+(?=(?:which|where|while|whereas|by|using|via"
              + "|through|that|and|with|to|in order to|based on|such that|thereby|whereby"
              + "|leading to|resulting in|allowing|enabling|as well as|without|for|on|in|of)\\s)",
          Pattern.CASE_INSENSITIVE);

  /** The longest clause word first, so that "in order to" is not read as "in". */
  private static final List<String> CLAUSE_WORDS =
      List.of(
          "in order to",
          "resulting in",
          "as well as",
          "leading to",
          "such that",
          "based on",
          "whereas",
          "allowing",
          "enabling",
          "through",
          "without",
          "thereby",
          "whereby",
          "which",
          "where",
          "while",
          "using",
          "that",
          "with",
          "for",
          "and",
          "via",
          "by",
          "to",
          "on",
          "in",
          "of");

  private static final Pattern WE_START =
      Pattern.compile(
          "(?:^|[,;:]\\s+|\\s)(?=(?:we|our|this paper|this work)\\b)", Pattern.CASE_INSENSITIVE);

  /** An opening adverbial and its comma: "Recently, ", "To reduce cost, ", "Unlike GANs, ". */
  private static final Pattern LEAD =
      Pattern.compile(
          "^(?:[A-Z][a-z]+ly|Recently|Here|Yet|Still|Also|Then|Next|Unlike [^,]{1,40}"
              + "|Inspired by [^,]{1,60}|Based on [^,]{1,60}|To [^,]{1,80}|In [^,]{1,60}"
              + "|For [^,]{1,60}|While [^,]{1,80}|Although [^,]{1,80}|Since [^,]{1,60}"
              + "|By [^,]{1,80}|Using [^,]{1,60}|Given [^,]{1,60}|With [^,]{1,60}),\\s+(?=\\p{L})");

  /** Fewer words than this before a cut, and the cut leaves too little. */
  private static final int MIN_CUT_WORDS = 5;

  private static final int MIN_WORDS = 3;

  private Candidates() {}

  /** The candidates of every sentence, sentence by sentence. */
  public static List<Candidate> of(List<String> sentences) {
    List<Candidate> all = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      all.addAll(of(sentences.get(i), i));
    }
    return all;
  }

  /** The candidates of one sentence, in the order they are made. */
  static List<Candidate> of(String sentence, int index) {
    Map<String, Candidate> out = new LinkedHashMap<>();
    String text = Compression.normalize(sentence);
    add(out, text, index, Edit.FULL, "none");
    String we = weStart(text);
    if (we != null) {
      add(out, we, index, Edit.WE, "none");
    }
    cuts(out, text, index, Edit.CUT);
    if (we != null) {
      cuts(out, we, index, Edit.WE_CUT);
    }
    add(out, Compression.shorten(text, 15, 10), index, Edit.SHORT15, "none");
    add(out, Compression.shorten(text, 20, 10), index, Edit.SHORT20, "none");
    add(out, Compression.shorten(text, 25, 10), index, Edit.SHORT25, "none");
    add(out, Compression.shorten(text, 30, 10), index, Edit.SHORT30, "none");
    Matcher lead = LEAD.matcher(text);
    if (lead.lookingAt()) {
      // "While RNNs …, in this paper we propose …" → "we propose …".
      String rest = Compression.stripLead(text.substring(lead.end()));
      add(out, rest, index, Edit.LEAD, "none");
      cuts(out, rest, index, Edit.LEAD_CUT);
    }
    return new ArrayList<>(out.values());
  }

  private static void add(
      Map<String, Candidate> out, String text, int index, Edit edit, String cutBefore) {
    String finished = Compression.finish(text.strip());
    int words = words(finished);
    if (words >= MIN_WORDS && words <= Compression.MAX_WORDS && !out.containsKey(finished)) {
      out.put(finished, new Candidate(finished, index, edit, cutBefore));
    }
  }

  /** The text before each break that leaves enough words, if the break is one a cut may be at. */
  private static void cuts(Map<String, Candidate> out, String text, int index, Edit edit) {
    Matcher breaks = BREAK.matcher(text);
    while (breaks.find()) {
      int at = breaks.start();
      if (at <= 0) {
        continue;
      }
      String before = text.substring(0, at);
      String label = label(text, at);
      if (words(before) >= MIN_CUT_WORDS && CUT_LABELS.contains(label)) {
        add(out, before, index, edit, label);
      }
    }
  }

  /** What a cut at {@code at} comes before: its clause mark or word, or "other". */
  static String label(String text, int at) {
    String ahead = text.substring(at, Math.min(text.length(), at + 3)).strip();
    if (!ahead.isEmpty() && ",;:".indexOf(ahead.charAt(0)) >= 0) {
      return ahead.substring(0, 1);
    }
    if (!ahead.isEmpty() && "-–—".indexOf(ahead.charAt(0)) >= 0) {
      return "-";
    }
    String rest =
        text.substring(at).replaceFirst("^[\\s,;:\\-–—]+", "").toLowerCase(Locale.ROOT) + " ";
    for (String word : CLAUSE_WORDS) {
      if (rest.startsWith(word + " ")) {
        return word;
      }
    }
    return "other";
  }

  /**
   * The sentence from its first "we", "our", "this paper" or "this work" on, when what comes before
   * is at most 60% of it ("To scale training to many GPUs, we shard …" → "we shard …"); null when
   * the sentence starts so or no such word comes early.
   */
  static String weStart(String text) {
    Matcher m = WE_START.matcher(text);
    if (!m.find() || m.end() == 0) {
      return null;
    }
    if (words(text.substring(0, m.end())) > 0.6 * words(text)) {
      return null;
    }
    // "… , and in this paper, we propose …" → "we propose …", not "This paper, we propose …".
    return Compression.stripLead(text.substring(m.end()));
  }

  static int words(String text) {
    String s = text.strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }
}
