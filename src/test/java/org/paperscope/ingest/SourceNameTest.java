package org.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceNameTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "iclr2018.json, ICLR, 2018, iclr2018",
        "iclr2019.metadata-only.json, ICLR, 2019, iclr2019",
        "nips1987.json, NeurIPS, 1987, nips1987",
        "NeurIPS2023.json, NeurIPS, 2023, neurips2023",
        "icml2019.json, ICML, 2019, icml2019",
        "aaai2020_main.json, AAAI, 2020, aaai2020",
        "arxiv_papers.json, null, null, null",
        "papers-2018.json, null, null, null",
        "cifar10.json, null, null, null",
        "iclr12345.json, null, null, null",
        "abc1234.json, null, null, null"
      })
  void readsVenueYearAndPrefixFromTheFileName(
      String name, String venue, Integer year, String prefix) {
    assertThat(SourceName.ofFile(Path.of("data", name)))
        .isEqualTo(new SourceName(venue, year, prefix));
  }

  @ParameterizedTest
  @CsvSource({
    "miniconf-iclr2020/papers.csv, ICLR, 2020",
    "evanzd-iclr2021/paperlist.tsv, ICLR, 2021",
    "icml2019/nips2013.csv, NeurIPS, 2013"
  })
  void fallsBackToTheParentDirectoryName(String path, String venue, int year) {
    SourceName name = SourceName.ofFileOrParent(Path.of("data", path));

    assertThat(name.venue()).isEqualTo(venue);
    assertThat(name.year()).isEqualTo(year);
  }

  @ParameterizedTest
  @CsvSource({"3768, icml2019-3768", "5065873f75, 5065873f75", "B11bwYgfM, B11bwYgfM"})
  void prefixesOnlyAllDigitIds(String raw, String expected) {
    assertThat(SourceName.ofFile(Path.of("icml2019.json")).id(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"3768", "abc"})
  void leavesIdsAloneWhenTheNameHasNoVenueAndYear(String raw) {
    assertThat(SourceName.ofFile(Path.of("papers.json")).id(raw)).isEqualTo(raw);
  }
}
