package org.paperscope.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.cli.PaperScopeCommand;
import org.paperscope.data.DataDir;
import org.paperscope.fixtures.SharedData;
import org.paperscope.paper.Paper;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;

/**
 * {@code paperscope harvest} against recorded API answers on a local server: paging, incremental
 * runs, new versions, 503, malformed answers, an unreachable host, OpenReview notes.
 */
@org.junit.jupiter.api.extension.ExtendWith(SharedData.class)
public class HarvestCommandIT {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        PaperScopeCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private Paper paper(String id) throws Exception {
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(dir.resolve("data")), QueryLimits.DEFAULTS)) {
      return searcher.paper(id).orElseThrow();
    }
  }

  public static String entry(String id, String version, String title) {
    return """
        <entry>
          <id>http://arxiv.org/abs/%1$s%2$s</id>
          <updated>2026-11-29T10:00:00Z</updated>
          <published>2026-11-01T10:00:00Z</published>
          <title>%3$s</title>
          <summary>An abstract about %3$s.</summary>
          <author><name>Ada Lovelace</name></author>
          <link href="http://arxiv.org/abs/%1$s%2$s" rel="alternate" type="text/html"/>
          <link title="pdf" href="http://arxiv.org/pdf/%1$s%2$s" rel="related" type="application/pdf"/>
          <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.LG"/>
        </entry>
        """
        .formatted(id, version, title);
  }

  public static String feed(String... entries) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        + "<title>ArXiv Query</title>\n"
        + String.join("", entries)
        + "</feed>\n";
  }

  /** Two full pages of two entries and a last one; {@code v} the version of the first paper. */
  static Function<String, RecordedApi.Answer> arxiv(String firstTitle, String version) {
    return path -> {
      if (!path.startsWith("/api/query?")) {
        return RecordedApi.Answer.status(404, Map.of());
      }
      if (path.contains("start=0&")) {
        return RecordedApi.Answer.ok(
            feed(
                entry("2611.00001", version, firstTitle),
                entry("2611.00002", "v1", "Second paper")));
      }
      if (path.contains("start=2&")) {
        return RecordedApi.Answer.ok(
            feed(
                entry("2611.00003", "v1", "Third paper"),
                entry("2611.00004", "v1", "Fourth paper")));
      }
      return RecordedApi.Answer.ok(feed(entry("2611.00005", "v1", "Fifth paper")));
    };
  }

  /** {@code harvest SOURCE… --data D --base-url B --delay-ms 0 --no-enrich MORE…}. */
  private String[] harvest(RecordedApi api, List<String> source, String... more) {
    List<String> args = new ArrayList<>(List.of("harvest"));
    args.addAll(source);
    args.addAll(
        List.of(
            "--data",
            dir.resolve("data").toString(),
            "--base-url",
            api.base().toString(),
            "--delay-ms",
            "0",
            "--no-enrich"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private String[] arxivArgs(RecordedApi api) {
    return harvest(api, List.of("arxiv", "--category", "cs.LG"), "--page-size", "2");
  }

  @Test
  void anArxivCategoryIsFetchedPageByPageAndASecondRunAddsNothing() throws Exception {
    try (RecordedApi api = new RecordedApi(arxiv("First paper", "v1"))) {
      Run first = run(arxivArgs(api));
      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out()).contains("fetched 5 records").contains("added 5");
      assertThat(api.requests).hasSize(3);
      assertThat(api.requests.get(0).pathAndQuery())
          .contains("search_query=cat%3Acs.LG+AND+lastUpdatedDate%3A%5B")
          .contains("sortBy=lastUpdatedDate");
      assertThat(api.requests).allSatisfy(r -> assertThat(r.userAgent()).startsWith("PaperScope/"));
      assertThat(Files.exists(dir.resolve("data/harvest/arxiv-cs.LG.json"))).isTrue();
      assertThat(paper("2611.00001").links().pdf()).contains("arxiv.org/pdf/2611.00001");

      Run second = run(arxivArgs(api));
      assertThat(second.out()).contains("added 0").contains("updated 0");
    }
  }

  @Test
  void aWithdrawnVersionMarksThePaperWithdrawn() throws Exception {
    try (RecordedApi api = new RecordedApi(arxiv("First paper", "v1"))) {
      assertThat(run(arxivArgs(api)).code()).isZero();
    }
    String withdrawn =
        entry("2611.00001", "v2", "First paper")
            .replace(
                "</entry>",
                "<arxiv:comment xmlns:arxiv=\"http://arxiv.org/schemas/atom\">This paper has been"
                    + " withdrawn by the author due to an error</arxiv:comment></entry>");
    try (RecordedApi api = new RecordedApi(path -> RecordedApi.Answer.ok(feed(withdrawn)))) {
      Run again = run(arxivArgs(api));
      assertThat(again.out()).contains("updated 1");
    }
    assertThat(paper("2611.00001").decision()).isEqualTo("Withdrawn");
    assertThat(paper("2611.00002").decision()).isNull();
  }

  @Test
  void aNewVersionUpdatesThePaperUnderItsId() throws Exception {
    try (RecordedApi api = new RecordedApi(arxiv("First paper", "v1"))) {
      assertThat(run(arxivArgs(api)).code()).isZero();
    }
    try (RecordedApi api = new RecordedApi(arxiv("First paper, revised", "v2"))) {
      Run again = run(arxivArgs(api));
      assertThat(again.out()).contains("updated 1").contains("added 0");
    }
    assertThat(paper("2611.00001").title()).isEqualTo("First paper, revised");
  }

  @Test
  void aFailureMidwayKeepsThePagesBeforeAndTheNextRunResumes() throws Exception {
    AtomicBoolean broken = new AtomicBoolean(true);
    Function<String, RecordedApi.Answer> good = arxiv("First paper", "v1");
    try (RecordedApi api =
        new RecordedApi(
            path ->
                broken.get() && path.contains("start=2&")
                    ? RecordedApi.Answer.status(500, Map.of())
                    : good.apply(path))) {
      Run failed = run(arxivArgs(api));
      assertThat(failed.code()).isEqualTo(1);
      assertThat(failed.err()).contains("HTTP 500").contains("run again");
      assertThat(paper("2611.00002").title()).isEqualTo("Second paper");
      assertThat(Files.exists(dir.resolve("data/harvest/arxiv-cs.LG.json"))).isFalse();
      broken.set(false);
      Run resumed = run(arxivArgs(api));
      assertThat(resumed.code()).isZero();
      assertThat(resumed.out()).contains("added 3");
    }
  }

  @Test
  void malformedXmlIsReportedAndAnUnreachableHostIsOneLine() throws Exception {
    try (RecordedApi api =
        new RecordedApi(
            path ->
                RecordedApi.Answer.ok(
                    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>x</id>"))) {
      Run truncated = run(arxivArgs(api));
      assertThat(truncated.code()).isZero();
      assertThat(truncated.out()).contains("rejected");
    }
    Run offline =
        run(
            "harvest",
            "arxiv",
            "--category",
            "cs.LG",
            "--data",
            dir.resolve("data").toString(),
            "--base-url",
            "http://127.0.0.1:1",
            "--delay-ms",
            "0",
            "--no-enrich");
    assertThat(offline.code()).isEqualTo(1);
    assertThat(offline.err().strip().lines()).hasSize(1);
    assertThat(offline.err()).contains("unreachable");
  }

  @Test
  void anOpenReviewVenueBringsTitlesAbstractsTldrsAndDecisions() throws Exception {
    String page =
        """
        {"count": 3, "notes": [
          {"id": "abc123", "forum": "abc123", "content": {
            "title": {"value": "Sparse Mixtures of Experts"},
            "authors": {"value": ["Grace Hopper", "Alan Turing"]},
            "abstract": {"value": "We route tokens."},
            "keywords": {"value": ["mixture of experts", "routing"]},
            "TLDR": {"value": "Routing tokens to experts scales."},
            "venue": {"value": "ICLR 2025 Poster"},
            "venueid": {"value": "ICLR.cc/2025/Conference"},
            "pdf": {"value": "/pdf/abc123.pdf"}}},
          {"id": "def456", "forum": "def456", "content": {
            "title": {"value": "Withdrawn Work"},
            "venue": {"value": "ICLR 2025 Conference Withdrawn Submission"}}},
          {"id": "ghi789", "content": {"abstract": {"value": "No title."}}}
        ]}
        """;
    try (RecordedApi api =
        new RecordedApi(
            path ->
                path.startsWith("/notes?content.venueid=ICLR.cc%2F2025%2FConference")
                    ? RecordedApi.Answer.ok(page)
                    : RecordedApi.Answer.ok("not json"))) {
      Run run = run(harvest(api, List.of("openreview", "--venue", "ICLR.cc/2025/Conference")));
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out())
          .contains("fetched 3 records")
          .contains("added 2")
          .contains("rejected 1");
      Paper moe = paper("abc123");
      assertThat(moe.authors()).containsExactly("Grace Hopper", "Alan Turing");
      assertThat(moe.tldr()).isEqualTo("Routing tokens to experts scales.");
      assertThat(moe.venue()).isEqualTo("ICLR");
      assertThat(moe.year()).isEqualTo(2025);
      assertThat(moe.decision()).isEqualTo("Poster");
      assertThat(moe.links().pdf()).isEqualTo("https://openreview.net/pdf/abc123.pdf");
      assertThat(paper("def456").decision()).isEqualTo("Withdrawn");
    }
    try (RecordedApi api = new RecordedApi(path -> RecordedApi.Answer.ok("{not json"))) {
      Run bad = run(harvest(api, List.of("openreview", "--venue", "X/2025")));
      assertThat(bad.code()).isEqualTo(1);
      assertThat(bad.err()).contains("not JSON");
    }
  }

  /** An OpenReview note as API v2 has it, changed at {@code tmdate}. */
  private static String note(String id, String title, long tmdate) {
    return """
        {"id": "%s", "forum": "%s", "tmdate": %d, "content": {
          "title": {"value": "%s"}, "venueid": {"value": "ICLR.cc/2025/Conference"}}}"""
        .formatted(id, id, tmdate, title);
  }

  /** Answers {@code /notes} pages from {@code notes}, sorted by tmdate descending as asked. */
  private static RecordedApi.Answer notesPage(String path, List<String[]> notes) {
    assertThat(path).contains("sort=tmdate:desc");
    java.util.regex.Matcher limit = java.util.regex.Pattern.compile("limit=(\\d+)").matcher(path);
    java.util.regex.Matcher offset = java.util.regex.Pattern.compile("offset=(\\d+)").matcher(path);
    assertThat(limit.find() && offset.find()).isTrue();
    List<String[]> sorted = new ArrayList<>(notes);
    sorted.sort((a, b) -> Long.compare(Long.parseLong(b[2]), Long.parseLong(a[2])));
    int from = Math.min(sorted.size(), Integer.parseInt(offset.group(1)));
    int to = Math.min(sorted.size(), from + Integer.parseInt(limit.group(1)));
    return RecordedApi.Answer.ok(
        "{\"count\": %d, \"notes\": [%s]}"
            .formatted(
                notes.size(),
                String.join(
                    ",",
                    sorted.subList(from, to).stream()
                        .map(n -> note(n[0], n[1], Long.parseLong(n[2])))
                        .toList())));
  }

  @Test
  void anOpenReviewVenueIsHarvestedIncrementallyByModificationTime() throws Exception {
    List<String[]> notes =
        new java.util.concurrent.CopyOnWriteArrayList<>(
            List.of(
                new String[] {"n1", "First Note", "1000"},
                new String[] {"n2", "Second Note", "2000"},
                new String[] {"n3", "Third Note", "3000"}));
    try (RecordedApi api = new RecordedApi(path -> notesPage(path, notes))) {
      String[] args =
          harvest(
              api, List.of("openreview", "--venue", "ICLR.cc/2025/Conference"), "--page-size", "2");
      Run first = run(args);
      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out())
          .contains("every note")
          .contains("fetched 3 records")
          .contains("added 3");
      assertThat(api.requests).hasSize(2);
      assertThat(
              Files.readString(dir.resolve("data/harvest/openreview-ICLR.cc_2025_Conference.json")))
          .contains("3000");

      // Nothing changed: one page asked for, and only the newest note seen again (unchanged).
      api.requests.clear();
      Run second = run(args);
      assertThat(second.code()).as(second.err()).isZero();
      assertThat(second.out()).contains("changed since").contains("fetched 1 records");
      assertThat(second.out()).contains("added 0").contains("updated 0");
      assertThat(api.requests).hasSize(1);

      // A revised note and a new one come first and are all that is handed on.
      notes.set(0, new String[] {"n1", "First Note, Revised", "4000"});
      notes.add(new String[] {"n4", "Fourth Note", "5000"});
      api.requests.clear();
      Run third = run(args);
      assertThat(third.code()).as(third.err()).isZero();
      assertThat(third.out()).contains("added 1").contains("updated 1");
      assertThat(paper("n1").title()).isEqualTo("First Note, Revised");
      assertThat(paper("n4").title()).isEqualTo("Fourth Note");
      assertThat(api.requests).hasSize(2);

      // --full fetches every note again.
      api.requests.clear();
      Run full =
          run(harvest(api, List.of("openreview", "--venue", "ICLR.cc/2025/Conference", "--full")));
      assertThat(full.code()).as(full.err()).isZero();
      assertThat(full.out()).contains("every note").contains("fetched 4 records");
    }
  }

  @Test
  void pdfsAreDownloadedOnceCheckedAndReadForFullText() throws Exception {
    byte[] pdf = Files.readAllBytes(SharedData.file("pdfs/labml-arxiv/1706.03762.pdf"));
    java.util.concurrent.atomic.AtomicReference<String> base =
        new java.util.concurrent.atomic.AtomicReference<>();
    Function<String, RecordedApi.Answer> answers =
        path -> {
          if (path.startsWith("/pdf/2611.00011v1")) {
            return new RecordedApi.Answer(200, Map.of("Content-Type", "application/pdf"), pdf);
          }
          if (path.startsWith("/pdf/2611.00012v1")) {
            return new RecordedApi.Answer(
                200, Map.of("Content-Type", "text/html"), "<html>captcha</html>".getBytes());
          }
          String good =
              entry("2611.00011", "v1", "Attention Is All You Need")
                  .replace("http://arxiv.org/pdf/2611.00011v1", base.get() + "/pdf/2611.00011v1");
          String bad =
              entry("2611.00012", "v1", "A paper behind a wall")
                  .replace("http://arxiv.org/pdf/2611.00012v1", base.get() + "/pdf/2611.00012v1");
          return RecordedApi.Answer.ok(feed(good, bad));
        };
    try (RecordedApi api = new RecordedApi(answers)) {
      base.set(api.base().toString());
      String[] args = harvest(api, List.of("arxiv", "--category", "cs.LG"), "--pdfs");
      Run first = run(args);
      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out())
          .contains("PDFs: 1 downloaded, 0 fetched before, 1 refused")
          .contains("not a PDF (text/html)");
      try (PaperSearch searcher =
          SearchBackend.openConfigured(DataDir.of(dir.resolve("data")), QueryLimits.DEFAULTS)) {
        assertThat(
                searcher
                    .search(
                        org.paperscope.search.SearchRequest.of(
                            "text:\"scaled dot-product attention\""))
                    .total())
            .isEqualTo(1);
      }
      Run second = run(args);
      assertThat(second.out()).contains("PDFs: 0 downloaded, 1 fetched before");
      assertThat(api.counts.get("/pdf/2611.00011v1")).isEqualTo(1);
    }
  }
}
