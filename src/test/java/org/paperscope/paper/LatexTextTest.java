package org.paperscope.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LatexTextTest {

  static Stream<Arguments> realCases() throws IOException {
    try (InputStream in = LatexTextTest.class.getResourceAsStream("/latex/real-cases.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.startsWith("#") && !line.isBlank())
              .map(line -> line.split("\t", -1))
              .map(cells -> Arguments.of(cells[0], cells[1]))
              .toList()
              .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("realCases")
  void realTitlesAndAbstractsBecomeReadable(String source, String expected) {
    assertThat(LatexText.toUnicode(source)).isEqualTo(expected);
  }

  @Test
  void theFixtureHoldsMoreThanFortyCases() throws IOException {
    assertThat(realCases().count()).isGreaterThan(40);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "$a \\times b$ | a × b",
        "$\\alpha\\beta\\gamma\\delta\\epsilon\\lambda\\mu\\pi\\sigma\\Omega$ | αβγδελμπσΩ",
        "$a \\leq b \\geq c \\neq d \\approx e \\sim f$ | a ≤ b ≥ c ≠ d ≈ e ∼ f",
        "$\\infty \\cdot 2$ | ∞ · 2",
        "$1, \\ldots, n$ | 1, …, n",
        "$\\pm 1$ | ±1",
        "$x \\to y \\rightarrow z$ | x → y → z",
        "$x \\in X$ | x ∈ X",
        "$\\sum_i x_i$ | ∑ᵢ xᵢ",
        "$\\log n$ | log n",
        "$x^2$ | x²",
        "$x^{-1}$ | x⁻¹",
        "$a_i$ | aᵢ",
        "$x^{n+1}$ | xⁿ⁺¹",
        "$x^{q}$ | x^q",
        "$x_{\\theta_{old}}$ | x_(θ_old)",
        "$x^{\\circ}$ | x°",
        "$f''(x)$ | f″(x)",
        "$\\mathcal{X}$ | 𝒳",
        "$\\mathcal{L}$ | ℒ",
        "$\\mathbb{R}^n$ | ℝⁿ",
        "$\\mathbf{x}$ | x",
        "$\\boldsymbol{\\theta}$ | θ",
        "$\\text{max}(a, b)$ | max(a, b)",
        "$\\frac{a}{b}$ | a/b",
        "$\\frac{a+b}{2}$ | (a + b)/2",
        "$\\sqrt{x}$ | √x",
        "$\\sqrt{x+1}$ | √(x + 1)",
        "$\\sqrt[3]{x}$ | ∛x",
        "$\\tilde{O}(n)$ | Õ(n)",
        "$\\hat{y}$ | ŷ",
        "$\\bar{x}$ | x̄",
        "$\\not\\in$ | ∉",
        "$\\left( x \\right)$ | (x)",
        "$\\binom{n}{k}$ | C(n, k)",
        "$\\cO(n)$ | 𝒪(n)",
        "$\\R^d$ | ℝᵈ",
        "$\\myMacro$ | myMacro",
        "$\\norm{x}$ | x",
        "\\textbf{bold} and \\textit{italic} and \\emph{emphasis} | bold and italic and emphasis",
        "{\\em vulnerable} and {\\bf strong} | vulnerable and strong",
        "20\\% of \\#1 \\& \\$5 in a\\_b | 20% of #1 & $5 in a_b",
        "``memory'' and `single' | “memory” and ‘single’",
        "don't stop | don't stop",
        "pages 1--10 --- done | pages 1–10 — done",
        "run with --help | run with --help",
        "A --> B | A --> B",
        "Schr\\\"{o}dinger and Erd\\H{o}s | Schrödinger and Erdős",
        "as in \\cite{smith2019} | as in [smith2019]",
        "a \\url{https://x.org/a_b} | a https://x.org/a_b",
        "inline \\(x^2\\) and display \\[y_1\\] and $$z$$ | inline x² and display y₁ and z"
      })
  void convertsCommonLatex(String source, String expected) {
    assertThat(LatexText.toUnicode(source)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "costs $5 and $10 a month",
        "a lone $ sign",
        "US$ 100 per year",
        "between $5 and $ 10",
        "snake_case and x^2 outside math",
        "price: $3.50",
        "5$ and 6$",
        "a URL http://x.org/~user/page"
      })
  void leavesOrdinaryTextAlone(String text) {
    assertThat(LatexText.toUnicode(text)).isEqualTo(text);
  }

  @Test
  void plainTextIsReturnedAsItIs() {
    String title = "Attention Is All You Need";
    assertThat(LatexText.toUnicode(title)).isSameAs(title);
    assertThat(LatexText.toUnicode(null)).isNull();
  }

  @Test
  void findsMathSpansWithTheirSource() {
    String text = "a $x$ b \\(y\\) c $$z$$ \\$5 \\[w\\]";
    assertThat(LatexText.spans(text))
        .containsExactly(
            new LatexText.Span(0, 2, null),
            new LatexText.Span(2, 5, "x"),
            new LatexText.Span(5, 8, null),
            new LatexText.Span(8, 13, "y"),
            new LatexText.Span(13, 16, null),
            new LatexText.Span(16, 21, "z"),
            new LatexText.Span(21, 26, null),
            new LatexText.Span(26, 31, "w"));
  }

  @Test
  void runsKeepHighlightsInTextAndUnmarkMathThatAHighlightTouches() {
    String text = "Adam$^+$ and ``fast'' $\\times$ 10";
    BitSet marked = new BitSet();
    marked.set(0, 4); // Adam
    marked.set(15, 19); // fast
    marked.set(24, 29); // "times", inside $\times$
    assertThat(LatexText.runs(text, marked))
        .containsExactly(
            new LatexText.Run("Adam", null, true),
            new LatexText.Run("⁺", "^+", false),
            new LatexText.Run(" and “", null, false),
            new LatexText.Run("fast", null, true),
            new LatexText.Run("” ", null, false),
            new LatexText.Run("×", null, true),
            new LatexText.Run(" 10", null, false));
  }

  @Test
  void runsWithoutHighlightsSpellTheUnicodeForm() {
    String text = "The $\\ell_1$ norm, {\\em sparse} ``codes'' and $O(n\\log n)$ -- fast";
    String joined =
        LatexText.runs(text, new BitSet()).stream()
            .map(LatexText.Run::text)
            .collect(Collectors.joining());
    assertThat(joined).isEqualTo(LatexText.toUnicode(text));
  }

  @Test
  void hostileNestingNeitherThrowsNorExhaustsTheStack() {
    List<String> hostile =
        List.of(
            "{".repeat(200_000),
            "}".repeat(200_000),
            "$" + "{".repeat(200_000) + "$",
            "$" + "\\sqrt".repeat(50_000) + "x$",
            "$" + "\\frac{".repeat(50_000) + "$",
            "$" + "x^".repeat(100_000) + "$",
            "$" + "\\text{$".repeat(20_000),
            "$" + "\\tilde\\hat".repeat(50_000) + "$",
            "\\".repeat(100_001),
            "\\(".repeat(100_000),
            "\\" + "a".repeat(200_000),
            "$\\" + "A".repeat(200_000) + "$",
            "\\[x".repeat(100_000) + "\\]",
            "$".repeat(100_001),
            "`".repeat(100_001) + "'".repeat(100_001));
    for (String text : hostile) {
      assertThatCode(() -> LatexText.toUnicode(text)).doesNotThrowAnyException();
      assertThatCode(() -> LatexText.runs(text, new BitSet())).doesNotThrowAnyException();
    }
  }

  @Test
  void randomTexNeverThrows() {
    String[] pieces = {
      "$",
      "\\",
      "{",
      "}",
      "^",
      "_",
      "a",
      "1",
      " ",
      "'",
      "`",
      "-",
      "~",
      "\\frac",
      "\\sqrt",
      "[",
      "]",
      "\\left",
      "\\text",
      "\\mathbb",
      "\\(",
      "\\)",
      "\\not",
      "\\tilde",
      "\\alpha",
      "\\cite",
      "%",
      "&",
      "é",
      "\uD835\uDC9C",
      "\uD835",
      "\\\\",
      "\\begin",
      "\\x"
    };
    SplittableRandom random = new SplittableRandom(20_240_901);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int j = 0; j < length; j++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String source = text.toString();
      BitSet marked = new BitSet();
      int from = random.nextInt(source.length() + 1);
      marked.set(from, from + random.nextInt(5));
      assertThatCode(() -> LatexText.toUnicode(source)).as(source).doesNotThrowAnyException();
      assertThatCode(() -> LatexText.runs(source, marked)).as(source).doesNotThrowAnyException();
    }
  }
}
