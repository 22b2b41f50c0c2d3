package org.paperscope.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.paperscope.index.lucene.PaperAnalyzers;
import org.paperscope.search.Snippet;

/**
 * Cuts the passage of a text that holds the most query matches, and marks them. Matching uses the
 * index's own analysis: words by stem, phrases by exact consecutive words, prefixes by word start.
 *
 * <p>Immutable and thread-safe.
 */
final class SnippetBuilder {
  private static final String ELLIPSIS = "…";
  private final int windowChars;

  /**
   * @param windowChars the longest passage, in characters, before ellipses
   */
  SnippetBuilder(int windowChars) {
    this.windowChars = windowChars;
  }

  /** Where a passage of a long text lies: page and section of a character offset. */
  interface Locator {
    /** Locates nothing: for metadata fields. */
    Locator NONE =
        new Locator() {
          @Override
          public Integer page(int offset) {
            return null;
          }

          @Override
          public String section(int offset) {
            return null;
          }
        };

    Integer page(int offset);

    String section(int offset);
  }

  /** The best passage of {@code text}, or empty when nothing in it matches. */
  Optional<Snippet> build(String field, String text, HighlightTerms terms) {
    return build(field, text, terms, Locator.NONE);
  }

  /**
   * The best passage of {@code text}, located by {@code locator}, or empty when nothing matches.
   */
  Optional<Snippet> build(String field, String text, HighlightTerms terms, Locator locator) {
    if (text == null || terms.isEmpty()) {
      return Optional.empty();
    }
    List<Snippet.Highlight> spans = Snippet.Highlight.merged(matches(text, terms));
    if (spans.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(cut(field, text, spans, locator));
  }

  private static List<Snippet.Highlight> matches(String text, HighlightTerms terms) {
    List<Snippet.Highlight> spans = new ArrayList<>();
    for (Token token : tokens(PaperAnalyzers.stemmed(), text)) {
      if (terms.stems().contains(token.term())) {
        spans.add(new Snippet.Highlight(token.start(), token.end()));
      }
    }
    List<Token> exact = tokens(PaperAnalyzers.exact(), text);
    for (int i = 0; i < exact.size(); i++) {
      for (List<String> phrase : terms.phrases()) {
        if (phraseAt(exact, i, phrase)) {
          spans.add(
              new Snippet.Highlight(exact.get(i).start(), exact.get(i + phrase.size() - 1).end()));
        }
      }
      for (String prefix : terms.prefixes()) {
        if (exact.get(i).term().startsWith(prefix)) {
          spans.add(new Snippet.Highlight(exact.get(i).start(), exact.get(i).end()));
        }
      }
    }
    spans.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
    return spans;
  }

  private static boolean phraseAt(List<Token> tokens, int at, List<String> phrase) {
    if (at + phrase.size() > tokens.size()) {
      return false;
    }
    for (int j = 0; j < phrase.size(); j++) {
      if (!tokens.get(at + j).term().equals(phrase.get(j))) {
        return false;
      }
    }
    return true;
  }

  /** The window holding the most spans (earliest on ties), widened to word boundaries. */
  private Snippet cut(String field, String text, List<Snippet.Highlight> spans, Locator locator) {
    int bestFirst = 0;
    int bestCount = 0;
    for (int first = 0; first < spans.size(); first++) {
      int limit = spans.get(first).start() + windowChars;
      int count = 0;
      while (first + count < spans.size() && spans.get(first + count).end() <= limit) {
        count++;
      }
      if (count > bestCount) {
        bestCount = count;
        bestFirst = first;
      }
    }
    int lead = windowChars / 5;
    int start = wordStart(text, Math.max(0, spans.get(bestFirst).start() - lead));
    int end = wordEnd(text, Math.min(text.length(), start + windowChars));
    String prefix = start > 0 ? ELLIPSIS : "";
    // Full text keeps one paragraph per line; a passage reads as one line.
    String passage =
        prefix
            + text.substring(start, end).strip().replace('\n', ' ')
            + (end < text.length() ? ELLIPSIS : "");
    int shift = prefix.length() - start - leadingSpaces(text, start, end);
    List<Snippet.Highlight> shifted = new ArrayList<>();
    for (Snippet.Highlight span : spans) {
      if (span.start() >= start && span.end() <= end) {
        shifted.add(new Snippet.Highlight(span.start() + shift, span.end() + shift));
      }
    }
    int first = spans.get(bestFirst).start();
    return new Snippet(field, passage, shifted, locator.page(first), locator.section(first));
  }

  private static int leadingSpaces(String text, int start, int end) {
    int n = 0;
    while (start + n < end && Character.isWhitespace(text.charAt(start + n))) {
      n++;
    }
    return n;
  }

  private static int wordStart(String text, int at) {
    while (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
      at--;
    }
    return at;
  }

  private static int wordEnd(String text, int at) {
    while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private record Token(String term, int start, int end) {}

  private static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
    }
    return out;
  }
}
