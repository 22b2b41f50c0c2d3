package org.paperscope.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperscope.paper.TextKeys;

/**
 * Full names of the venues PaperScope's sources name by their acronym: "ICLR" in 2019 is the
 * "International Conference on Learning Representations (ICLR 2019)". NeurIPS is called by the name
 * it had that year (NIPS until 2017). A venue is recognised by its acronym or its full name, with
 * or without a trailing year ("ICLR 2019"); venues not listed keep the text they came with.
 * Stateless.
 */
final class ConferenceNames {
  /** A conference series: its full name and its acronym. */
  private record Series(String name, String acronym) {}

  private static final Series NEURIPS =
      new Series("Advances in Neural Information Processing Systems", "NeurIPS");

  /** The first conference under the name NeurIPS (2018); NIPS before. */
  private static final int NEURIPS_RENAMED = 2018;

  private static final List<Series> KNOWN =
      List.of(
          new Series("International Conference on Learning Representations", "ICLR"),
          new Series("International Conference on Machine Learning", "ICML"),
          NEURIPS,
          new Series("AAAI Conference on Artificial Intelligence", "AAAI"),
          new Series("International Joint Conference on Artificial Intelligence", "IJCAI"),
          new Series("Annual Meeting of the Association for Computational Linguistics", "ACL"),
          new Series("Conference on Empirical Methods in Natural Language Processing", "EMNLP"),
          new Series(
              "Conference of the North American Chapter of the Association for Computational"
                  + " Linguistics",
              "NAACL"),
          new Series("Conference on Computer Vision and Pattern Recognition", "CVPR"),
          new Series("International Conference on Computer Vision", "ICCV"),
          new Series("European Conference on Computer Vision", "ECCV"),
          new Series("Conference on Learning Theory", "COLT"),
          new Series(
              "International Conference on Artificial Intelligence and Statistics", "AISTATS"),
          new Series("Conference on Uncertainty in Artificial Intelligence", "UAI"),
          new Series("Conference on Robot Learning", "CoRL"));

  /** Folded acronyms and full names ({@link TextKeys#fold}) to their series. */
  private static final Map<String, Series> BY_KEY = byKey();

  /** "ICLR 2019", "ICLR '19" is not: a venue that carries a four-digit year at its end. */
  private static final Pattern WITH_YEAR = Pattern.compile("(.*\\S)\\s+(\\d{4})");

  private ConferenceNames() {}

  /**
   * The proceedings' title for a paper at {@code venue} in {@code year}: "International Conference
   * on Learning Representations (ICLR 2019)"; without the year when it is unknown. An unknown venue
   * is returned as it is.
   */
  static String proceedings(String venue, Integer year) {
    Named named = named(venue, year);
    return named.series() == null
        ? venue
        : named.series().name() + " (" + acronymAndYear(named) + ")";
  }

  /**
   * The venue by acronym and year as in "Submitted to ICLR 2019" ("NIPS 2016" before the renaming);
   * an unknown venue keeps its text, followed by the year when known and not already in it.
   */
  static String shortName(String venue, Integer year) {
    Named named = named(venue, year);
    if (named.series() != null) {
      return acronymAndYear(named);
    }
    return year == null || venue.contains(String.valueOf(year)) ? venue : venue + " " + year;
  }

  private record Named(Series series, Integer year) {}

  private static Named named(String venue, Integer year) {
    Series series = BY_KEY.get(TextKeys.fold(venue));
    if (series != null) {
      return new Named(series, year);
    }
    Matcher matcher = WITH_YEAR.matcher(venue.strip());
    if (matcher.matches() && BY_KEY.containsKey(TextKeys.fold(matcher.group(1)))) {
      Integer stated = Integer.valueOf(matcher.group(2));
      return new Named(BY_KEY.get(TextKeys.fold(matcher.group(1))), year == null ? stated : year);
    }
    return new Named(null, year);
  }

  private static String acronymAndYear(Named named) {
    String acronym = named.series().acronym();
    if (named.series() == NEURIPS && named.year() != null && named.year() < NEURIPS_RENAMED) {
      acronym = "NIPS";
    }
    return named.year() == null ? acronym : acronym + " " + named.year();
  }

  private static Map<String, Series> byKey() {
    Map<String, Series> out = new HashMap<>();
    for (Series series : KNOWN) {
      out.put(TextKeys.fold(series.acronym()), series);
      out.put(TextKeys.fold(series.name()), series);
    }
    out.put("nips", NEURIPS);
    out.put("neural information processing systems", NEURIPS);
    return Map.copyOf(out);
  }
}
