package org.paperscope.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads a UTF-8 text file line by line with 1-based line numbers; {@code .gz} files are
 * decompressed on the fly. A leading byte-order mark is dropped; bytes that are not UTF-8 raise
 * {@link MalformedLineException} for the line they are on. Stateless.
 */
final class NumberedLines {

  /** Receives one line (without its terminator) and its 1-based number. */
  @FunctionalInterface
  interface Handler {
    void line(String text, long number) throws IOException;
  }

  private NumberedLines() {}

  /** Passes every line of {@code file} to {@code handler}, in order. */
  static void forEach(Path file, Handler handler) throws IOException {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // Lines are split as ISO-8859-1 (one char per byte) and decoded one by one, so a decoding
    // error is reported on its own line; a streaming UTF-8 reader decodes ahead and would blame an
    // earlier one. Bytes 0x0A and 0x0D never occur inside a UTF-8 sequence, so splitting is safe.
    try (BufferedReader bytes = open(file)) {
      long number = 0;
      String raw;
      while ((raw = bytes.readLine()) != null) {
        number++;
        String line = decode(utf8, raw, file, number);
        handler.line(number == 1 ? stripByteOrderMark(line) : line, number);
      }
    }
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
  }

  private static String decode(CharsetDecoder utf8, String raw, Path file, long number)
      throws MalformedLineException {
    try {
      return utf8.decode(ByteBuffer.wrap(raw.getBytes(StandardCharsets.ISO_8859_1))).toString();
    } catch (CharacterCodingException e) {
      throw new MalformedLineException(file, number, "not valid UTF-8", e);
    }
  }

  private static String stripByteOrderMark(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }
}
