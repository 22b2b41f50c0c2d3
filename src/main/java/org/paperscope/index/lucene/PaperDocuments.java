package org.paperscope.index.lucene;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.paperscope.enrich.AutoTags;
import org.paperscope.enrich.Embedding;
import org.paperscope.enrich.EnrichmentResult;
import org.paperscope.enrich.FullText;
import org.paperscope.enrich.GeneratedTldr;
import org.paperscope.enrich.PaperEnrichments;
import org.paperscope.enrich.SummaryTexts;
import org.paperscope.i18n.TextLanguages;
import org.paperscope.paper.AuthorNames;
import org.paperscope.paper.Paper;
import org.paperscope.paper.PaperJson;
import org.paperscope.tags.TagKey;

/** Turns a {@link Paper} into the Lucene document of {@link PaperSchema}. Stateless. */
public final class PaperDocuments {
  /**
   * Analysed text without positions: the combined metadata fields answer single words only (phrases
   * go to the per-field shadows), so positions would only cost ingest time and index size.
   */
  private static final FieldType WORDS_ONLY = wordsOnly();

  private PaperDocuments() {}

  private static FieldType wordsOnly() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  /** Builds the document; {@code hash} is the paper's content hash ({@link PaperHash}). */
  public static Document toDocument(Paper paper, String hash) {
    return toDocument(paper, PaperJson.toJson(paper), hash, PaperEnrichments.NONE);
  }

  /**
   * Builds the document from the paper, its JSON form ({@link PaperJson#toJson}) and its
   * enrichments: the one place enrichment results become fields ({@link #addEnrichments}).
   */
  public static Document toDocument(
      Paper paper, String json, String hash, PaperEnrichments enrichments) {
    Document doc = new Document();
    doc.add(new StringField(PaperSchema.ID, paper.id(), Field.Store.NO));
    doc.add(new SortedDocValuesField(PaperSchema.ID, new BytesRef(paper.id())));
    if (paper.pdf() != null && paper.pdf().arxivId() != null) {
      doc.add(new StringField(PaperSchema.ARXIV_ID, paper.pdf().arxivId(), Field.Store.NO));
    }
    doc.add(new StoredField(PaperSchema.SOURCE, json));
    doc.add(new BinaryDocValuesField(PaperSchema.HASH, new BytesRef(hash)));
    addText(doc, PaperSchema.TITLE, PaperSchema.TITLE_EXACT, paper.title());
    doc.add(new StringField(PaperSchema.TITLE_KEY, PaperSchema.titleKey(paper.title()), Store.NO));
    addText(doc, PaperSchema.ABSTRACT, PaperSchema.ABSTRACT_EXACT, paper.abstractText());
    addText(doc, PaperSchema.TLDR, PaperSchema.TLDR_EXACT, paper.tldr());
    addMeta(doc, paper);
    addEnrichments(doc, enrichments);
    addAuthors(doc, paper.authors());
    addTags(doc, paper.keywords());
    addKeyed(doc, PaperSchema.VENUE, paper.venue());
    addKeyed(doc, PaperSchema.DECISION, paper.decision());
    if (paper.decision() != null && PaperSchema.decisionClass(paper.decision()) != null) {
      String outcome = PaperSchema.decisionClass(paper.decision());
      doc.add(new StringField(PaperSchema.DECISION, outcome, Store.NO));
    }
    if (paper.year() != null) {
      doc.add(new IntPoint(PaperSchema.YEAR, paper.year()));
      doc.add(new NumericDocValuesField(PaperSchema.YEAR, paper.year()));
      addFacet(doc, PaperSchema.YEAR, Integer.toString(paper.year()));
    }
    if (paper.rating() != null) {
      doc.add(new DoubleDocValuesField(PaperSchema.RATING, paper.rating()));
    }
    return doc;
  }

  /**
   * Adds each enrichment's fields and the markers of what was applied. Full text: the body goes to
   * {@code text}, the references section to {@code refs}; an embedding to the HNSW graph of {@code
   * vector} (dot product: the vectors have unit length).
   */
  private static void addEnrichments(Document doc, PaperEnrichments enrichments) {
    for (EnrichmentResult result : enrichments.results()) {
      switch (result) {
        case FullText text -> {
          addText(doc, PaperSchema.TEXT, PaperSchema.TEXT_EXACT, text.body());
          addText(doc, PaperSchema.REFS, PaperSchema.REFS_EXACT, text.references());
        }
        case GeneratedTldr tldr ->
            // Indexed (with norms) as well as stored, so papers that have one can be counted.
            doc.add(new TextField(PaperSchema.AUTO_TLDR, tldr.text(), Store.YES));
        case AutoTags tags -> addAutoTags(doc, tags);
        case SummaryTexts summaries -> addSummaries(doc, summaries);
        case Embedding embedding ->
            doc.add(
                new KnnFloatVectorField(
                    PaperSchema.VECTOR, embedding.vector(), VectorSimilarityFunction.DOT_PRODUCT));
      }
    }
    for (String marker : enrichments.applied()) {
      doc.add(new StringField(PaperSchema.ENRICHED, marker, Store.NO));
    }
    for (String marker : enrichments.failed()) {
      doc.add(new StringField(PaperSchema.ENRICHMENT_FAILED, marker, Store.NO));
    }
    for (String name : enrichments.present()) {
      doc.add(new StringField(PaperSchema.ENRICHMENT, name, Store.NO));
    }
  }

  /**
   * Automatic tags: matched by {@code tag:} and counted as tags, stored apart so they show as
   * automatic. Not in the free-text tag fields: they come from the title and abstract, which a
   * search already weighs, and counting them again would rank papers by a guess.
   */
  private static void addAutoTags(Document doc, AutoTags tags) {
    if (tags.keys().isEmpty()) {
      return;
    }
    for (int i = 0; i < tags.keys().size(); i++) {
      String key = tags.keys().get(i);
      doc.add(new StringField(PaperSchema.TAG, key, Field.Store.NO));
      addFacet(doc, PaperSchema.TAG, key);
    }
    doc.add(new StoredField(PaperSchema.AUTO_TAGS, tags.toLines()));
  }

  /**
   * Community summaries: searchable by {@code summary:} and by default, counted, and has:summary.
   */
  private static void addSummaries(Document doc, SummaryTexts summaries) {
    if (summaries.texts().isEmpty()) {
      return;
    }
    java.util.Set<String> languages = new java.util.TreeSet<>();
    for (int i = 0; i < summaries.texts().size(); i++) {
      String text = summaries.texts().get(i);
      addText(doc, PaperSchema.SUMMARY, PaperSchema.SUMMARY_EXACT, text);
      String language = TextLanguages.primary(summaries.languages().get(i));
      if (TextLanguages.analyzer(language).isPresent()) {
        doc.add(
            new TextField(PaperSchema.SUMMARY_LANGUAGE_PREFIX + language, text, Field.Store.NO));
      }
      languages.add(language);
    }
    for (String language : languages) {
      doc.add(new StringField(PaperSchema.SUMMARY_LANGUAGES, language, Field.Store.NO));
    }
    doc.add(new StringField(PaperSchema.HAS, "summary", Field.Store.NO));
    doc.add(new StoredField(PaperSchema.SUMMARY_COUNT, summaries.texts().size()));
  }

  private static void addText(Document doc, String stemmed, String exact, String value) {
    if (value != null) {
      doc.add(new TextField(stemmed, value, Field.Store.NO));
      doc.add(new TextField(exact, value, Field.Store.NO));
    }
  }

  private static void addMeta(Document doc, Paper paper) {
    List<String> values = new ArrayList<>();
    for (String value : new String[] {paper.title(), paper.abstractText(), paper.tldr()}) {
      if (value != null) {
        values.add(value);
      }
    }
    values.addAll(paper.keywords());
    for (String value : values) {
      doc.add(new Field(PaperSchema.META, value, WORDS_ONLY));
      doc.add(new Field(PaperSchema.META_PORTER, value, WORDS_ONLY));
    }
  }

  private static void addAuthors(Document doc, List<String> authors) {
    for (String author : authors) {
      doc.add(new TextField(PaperSchema.AUTHOR, author, Field.Store.NO));
      doc.add(new StringField(PaperSchema.AUTHOR_KEY, AuthorNames.key(author), Store.NO));
      addFacet(doc, PaperSchema.AUTHOR, author);
    }
  }

  private static void addTags(Document doc, List<String> keywords) {
    for (String keyword : keywords) {
      String key = TagKey.of(keyword);
      if (key.isBlank()) {
        continue;
      }
      doc.add(new StringField(PaperSchema.TAG, key, Field.Store.NO));
      doc.add(new TextField(PaperSchema.TAG_TEXT, keyword, Field.Store.NO));
      doc.add(new TextField(PaperSchema.TAG_EXACT, keyword, Field.Store.NO));
      addFacet(doc, PaperSchema.TAG, key);
    }
  }

  private static void addKeyed(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StringField(field, PaperSchema.key(value), Field.Store.NO));
      addFacet(doc, field, value);
    }
  }

  private static void addFacet(Document doc, String dimension, String value) {
    BytesRef bytes = new BytesRef(value.getBytes(StandardCharsets.UTF_8));
    doc.add(new SortedSetDocValuesField(PaperSchema.facetField(dimension), bytes));
  }
}
