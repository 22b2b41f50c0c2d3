package org.paperscope.enrich;

import java.util.List;

/**
 * A paper's public community summaries as search indexes them ({@link SummaryEnrichment}): their
 * plain text (Markdown syntax gone, math as its TeX source) and their languages.
 *
 * @param texts one text per summary, oldest first
 * @param languages the BCP 47 tag of each, in the same order
 */
public record SummaryTexts(List<String> texts, List<String> languages) implements EnrichmentResult {
  public SummaryTexts {
    texts = List.copyOf(texts);
    languages = List.copyOf(languages);
  }
}
