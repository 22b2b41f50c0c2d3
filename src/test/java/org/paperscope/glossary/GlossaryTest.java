package org.paperscope.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperscope.paper.Paper;

class GlossaryTest {
  private static Paper paper(String id, int year, String title, String abstractText) {
    return Paper.builder(id, title).year(year).abstractText(abstractText).build();
  }

  private static Glossary glossary(Paper... papers) {
    GlossaryBuilder builder = Glossary.builder(ConceptDetector.standard());
    for (Paper p : papers) {
      builder.add(p, null);
    }
    return builder.build();
  }

  @Test
  void theEarliestPaperDefinesAConceptAndLaterOnesMentionIt() {
    Glossary glossary =
        glossary(
            paper("b", 2019, "Meta-learning again", "We apply Reptile to few-shot tasks."),
            paper(
                "a",
                2018,
                "On First-Order Meta-Learning",
                "We propose Reptile, a first-order" + " meta-learning algorithm."),
            paper("c", 2020, "More", "We propose Reptile, a simple method."));
    GlossaryEntry reptile = glossary.find("reptile").orElseThrow();
    assertThat(reptile.definedBy()).isEqualTo("a");
    assertThat(reptile.year()).isEqualTo(2018);
    assertThat(reptile.definers()).containsExactly("a", "c");
    assertThat(reptile.mentionedBy()).containsExactly("c", "b", "a");
    assertThat(glossary.introducedBy("a")).containsExactly(reptile);
    assertThat(glossary.introducedBy("b")).isEmpty();
  }

  @Test
  void oneAcronymWithTwoLongFormsIsTwoConcepts() {
    Glossary glossary =
        glossary(
            paper("a", 2015, "T", "We propose Kronecker Recurrent Units (KRU), a new cell."),
            paper("b", 2016, "T", "We introduce Knowledge Retrieval Units (KRU), a new memory."));
    assertThat(glossary.entries())
        .extracting(e -> e.aliases().get(0))
        .containsExactlyInAnyOrder("Kronecker Recurrent Units", "Knowledge Retrieval Units");
    assertThat(glossary.find("Knowledge Retrieval Units").orElseThrow().definedBy()).isEqualTo("b");
  }

  @Test
  void aNameEarlierPapersAlreadyUseIsAnExistingTerm() {
    Glossary glossary =
        glossary(
            paper("x1", 2010, "T", "Training with FooNet is hard."),
            paper("x2", 2011, "T", "FooNet overfits."),
            paper("x3", 2012, "T", "We analyse FooNet."),
            paper("late", 2013, "T", "We propose FooNet, a novel network."),
            paper("new", 2013, "T", "We propose BarNet, a novel network."));
    assertThat(glossary.find("FooNet")).isEmpty();
    assertThat(glossary.find("BarNet")).isPresent();
  }

  @Test
  void acronymsAreMentionedOnlyAsWritten() {
    Glossary glossary =
        glossary(
            paper(
                "a",
                2020,
                "T",
                "We propose a planner named Neural Exploration-Exploitation"
                    + " Trees (NEXT) for planning."),
            paper("b", 2021, "T", "The next step is to plan."),
            paper(
                "c",
                2021,
                "T",
                "We compare with NEXT and with neural exploration-exploitation" + " trees."));
    assertThat(glossary.find("NEXT").orElseThrow().mentionedBy()).containsExactly("c", "a");
    List<Glossary.Span> spans = glossary.mentions("Unlike NEXT, the next planner …");
    assertThat(spans).hasSize(1);
    assertThat(spans.get(0).start()).isEqualTo(7);
    assertThat(spans.get(0).end()).isEqualTo(11);
  }

  @Test
  void conceptOfTheDayIsTheSameAllDayAndVaries() {
    Glossary glossary =
        glossary(
            paper("a", 2018, "T", "We propose AlphaNet, a novel network."),
            paper("b", 2018, "T", "We propose BetaNet, a novel network."),
            paper("c", 2018, "T", "We propose GammaNet, a novel network."),
            paper("d", 2018, "T", "We propose DeltaNet, a novel network."));
    LocalDate day = LocalDate.of(2026, 11, 30);
    assertThat(glossary.ofDay(day)).isEqualTo(glossary.ofDay(day));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      seen.add(glossary.ofDay(day.plusDays(i)).orElseThrow().name());
    }
    assertThat(seen).hasSizeGreaterThan(2);
    assertThat(glossary.days(day, 3)).hasSize(3);
    assertThat(glossary(new Paper[0]).ofDay(day)).isEmpty();
  }

  @Test
  void relatedConceptsAreThoseMentionedAlongside() {
    Glossary glossary =
        glossary(
            paper("a", 2018, "T", "We propose AlphaNet, a novel network."),
            paper("b", 2018, "T", "We propose BetaNet, a novel network."),
            paper("c", 2018, "T", "We propose GammaNet, a novel network."),
            paper("d", 2019, "T", "AlphaNet beats BetaNet."),
            paper("e", 2019, "T", "AlphaNet and BetaNet again."));
    GlossaryEntry alpha = glossary.find("AlphaNet").orElseThrow();
    assertThat(glossary.related(alpha)).extracting(GlossaryEntry::name).containsExactly("BetaNet");
  }

  @Test
  void plainLowerCaseWordsAndTwoLetterAcronymsAreNotConcepts() {
    Glossary glossary =
        glossary(
            paper(
                "a",
                2018,
                "T",
                "We introduce dropout, a regulariser, and Contrastive"
                    + " Learning (CL) for images."));
    assertThat(glossary.entries()).isEmpty();
  }
}
