package org.paperscope.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats papers are exported in, with their file extension and media type. */
public enum ExportFormat {
  JSONL("jsonl", "JSON Lines", "application/x-ndjson"),
  BIBTEX("bib", "BibTeX", "application/x-bibtex"),
  RIS("ris", "RIS", "application/x-research-info-systems"),
  CSV("csv", "CSV", "text/csv");

  private final String extension;
  private final String displayName;
  private final String mediaType;

  ExportFormat(String extension, String displayName, String mediaType) {
    this.extension = extension;
    this.displayName = displayName;
    this.mediaType = mediaType;
  }

  /** The file extension without its dot, also the format's name on the command line: "bib". */
  public String extension() {
    return extension;
  }

  /** The name people know the format by: "BibTeX". */
  public String displayName() {
    return displayName;
  }

  /** The media type without parameters: "application/x-bibtex". */
  public String mediaType() {
    return mediaType;
  }

  /** A writer for this format on {@code out}; a CSV writer has written its header already. */
  public PaperWriter open(Writer out) throws IOException {
    return switch (this) {
      case JSONL -> new JsonLinesWriter(out);
      case BIBTEX -> new BibTexWriter(out);
      case RIS -> new RisWriter(out);
      case CSV -> ResultCsv.open(out);
    };
  }

  /** The format with this extension or name, in any case ("bib", "bibtex", "RIS"). */
  public static Optional<ExportFormat> named(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.extension.equals(key) || f.displayName.toLowerCase(Locale.ROOT).equals(key))
        .findFirst();
  }

  /** The extensions, for messages: "jsonl, bib, ris, csv". */
  public static String extensions() {
    return Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", "));
  }
}
