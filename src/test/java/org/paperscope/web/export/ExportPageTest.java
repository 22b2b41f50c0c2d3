package org.paperscope.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paperscope.web.Messages;

class ExportPageTest {
  @Test
  void wholeSetHasNoNoteAndAPlainFileName() {
    ExportPage whole = new ExportPage(30, 0, 30, null, 10_000);
    assertThat(whole.truncated()).isFalse();
    assertThat(whole.note(Messages.ENGLISH)).isNull();
    assertThat(whole.filename("bib")).isEqualTo("papers.bib");
  }

  @Test
  void partOfTheSetSaysWhichPartAndWhereTheRestIs() {
    ExportPage first =
        new ExportPage(20_090, 0, 1000, "http://h/search.ris?q=&offset=1000", 10_000);
    assertThat(first.truncated()).isTrue();
    assertThat(first.filename("ris")).isEqualTo("papers-1-1000-of-20090.ris");
    assertThat(first.note(Messages.ENGLISH))
        .isEqualTo(
            "This export holds papers 1 to 1,000 of 20,090 matching papers; the next page is"
                + " http://h/search.ris?q=&offset=1000. 'paperscope export QUERY --format FORMAT'"
                + " writes the whole match set.");
    ExportPage deepest = new ExportPage(20_090, 10_000, 1000, null, 10_000);
    assertThat(deepest.note(Messages.ENGLISH))
        .contains("papers 10,001 to 11,000", "web export pages start at offset 10,000 at most");
    ExportPage last = new ExportPage(30, 28, 2, null, 10_000);
    assertThat(last.truncated()).isFalse();
    assertThat(last.filename("csv")).isEqualTo("papers-29-30-of-30.csv");
    assertThat(last.note(Messages.ENGLISH))
        .contains("papers 29 to 30 of 30")
        .doesNotContain("next page");
    assertThat(new ExportPage(30, 0, 0, null, 10_000).filename("json"))
        .isEqualTo("papers-0-0-of-30.json");
  }
}
