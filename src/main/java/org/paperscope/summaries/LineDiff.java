package org.paperscope.summaries;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two versions of a text share, and those one removed or added: a longest common
 * subsequence of lines, as {@code diff} shows it. Texts over {@link #MAX_CELLS} line pairs fall
 * back to "all removed, all added" rather than use quadratic memory.
 */
public final class LineDiff {
  /** Line pairs the table may have: 4M cells of a short each, about 8 MiB at most. */
  static final long MAX_CELLS = 4_000_000L;

  private LineDiff() {}

  /** What happened to a line. */
  public enum Change {
    SAME,
    REMOVED,
    ADDED
  }

  /**
   * One line of the diff.
   *
   * @param change kept, removed from the old text or added in the new
   * @param text the line, without its line break
   */
  public record Line(Change change, String text) {}

  /** The diff from {@code before} to {@code after}, in order; an empty text has no lines. */
  public static List<Line> of(String before, String after) {
    String[] a = lines(before);
    String[] b = lines(after);
    if ((long) a.length * b.length > MAX_CELLS) {
      List<Line> out = new ArrayList<>();
      for (String line : a) {
        out.add(new Line(Change.REMOVED, line));
      }
      for (String line : b) {
        out.add(new Line(Change.ADDED, line));
      }
      return out;
    }
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Line> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        out.add(new Line(Change.SAME, a[i++]));
        j++;
      } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
        // On a tie the old line goes first, as diff shows a replaced line: "- old", "+ new".
        out.add(new Line(Change.REMOVED, a[i++]));
      } else {
        out.add(new Line(Change.ADDED, b[j++]));
      }
    }
    return out;
  }

  private static String[] lines(String text) {
    return text == null || text.isEmpty() ? new String[0] : text.split("\r?\n", -1);
  }
}
