package org.paperscope.web.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;

class PaperPathTest {
  private static final Map<String, Paper> PAPERS =
      Map.of(
          "p1", Paper.builder("p1", "One").build(),
          "hep-th/9901001", Paper.builder("hep-th/9901001", "Old arXiv").build(),
          // An id that itself ends like a view.
          "notes/text", Paper.builder("notes/text", "Odd id").build());

  private static final PaperSearch SEARCH =
      (PaperSearch)
          java.lang.reflect.Proxy.newProxyInstance(
              PaperSearch.class.getClassLoader(),
              new Class<?>[] {PaperSearch.class},
              (proxy, method, args) -> {
                if (method.getName().equals("paper")) {
                  return Optional.ofNullable(PAPERS.get((String) args[0]));
                }
                throw new UnsupportedOperationException(method.getName());
              });

  private static PaperPath resolve(String path) throws Exception {
    return PaperPath.resolve(SEARCH, path);
  }

  @Test
  void aWholePathThatIsAnIdIsThePapersPageEvenWhenItEndsLikeAView() throws Exception {
    assertThat(resolve("p1").view()).isEqualTo(PaperPath.View.PAGE);
    assertThat(resolve("hep-th/9901001").paper().title()).isEqualTo("Old arXiv");
    assertThat(resolve("notes/text").view()).isEqualTo(PaperPath.View.PAGE);
  }

  @Test
  void aViewsSuffixIsTakenOffOnlyWhenThePathIsNoId() throws Exception {
    assertThat(resolve("p1.bib").view()).isEqualTo(PaperPath.View.BIBTEX);
    assertThat(resolve("p1.ris").view()).isEqualTo(PaperPath.View.RIS);
    assertThat(resolve("hep-th/9901001/thumbnail.png").view()).isEqualTo(PaperPath.View.THUMBNAIL);
    PaperPath text = resolve("hep-th/9901001/text");
    assertThat(text.view()).isEqualTo(PaperPath.View.TEXT);
    assertThat(text.paper().id()).isEqualTo("hep-th/9901001");
  }

  @Test
  void anUnknownIdIsNotFoundNamingTheId() {
    assertThatThrownBy(() -> resolve("zz")).hasMessage("No paper with id zz.");
    assertThatThrownBy(() -> resolve("zz.bib")).hasMessage("No paper with id zz.");
    assertThatThrownBy(() -> resolve(".bib")).hasMessage("No paper with id .bib.");
  }
}
