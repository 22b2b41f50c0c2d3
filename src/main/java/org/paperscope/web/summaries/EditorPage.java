package org.paperscope.web.summaries;

import java.util.List;
import org.paperscope.summaries.LineDiff;
import org.paperscope.web.Layout;

/**
 * The summary editor: Markdown on one side, its preview on the other.
 *
 * @param layout the page frame
 * @param paperTitle the paper's title
 * @param paperHref the paper's page
 * @param paperId the paper's id
 * @param action where the form posts
 * @param markdown the text being written
 * @param language its BCP 47 tag
 * @param draft whether it is saved as a private draft
 * @param version the version the edit started from (0 for a new summary)
 * @param previewHtml the text rendered, or empty
 * @param error what was wrong with the last save, in the reader's words, or {@code null}
 * @param errorField the field at fault, or {@code null}
 * @param conflict what another edit saved meanwhile, or {@code null}
 * @param languages the language tags offered in the chooser (the text's own first)
 */
public record EditorPage(
    Layout layout,
    String paperTitle,
    String paperHref,
    String paperId,
    String action,
    String markdown,
    String language,
    boolean draft,
    int version,
    String previewHtml,
    String error,
    String errorField,
    Conflict conflict,
    List<String> languages) {

  /** This page with its preview and what went wrong (any may be null: none). */
  EditorPage with(String preview, String why, String field, Conflict clash, int base) {
    return new EditorPage(
        layout,
        paperTitle,
        paperHref,
        paperId,
        action,
        markdown,
        language,
        draft,
        base,
        preview,
        why,
        field,
        clash,
        languages);
  }

  /** A language tag's name in the reader's language, with the tag: "Arabic (ar)". */
  public static String languageName(String tag, java.util.Locale in) {
    String name = java.util.Locale.forLanguageTag(tag).getDisplayName(in);
    return name.isEmpty() || name.equals(tag) ? tag : name + " (" + tag + ")";
  }

  /**
   * Another edit saved while this one was written.
   *
   * @param theirMarkdown the text saved now
   * @param theirVersion its version, which the next save starts from
   * @param theirEditor who saved it
   * @param diff from their text to the one being written
   */
  public record Conflict(
      String theirMarkdown, int theirVersion, String theirEditor, List<LineDiff.Line> diff) {}
}
