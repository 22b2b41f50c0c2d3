package org.paperscope.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperscope.pdf.PdfExtractor;
import org.paperscope.pdf.PdfLimits;

/**
 * {@code evaluation: pdf}: PDF extraction on a folder of PDFs (corpus: {@code pdfs}), one part per
 * config (setting {@code part}): {@code titles} ({@link PdfTitleEvaluation}: {@code accuracy},
 * {@code PDFs} with expected titles), {@code fidelity} ({@link PdfFidelityEvaluation}, needs
 * poppler's pdftotext: {@code mean F1}, {@code PDFs} compared) or {@code sections} ({@link
 * PdfSectionEvaluation}: {@code complete}, the fraction with all three sections, and {@code PDFs}).
 */
final class PdfRegression implements Regression {
  /** The part of PDF extraction a config evaluates. */
  private enum Part {
    TITLES("accuracy"),
    FIDELITY("mean F1"),
    SECTIONS("complete");

    private final String quality;

    Part(String quality) {
      this.quality = quality;
    }

    static Part of(String name) {
      return Part.valueOf(name.toUpperCase(Locale.ROOT));
    }
  }

  @Override
  public String name() {
    return "pdf";
  }

  @Override
  public List<String> corpusKeys() {
    return List.of("pdfs");
  }

  @Override
  public List<String> settingKeys() {
    return List.of("part");
  }

  @Override
  public void checkSetting(String key, String value) {
    List<String> known =
        Arrays.stream(Part.values()).map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
    if (!known.contains(value)) {
      throw new IllegalArgumentException(
          "unknown part \"" + value + "\"; known parts: " + String.join(", ", known));
    }
  }

  @Override
  public List<String> metricNames(Map<String, String> settings) {
    return List.of(Part.of(settings.get("part")).quality, "PDFs");
  }

  @Override
  public List<Path> inputs(RegressionConfig config, Path sharedDir) {
    return List.of(sharedDir.resolve(config.corpus().get("pdfs")));
  }

  @Override
  public Map<String, Double> measure(RegressionConfig config, Path sharedDir, SearchIndexes indexes)
      throws IOException {
    Path pdfs = inputs(config, sharedDir).get(0);
    PdfExtractor extractor = new PdfExtractor(PdfLimits.DEFAULTS);
    Part part = Part.of(config.settings().get("part"));
    Map<String, Double> metrics = new LinkedHashMap<>();
    switch (part) {
      case TITLES -> {
        PdfTitleEvaluation.Result result = new PdfTitleEvaluation(extractor).run(pdfs);
        metrics.put(part.quality, result.accuracy());
        metrics.put("PDFs", (double) result.rows().size());
      }
      case FIDELITY -> {
        PdfFidelityEvaluation.Result result = new PdfFidelityEvaluation(extractor).run(pdfs);
        metrics.put(part.quality, result.meanF1());
        metrics.put("PDFs", (double) result.rows().size());
      }
      case SECTIONS -> {
        PdfSectionEvaluation.Result result = new PdfSectionEvaluation(extractor).run(pdfs);
        metrics.put(part.quality, result.fraction());
        metrics.put("PDFs", (double) result.rows().size());
      }
    }
    return metrics;
  }
}
