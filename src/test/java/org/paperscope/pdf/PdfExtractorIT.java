package org.paperscope.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.fixtures.SharedData;

/** Extraction of real papers from ../shared/data/pdfs; phrases checked against pdftotext. */
@ExtendWith(SharedData.class)
class PdfExtractorIT {
  private static final PdfExtractor EXTRACTOR = new PdfExtractor(PdfLimits.DEFAULTS);
  private static PdfDocument transformer;

  @TempDir Path dir;

  private static Path arxiv() {
    return PdfFixtures.sharedPdfs().resolve("labml-arxiv");
  }

  private static Path scienceParse() {
    return PdfFixtures.sharedPdfs().resolve("science-parse-testset");
  }

  @BeforeAll
  static void extractTransformer() throws Exception {
    transformer = EXTRACTOR.extract(arxiv().resolve("1706.03762.pdf"));
  }

  @Test
  void titlesComeFromThePageOneLayout() throws Exception {
    assertThat(transformer.title()).isEqualTo("Attention Is All You Need");
    assertThat(EXTRACTOR.extract(arxiv().resolve("resnet.pdf")).title())
        .isEqualTo("Deep Residual Learning for Image Recognition");
    // Its PDF metadata title is "Microsoft Word - Paraphrase_EMNLP2004_camera_ready.doc".
    assertThat(EXTRACTOR.extract(scienceParse().resolve("mono04.pdf")).title())
        .isEqualTo("Monolingual Machine Translation for Paraphrase Generation");
  }

  @Test
  void authorsAreFoundUnderTheTitle() {
    assertThat(transformer.authors()).contains("Ashish Vaswani", "Noam Shazeer", "Łukasz Kaiser");
  }

  @Test
  void bodyHoldsAPhraseOfThePaper() {
    assertThat(transformer.body()).contains("Scaled Dot-Product Attention");
    assertThat(transformer.body())
        .contains(
            "We propose a new simple network architecture, the Transformer, based solely on"
                + " attention mechanisms");
  }

  @Test
  void referenceAuthorIsInTheReferencesAndNotInTheBody() {
    assertThat(transformer.references()).contains("Hinton", "Kuchaiev");
    assertThat(transformer.body()).doesNotContain("Hinton").doesNotContain("Kuchaiev");
  }

  @Test
  void lineEndHyphenationIsJoined() {
    // pdftotext shows "transduc-" ending one line and "tion models" starting the next.
    assertThat(transformer.body()).contains("compelling sequence modeling and transduction models");
    assertThat(transformer.body()).doesNotContain("transduc- tion").doesNotContain("transduc-tion");
  }

  @Test
  void runningFurnitureIsGone() {
    assertThat(transformer.body()).doesNotContain("arXiv:1706.03762");
    assertThat(transformer.body().lines()).noneMatch(line -> line.strip().matches("\\d{1,2}"));
  }

  @Test
  void abstractIntroductionAndReferencesAreSections() {
    assertThat(transformer.sections())
        .extracting(PdfSection::name)
        .contains("Abstract", "1 Introduction", "3.2.1 Scaled Dot-Product Attention", "References");
    assertThat(transformer.abstractText())
        .startsWith("The dominant sequence transduction models")
        .endsWith("limited training data.");
  }

  @Test
  void bodyOffsetsMapBackToPagesAndSections() {
    int heading = transformer.body().indexOf("3.2.1 Scaled Dot-Product Attention");
    int later = transformer.body().indexOf("We call our particular attention");

    assertThat(transformer.pageAt(heading)).isEqualTo(4);
    assertThat(transformer.sectionAt(later)).isEqualTo("3.2.1 Scaled Dot-Product Attention");
    assertThat(transformer.pages()).hasSize(15);
    assertThat(transformer.sha256()).hasSize(64);
  }

  @Test
  void cacheRoundTripGivesTheSameDocument() {
    PdfTextCache cache = new PdfTextCache(dir);

    cache.put(transformer, null);

    assertThat(cache.get(transformer.sha256())).contains(transformer);
  }

  @Test
  void thumbnailOfARealPaperIs300PixelsWide() throws Exception {
    byte[] png = new PdfThumbnail(PdfLimits.DEFAULTS).render(arxiv().resolve("1706.03762.pdf"));

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isBetween(299, 301);
    assertThat(png.length).isLessThan(200_000);
  }

  @Test
  void poolExtractsRealPapersOnAllCores() throws Exception {
    PdfPool pool =
        new PdfPool(EXTRACTOR, Runtime.getRuntime().availableProcessors(), Optional.empty());

    var outcomes =
        pool.extractAll(
            java.util.List.of(
                arxiv().resolve("distillation.pdf"), arxiv().resolve("ponder_net.pdf")),
            PdfPool.Progress.NONE);

    assertThat(outcomes).allMatch(o -> o instanceof PdfPool.Extracted);
  }
}
