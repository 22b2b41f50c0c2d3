package org.paperscope.enrich;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.paperscope.paper.Paper;

/**
 * What of a paper is embedded: its title and abstract; a paper without an abstract gets its title,
 * TL;DR and keywords instead, so that it still has neighbours. Stateless.
 */
public final class EmbeddedText {
  /** Bump when the recipe changes, so that every paper is embedded again. */
  static final int RECIPE = 1;

  private EmbeddedText() {}

  /** The text to embed. */
  public static String of(Paper paper) {
    List<String> parts = new ArrayList<>();
    parts.add(paper.title());
    if (paper.abstractText() != null && !paper.abstractText().isBlank()) {
      parts.add(paper.abstractText());
    } else {
      if (paper.tldr() != null) {
        parts.add(paper.tldr());
      }
      if (!paper.keywords().isEmpty()) {
        parts.add(String.join(", ", paper.keywords()));
      }
    }
    return String.join(". ", parts);
  }

  /** Lower-case hex SHA-256 of the text, the content key of its vector. */
  public static String key(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
