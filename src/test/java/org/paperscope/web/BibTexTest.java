package org.paperscope.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.paper.Links;
import org.paperscope.paper.Paper;

class BibTexTest {
  private static final Paper ATTENTION =
      Paper.builder("abc", "Attention Is All You Need")
          .authors(List.of("Ashish Vaswani", "Noam Shazeer"))
          .venue("NeurIPS")
          .year(2017)
          .links(new Links("https://example.org/a.pdf", null, null, null, null, null))
          .build();

  @Test
  void conferencePaperIsInproceedingsWithAReadableKey() {
    assertThat(BibTex.entry(ATTENTION, BibTex.key(ATTENTION), "http://h"))
        .isEqualTo(
            """
            @inproceedings{vaswani2017attention,
              title = {{Attention Is All You Need}},
              author = {Ashish Vaswani and Noam Shazeer},
              booktitle = {NeurIPS},
              year = {2017},
              url = {https://example.org/a.pdf},
            }
            """);
  }

  @Test
  void specialCharactersCannotBreakTheEntry() {
    Paper hostile =
        Paper.builder("x", "}, evil = {1} 100% & $x_1$ #2 ~ ^ \\end")
            .authors(List.of("José Núñez"))
            .build();
    String entry = BibTex.entry(hostile, BibTex.key(hostile), "http://h");
    String title =
        "title = {{\\}, evil = \\{1\\} 100\\% \\& \\$x\\_1\\$ \\#2"
            + " \\textasciitilde{} \\textasciicircum{} \\textbackslash{}end}}";
    assertThat(entry).startsWith("@misc{nunez").contains(title);
    String unescaped = entry.replace("\\{", "").replace("\\}", "");
    assertThat(count(unescaped, "{")).isEqualTo(count(unescaped, "}"));
    assertThat(entry).contains("url = {http://h/papers/x}");
  }

  private static int count(String text, String brace) {
    return text.split(java.util.regex.Pattern.quote(brace), -1).length - 1;
  }

  @Test
  void duplicateKeysGetSuffixes() {
    String entries = BibTex.entries(List.of(ATTENTION, ATTENTION, ATTENTION), "http://h");
    assertThat(entries)
        .contains("{vaswani2017attention,", "{vaswani2017attentiona,", "{vaswani2017attentionb,");
  }

  @Test
  void paperWithoutAuthorsIsKeyedByItsId() {
    assertThat(BibTex.key(Paper.builder("cs/0112017", "On it").year(2001).build()))
        .isEqualTo("papercs01120172001");
  }
}
