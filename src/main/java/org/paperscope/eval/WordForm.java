package org.paperscope.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One query of the word-forms evaluation: an ML word whose Porter stem is shared by words of other
 * meanings. Immutable.
 *
 * @param query the word searched for, lower case
 * @param family lower-case surface forms of the same word and meaning; a hit holding one is on
 *     topic
 * @param colliding other words Porter maps to the query's stem (documentation and tests only)
 */
public record WordForm(String query, Set<String> family, Set<String> colliding) {
  /** The classpath resource {@link #bundled()} reads. */
  static final String RESOURCE = "/eval/word-forms.tsv";

  public WordForm {
    family = Set.copyOf(family);
    colliding = Set.copyOf(colliding);
  }

  /**
   * The list shipped with PaperScope ({@code src/main/resources/eval/word-forms.tsv}).
   *
   * @throws IllegalStateException when the resource is missing or has a malformed line (a bug)
   */
  public static List<WordForm> bundled() {
    InputStream in = WordForm.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Parses lines of {@code query<TAB>family,forms<TAB>colliding,words}; blank lines and lines
   * starting with {@code #} are skipped.
   *
   * @throws IllegalStateException naming the 1-based line number of a line without three columns
   */
  static List<WordForm> parse(List<String> lines) {
    List<WordForm> forms = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length != 3 || columns[0].isBlank()) {
        throw new IllegalStateException(
            RESOURCE + ":" + (i + 1) + ": expected query<TAB>family<TAB>colliding");
      }
      forms.add(new WordForm(columns[0].strip(), commaList(columns[1]), commaList(columns[2])));
    }
    return forms;
  }

  private static Set<String> commaList(String column) {
    Set<String> words = new LinkedHashSet<>();
    Arrays.stream(column.split(","))
        .map(String::strip)
        .filter(w -> !w.isEmpty())
        .forEach(words::add);
    return words;
  }
}
