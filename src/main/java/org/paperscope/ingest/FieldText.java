package org.paperscope.ingest;

import java.util.regex.Pattern;
import org.paperscope.paper.PaperText;

/**
 * Parses paper field values written as text, the same way in every format: years, ratings and the
 * short quoted value shown in rejection reasons.
 *
 * <p>Stateless and thread-safe.
 */
final class FieldText {
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2100;

  private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
  private static final int MAX_QUOTED_CHARS = 40;

  private FieldText() {}

  /**
   * Returns {@code value} when it is not null (readers pass cleaned text, so blank is null).
   *
   * @throws MalformedRecordException "missing {@code field}" when it is null
   */
  static String required(String field, String value) throws MalformedRecordException {
    if (value == null) {
      throw new MalformedRecordException("missing " + field);
    }
    return value;
  }

  /**
   * Returns the year written in {@code raw} (digits only), or null when it is blank.
   *
   * @throws MalformedRecordException when it is not an integer or outside 1900..2100
   */
  static Integer year(String field, String raw) throws MalformedRecordException {
    String text = PaperText.clean(raw);
    if (text == null) {
      return null;
    }
    if (!DIGITS.matcher(text).matches()) {
      throw new MalformedRecordException(field + ": expected an integer, got " + quote(text));
    }
    return checkYear(field, Long.parseLong(text));
  }

  /** Returns {@code value} as a year; throws when it is outside 1900..2100. */
  static int checkYear(String field, long value) throws MalformedRecordException {
    if (value < MIN_YEAR || value > MAX_YEAR) {
      throw new MalformedRecordException(
          field + ": " + value + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
    }
    return (int) value;
  }

  /**
   * Returns the mean of the {@code ;}-separated numbers in {@code raw} (one number is its own
   * mean), or null when it is blank.
   *
   * @throws MalformedRecordException when a part is not a finite number
   */
  static Double rating(String field, String raw) throws MalformedRecordException {
    if (raw == null) {
      return null;
    }
    // Not PaperText.split: it drops duplicates, and "4;4;8" means three ratings.
    double sum = 0;
    int count = 0;
    for (String part : raw.split(";")) {
      String text = PaperText.clean(part);
      if (text != null) {
        sum += number(field, text);
        count++;
      }
    }
    if (count > 0 && !Double.isFinite(sum)) {
      throw new MalformedRecordException(field + ": ratings too large, got " + quote(raw));
    }
    return count == 0 ? null : sum / count;
  }

  private static double number(String field, String text) throws MalformedRecordException {
    try {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // fall through to the rejection below; the exception adds nothing to the reason
    }
    throw new MalformedRecordException(field + ": expected a number, got " + quote(text));
  }

  /** Returns {@code text} in double quotes, cut to 40 characters, for a rejection reason. */
  static String quote(String text) {
    String shown =
        text.length() <= MAX_QUOTED_CHARS ? text : text.substring(0, MAX_QUOTED_CHARS) + "…";
    return '"' + shown + '"';
  }
}
