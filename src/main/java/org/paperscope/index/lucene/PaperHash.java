package org.paperscope.index.lucene;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;

/** The content hash of a paper: SHA-256 of its JSON form, hex. Equal papers, equal hashes. */
public final class PaperHash {
  private PaperHash() {}

  /** Returns the 64-character hex hash. */
  public static String of(Paper paper) {
    return sha256(PaperJson.toJson(paper));
  }

  /** Hash of a paper's JSON form, when the caller has it already. */
  public static String ofJson(String json) {
    return sha256(json);
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
