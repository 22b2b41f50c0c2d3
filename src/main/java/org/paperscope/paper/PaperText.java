package org.paperscope.paper;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises the text of paper fields: Unicode NFKC (folds ligatures such as "ﬁ" and full-width
 * forms), control characters dropped, runs of whitespace collapsed to one space, ends trimmed.
 *
 * <p>Stateless and thread-safe.
 */
public final class PaperText {
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n\\r]]");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");

  /** PDF extractors in older proceedings write a soft hyphen as the literal "(cid:173)". */
  private static final Pattern CID_SOFT_HYPHEN = Pattern.compile("-?\\(cid:173\\)\\s*");

  private PaperText() {}

  /** Returns the normalised text, or {@code null} when the input is null or blank. */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    if (isPlainAscii(raw)) {
      return raw.isEmpty() ? null : raw;
    }
    String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    text = CID_SOFT_HYPHEN.matcher(text).replaceAll("");
    text = CONTROL.matcher(text).replaceAll("");
    text = WHITESPACE.matcher(text).replaceAll(" ").strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * True when the text is already clean: printable ASCII, single spaces, no space at either end, no
   * "(cid:" artefact. Most metadata is, and this one pass is much cheaper than the full clean.
   */
  private static boolean isPlainAscii(String text) {
    int n = text.length();
    if (n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ')) {
      return false;
    }
    char previous = 'x';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20
          || c > 0x7e
          || (c == ' ' && previous == ' ')
          || (c == '(' && text.startsWith("(cid:", i))) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** Cleans every element, drops blanks and duplicates, keeps the first occurrence's order. */
  public static List<String> cleanAll(List<String> raw) {
    if (raw == null) {
      return List.of();
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String value : raw) {
      String cleaned = clean(value);
      if (cleaned != null) {
        out.add(cleaned);
      }
    }
    return List.copyOf(out);
  }

  /** Splits on the separator, then {@link #cleanAll cleans} the parts; null gives an empty list. */
  public static List<String> split(String raw, String separatorRegex) {
    if (raw == null) {
      return List.of();
    }
    return cleanAll(new ArrayList<>(List.of(raw.split(separatorRegex))));
  }
}
