package org.paperscope.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a source file's name says about its records: a venue and year when the name holds {@code
 * <letters><4 digits>} ({@code iclr2018.json}, {@code icml2019.json}, {@code
 * miniconf-iclr2020/papers.csv}), and the id prefix that keeps numeric ids unique across such files
 * ({@code icml2019-3768} and {@code nips2013-3768} are different papers).
 *
 * <p>Immutable and thread-safe.
 *
 * @param venue venue named by the file, or null
 * @param year year named by the file, or null
 * @param idPrefix lower-cased {@code <letters><year>} token, or null
 */
record SourceName(String venue, Integer year, String idPrefix) {
  static final SourceName NONE = new SourceName(null, null, null);

  /** Letters right after the start or a non-alphanumeric, then exactly four digits. */
  private static final Pattern TOKEN =
      Pattern.compile("(?<![A-Za-z0-9])([A-Za-z]+)(\\d{4})(?![0-9])");

  private static final Pattern ALL_DIGITS = Pattern.compile("\\d+");

  /** Reads the token from the file name only. */
  static SourceName ofFile(Path file) {
    return parse(fileName(file));
  }

  /** Reads the token from the file name, or else from its parent directory's name. */
  static SourceName ofFileOrParent(Path file) {
    SourceName name = ofFile(file);
    Path parent = file.toAbsolutePath().getParent();
    return name.venue() != null || parent == null ? name : parse(fileName(parent));
  }

  /** Returns {@code rawId} with the prefix when the file names one and the id is all digits. */
  String id(String rawId) {
    if (idPrefix == null || !ALL_DIGITS.matcher(rawId).matches()) {
      return rawId;
    }
    return idPrefix + "-" + rawId;
  }

  private static SourceName parse(String name) {
    Matcher matcher = TOKEN.matcher(name);
    while (matcher.find()) {
      int year = Integer.parseInt(matcher.group(2));
      if (year >= FieldText.MIN_YEAR && year <= FieldText.MAX_YEAR) {
        String letters = matcher.group(1);
        return new SourceName(venue(letters), year, matcher.group().toLowerCase(Locale.ROOT));
      }
    }
    return NONE;
  }

  private static String venue(String letters) {
    return switch (letters.toLowerCase(Locale.ROOT)) {
      case "nips", "neurips" -> "NeurIPS";
      case "arxiv" -> ArxivIds.VENUE;
      default -> letters.toUpperCase(Locale.ROOT);
    };
  }

  private static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? "" : name.toString();
  }
}
