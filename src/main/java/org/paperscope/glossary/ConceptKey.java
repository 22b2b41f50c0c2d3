package org.paperscope.glossary;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key two spellings of one concept name share: case, accents, hyphens, spacing and a plural
 * {@code s} do not count ("Snapshot Ensembles", "snapshot-ensemble").
 */
public final class ConceptKey {
  private ConceptKey() {}

  /** The key of {@code name}; blank for a name without letters or digits. */
  public static String of(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}$\\\\]+", " ")
            .strip();
    if (plain.length() > 3 && plain.endsWith("s") && !plain.endsWith("ss")) {
      plain = plain.substring(0, plain.length() - 1);
    }
    return plain;
  }
}
