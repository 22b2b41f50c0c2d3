package org.paperscope.summaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paperscope.accounts.Accounts;
import org.paperscope.accounts.Role;
import org.paperscope.accounts.User;
import org.paperscope.store.StoreKind;
import org.paperscope.store.TestStores;

class SummariesIT {
  @TempDir Path dir;

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

  /** A store with three accounts: a writer, another writer, a moderator, and a reader. */
  private record World(
      TestStores.TestStore test,
      Summaries summaries,
      SummaryVotes votes,
      SummaryIndexQueue queue,
      User ada,
      User bob,
      User mod,
      User reader)
      implements AutoCloseable {
    @Override
    public void close() {
      test.close();
    }
  }

  private World world(StoreKind kind) throws Exception {
    TestStores.TestStore test = TestStores.open(kind, dir);
    Accounts accounts = new Accounts(test.store(), clock);
    Summaries summaries = new Summaries(test.store(), clock);
    return new World(
        test,
        summaries,
        new SummaryVotes(test.store(), summaries, clock),
        new SummaryIndexQueue(test.store()),
        accounts.add("ada", "correct horse battery", Role.WRITER),
        accounts.add("bob", "correct horse battery", Role.WRITER),
        accounts.add("mod", "correct horse battery", Role.MODERATOR),
        accounts.add("rita", "correct horse battery", Role.READER));
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void aPublishedSummaryIsSeenByAllAndQueuedForTheIndex(StoreKind kind) throws Exception {
    try (World w = world(kind)) {
      Summary s = w.summaries.create("p1", w.ada, new SummaryInput("# GANs\n$x^2$", "EN", false));
      assertThat(s.version()).isEqualTo(1);
      assertThat(s.language()).isEqualTo("en");
      assertThat(s.authorName()).isEqualTo("ada");
      assertThat(w.summaries.forPaper("p1", null, SummaryOrder.VOTES)).containsExactly(s);
      assertThat(w.summaries.publicFor("p1")).containsExactly(s);
      assertThat(w.queue.pending(10))
          .extracting(SummaryIndexQueue.Pending::paperId)
          .containsExactly("p1");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void draftsAreSeenOnlyByTheirAuthorAndNotQueued(StoreKind kind) throws Exception {
    try (World w = world(kind)) {
      Summary draft = w.summaries.create("p1", w.ada, new SummaryInput("draft", "en", true));
      assertThat(w.summaries.get(draft.id(), w.ada)).isPresent();
      assertThat(w.summaries.get(draft.id(), w.bob)).isEmpty();
      assertThat(w.summaries.get(draft.id(), w.mod)).isEmpty();
      assertThat(w.summaries.get(draft.id(), null)).isEmpty();
      assertThat(w.summaries.papersWithSummaries()).isEmpty();
      assertThat(w.queue.pending(10)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void anEditFromAnOldVersionIsAConflictThatLosesNothing(StoreKind kind) throws Exception {
    try (World w = world(kind)) {
      Summary s = w.summaries.create("p1", w.ada, new SummaryInput("first", "en", false));
      Summary second =
          w.summaries.update(s.id(), w.ada, 1, new SummaryInput("second", "en", false));
      assertThat(second.version()).isEqualTo(2);
      // A second tab still holds version 1.
      assertThatThrownBy(
              () -> w.summaries.update(s.id(), w.ada, 1, new SummaryInput("stale", "en", false)))
          .isInstanceOfSatisfying(
              SummaryException.class,
              e -> {
                assertThat(e.kind()).isEqualTo(SummaryException.Kind.CONFLICT);
                assertThat(e.current().markdown()).isEqualTo("second");
                assertThat(e.current().version()).isEqualTo(2);
              });
      assertThat(w.summaries.get(s.id(), null).orElseThrow().markdown()).isEqualTo("second");
      assertThat(w.summaries.revisions(s.id(), null))
          .extracting(Revision::version, Revision::markdown)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(2, "second"),
              org.assertj.core.groups.Tuple.tuple(1, "first"));
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void onlyTheAuthorEditsAndOnlyAuthorOrModeratorDeletes(StoreKind kind) throws Exception {
    try (World w = world(kind)) {
      Summary s = w.summaries.create("p1", w.ada, new SummaryInput("text", "en", false));
      assertThatThrownBy(
              () -> w.summaries.update(s.id(), w.bob, 1, new SummaryInput("x", "en", false)))
          .isInstanceOfSatisfying(
              SummaryException.class,
              e -> assertThat(e.kind()).isEqualTo(SummaryException.Kind.FORBIDDEN));
      assertThatThrownBy(() -> w.summaries.delete(s.id(), w.bob))
          .isInstanceOf(SummaryException.class);
      assertThatThrownBy(
              () -> w.summaries.create("p1", w.reader, new SummaryInput("x", "en", false)))
          .hasMessageContaining("readers cannot write");
      w.summaries.delete(s.id(), w.mod);
      assertThat(w.summaries.get(s.id(), w.ada)).isEmpty();
      assertThatThrownBy(() -> w.summaries.revisions("missing", w.ada))
          .hasMessageContaining("no summary 'missing'");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void eachReaderVotesOnceAndNotForTheirOwn(StoreKind kind) throws Exception {
    try (World w = world(kind)) {
      Summary s = w.summaries.create("p1", w.ada, new SummaryInput("text", "en", false));
      assertThat(w.votes.vote(s.id(), w.bob, true)).isEqualTo(1);
      assertThat(w.votes.vote(s.id(), w.bob, true)).isEqualTo(1);
      assertThat(w.votes.vote(s.id(), w.reader, true)).isEqualTo(2);
      assertThat(w.votes.hasVoted(s.id(), w.bob)).isTrue();
      assertThat(w.votes.vote(s.id(), w.bob, false)).isEqualTo(1);
      assertThatThrownBy(() -> w.votes.vote(s.id(), w.ada, true)).hasMessageContaining("own");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void votesOrderTheListAndDateOrdersByAge(StoreKind kind) throws Exception {
    try (World w = world(kind)) {
      Summary old =
          w.summaries.importSummary(
              "p1",
              "Old",
              new SummaryInput("old", "en", false),
              Instant.parse("2020-01-01T00:00:00Z"),
              0);
      Summary liked =
          w.summaries.importSummary(
              "p1",
              "Liked",
              new SummaryInput("liked", "en", false),
              Instant.parse("2019-01-01T00:00:00Z"),
              7);
      Summary fresh = w.summaries.create("p1", w.ada, new SummaryInput("fresh", "en", false));
      assertThat(w.summaries.forPaper("p1", null, SummaryOrder.VOTES))
          .extracting(Summary::id)
          .containsExactly(liked.id(), fresh.id(), old.id());
      assertThat(w.summaries.forPaper("p1", null, SummaryOrder.DATE))
          .extracting(Summary::id)
          .containsExactly(fresh.id(), old.id(), liked.id());
      assertThat(liked.votes()).isEqualTo(7);
      assertThat(liked.userId()).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void reportsReachModeratorsWhoHideAndRestore(StoreKind kind) throws Exception {
    try (World w = world(kind)) {
      Summary s = w.summaries.create("p1", w.ada, new SummaryInput("spam", "en", false));
      w.votes.report(s.id(), w.reader, "spam");
      w.votes.report(s.id(), w.bob, "advert");
      assertThatThrownBy(() -> w.votes.reported(w.bob)).isInstanceOf(SummaryException.class);
      assertThat(w.votes.reported(w.mod))
          .singleElement()
          .satisfies(r -> assertThat(r.reports()).isEqualTo(2));
      w.queue.done(w.queue.pending(10));
      w.votes.setHidden(s.id(), w.mod, true);
      assertThat(w.summaries.get(s.id(), null)).isEmpty();
      assertThat(w.summaries.get(s.id(), w.ada)).isPresent();
      assertThat(w.summaries.get(s.id(), w.mod)).isPresent();
      assertThat(w.summaries.publicFor("p1")).isEmpty();
      assertThat(w.queue.pending(10)).hasSize(1);
      assertThat(w.votes.reported(w.mod)).isEmpty();
      w.votes.setHidden(s.id(), w.mod, false);
      assertThat(w.summaries.get(s.id(), null)).isPresent();
      assertThatThrownBy(() -> w.votes.setHidden(s.id(), w.bob, true))
          .hasMessageContaining("moderators");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void badInputIsRefusedNamingTheField(StoreKind kind) throws Exception {
    try (World w = world(kind)) {
      assertThatThrownBy(() -> w.summaries.create("p1", w.ada, new SummaryInput("  ", "en", false)))
          .isInstanceOfSatisfying(
              SummaryException.class, e -> assertThat(e.field()).isEqualTo("markdown"));
      assertThatThrownBy(
              () -> w.summaries.create("p1", w.ada, new SummaryInput("x", "not a tag!", false)))
          .isInstanceOfSatisfying(
              SummaryException.class, e -> assertThat(e.field()).isEqualTo("language"));
      String huge = "x".repeat(SummaryInput.MAX_MARKDOWN_CHARS + 1);
      assertThatThrownBy(() -> w.summaries.create("p1", w.ada, new SummaryInput(huge, "en", false)))
          .hasMessageContaining("at most");
      assertThat(w.summaries.create("p1", w.ada, new SummaryInput("ok", "pt_br", false)).language())
          .isEqualTo("pt-BR");
    }
  }

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  void theQueueKeepsAPaperThatChangedAgainWhileBeingIndexed(StoreKind kind) throws Exception {
    try (World w = world(kind)) {
      Summary s = w.summaries.create("p1", w.ada, new SummaryInput("a", "en", false));
      var taken = w.queue.pending(10);
      Clock later = Clock.offset(clock, java.time.Duration.ofSeconds(5));
      new Summaries(w.test.store(), later)
          .update(s.id(), w.ada, 1, new SummaryInput("b", "en", false));
      w.queue.done(taken);
      assertThat(w.queue.pending(10)).hasSize(1);
    }
  }
}
