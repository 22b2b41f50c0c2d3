package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTextCacheTest {
  private static final String SHA = "ab".repeat(32);
  private static final PdfDocument DOCUMENT =
      new PdfDocument(
          SHA,
          2,
          "A Title",
          List.of("Ada Lovelace"),
          "An abstract.",
          "Abstract\nAn abstract.\nBody.",
          "[1] Ref.",
          List.of(new PdfPage(1, 0, 22), new PdfPage(2, 22, 28)),
          List.of(new PdfSection("Abstract", 1, 0), new PdfSection("References", 2, 28)));

  @TempDir Path dir;

  @Test
  void putThenGetGivesAnEqualDocumentAndTheThumbnail() {
    PdfTextCache cache = new PdfTextCache(dir.resolve("text"));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};

    cache.put(DOCUMENT, png);

    assertThat(cache.get(SHA)).contains(DOCUMENT);
    assertThat(cache.thumbnail(SHA)).hasValueSatisfying(b -> assertThat(b).isEqualTo(png));
    assertThat(dir.resolve("text/" + SHA + ".json")).isRegularFile();
    assertThat(dir.resolve("text/" + SHA + ".png")).isRegularFile();
  }

  @Test
  void documentWithNullsRoundTrips() {
    PdfTextCache cache = new PdfTextCache(dir);
    PdfDocument bare =
        new PdfDocument(SHA, 1, null, List.of(), null, "text", "", List.of(), List.of());

    cache.put(bare, null);

    assertThat(cache.get(SHA)).contains(bare);
    assertThat(cache.thumbnail(SHA)).isEmpty();
  }

  @Test
  void unknownHashIsAMiss() {
    assertThat(new PdfTextCache(dir).get("cd".repeat(32))).isEmpty();
  }

  @Test
  void entryOfAnotherFormatVersionOrUnreadableJsonIsAMiss() throws Exception {
    PdfTextCache cache = new PdfTextCache(dir);
    Files.writeString(dir.resolve(SHA + ".json"), "{\"formatVersion\":0,\"document\":null}");
    assertThat(cache.get(SHA)).isEmpty();

    Files.writeString(dir.resolve(SHA + ".json"), "{not json");
    assertThat(cache.get(SHA)).isEmpty();
  }

  @Test
  void hashThatIsNotHexIsRefusedSoNoPathEscapesTheDirectory() {
    assertThatThrownBy(() -> new PdfTextCache(dir).get("../../etc/passwd"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sha256OfAFileIsItsHexDigest() throws Exception {
    Path file = Files.writeString(dir.resolve("abc.txt"), "abc");

    assertThat(PdfTextCache.sha256(file))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
