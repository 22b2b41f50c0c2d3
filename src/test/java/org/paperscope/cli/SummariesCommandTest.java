package org.paperscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.data.DataDir;
import org.paperscope.search.PaperSearch;
import org.paperscope.search.QueryLimits;
import org.paperscope.search.SearchBackend;
import org.paperscope.search.SearchRequest;

/**
 * {@code users}, {@code summaries import|export}, {@code backup}, and summaries surviving {@code
 * enrich} and {@code reindex}, on a small index and the data directory's SQLite store.
 */
class SummariesCommandTest {
  @TempDir Path dir;
  Path data;

  @BeforeEach
  void ingest() throws IOException {
    data = dir.resolve("data");
    Path papers = dir.resolve("papers.jsonl");
    Files.writeString(
        papers,
        """
        {"id":"gan-1","title":"Generative Adversarial Nets","abstract":"A minimax game."}
        {"id":"vae-1","title":"Auto-Encoding Variational Bayes","abstract":"A lower bound."}
        {"id":"twin-1","title":"Twin Title","abstract":"One."}
        {"id":"twin-2","title":"Twin Title","abstract":"Two."}
        """,
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("ingest", "--no-enrich", "--data", data.toString(), papers.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private long count(String query) throws Exception {
    try (PaperSearch searcher =
        SearchBackend.openConfigured(DataDir.of(data), QueryLimits.DEFAULTS)) {
      return searcher.search(SearchRequest.of(query)).total();
    }
  }

  @Test
  void importAddsGoodRecordsAndReportsBadOnesByFileAndLine() throws Exception {
    Path file =
        write(
            "in.jsonl",
            """
            {"paper":"gan-1","markdown":"The *minimax* game $\\\\min_G \\\\max_D$.","author":"Old Forum","created":"2019-05-01T10:00:00Z","votes":4}
            {"title":"auto-encoding variational bayes","markdown":"ELBO explained.","language":"fr"}

            {"paper":"missing","markdown":"x"}
            {"title":"Twin Title","markdown":"which one?"}
            {"paper":"gan-1"}
            not json
            {"paper":"gan-1","markdown":"x","created":"yesterday"}
            {"paper":"gan-1","markdown":"x","language":"not a tag!"}
            """);
    CliRun run = CliRun.of("summaries", "import", "--data", data.toString(), file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("read 8, added 2, already there 0, rejected 6")
        .contains("in.jsonl:4: no paper with id 'missing'")
        .contains("in.jsonl:5: 2 papers are titled 'Twin Title' (twin-1, twin-2)")
        .contains("in.jsonl:6: no \"markdown\"")
        .contains("in.jsonl:7: not JSON")
        .contains("in.jsonl:8: \"created\" is no ISO-8601 time")
        .contains("in.jsonl:9: 'not a tag!' is no BCP 47 language tag");
    CliRun again = CliRun.of("summaries", "import", "--data", data.toString(), file.toString());
    assertThat(again.out()).contains("added 0, already there 2");
  }

  @Test
  void exportThenImportElsewhereKeepsEverySummary() throws Exception {
    Path file =
        write(
            "in.jsonl",
            """
            {"paper":"gan-1","markdown":"Line one\\n\\n$$x^2$$","author":"Ann","created":"2019-05-01T10:00:00Z","votes":4,"language":"de"}
            {"paper":"vae-1","markdown":"Second.","author":"Bob"}
            """);
    CliRun.of("summaries", "import", "--data", data.toString(), file.toString());
    Path out = dir.resolve("out.jsonl");
    CliRun export =
        CliRun.of("summaries", "export", "--data", data.toString(), "-o", out.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    String exported = Files.readString(out);
    assertThat(exported.lines()).hasSize(2);
    assertThat(exported)
        .contains("\"paper\":\"gan-1\"")
        .contains("\"title\":\"Generative Adversarial Nets\"")
        .contains("\"votes\":4")
        .contains("\"language\":\"de\"")
        .contains("\"created\":\"2019-05-01T10:00:00Z\"");
    // Into a second deployment's store: the same records, nothing lost.
    Path other = dir.resolve("other.db");
    CliRun in =
        CliRun.of(
            "summaries",
            "import",
            "--data",
            data.toString(),
            "--db",
            "sqlite:" + other,
            out.toString());
    assertThat(in.out()).contains("read 2, added 2");
    CliRun back =
        CliRun.of("summaries", "export", "--data", data.toString(), "--db", "sqlite:" + other);
    assertThat(back.out()).isEqualTo(exported);
  }

  @Test
  void enrichMakesImportedSummariesSearchableAndReindexKeepsThem() throws Exception {
    Path file =
        write(
            "in.jsonl", "{\"paper\":\"vae-1\",\"markdown\":\"The reparameterization quokka.\"}\n");
    CliRun.of("summaries", "import", "--data", data.toString(), file.toString());
    assertThat(CliRun.of("enrich", "--data", data.toString()).exitCode()).isZero();
    assertThat(count("summary:quokka")).isEqualTo(1);
    assertThat(count("has:summary")).isEqualTo(1);
    assertThat(count("quokka")).isEqualTo(1);
    CliRun reindex = CliRun.of("reindex", "--data", data.toString());
    assertThat(reindex.exitCode()).as(reindex.err()).isZero();
    assertThat(count("summary:quokka")).isEqualTo(1);
  }

  @Test
  void usersAddListRoleAndToken() {
    CliRun add = CliRun.of("users", "add", "ada", "--role", "moderator", "--data", data.toString());
    assertThat(add.exitCode()).as(add.err()).isZero();
    assertThat(add.out()).contains("added ada (moderator)").containsPattern("password: \\S{16}");
    assertThat(CliRun.of("users", "add", "ada", "--data", data.toString()).err()).contains("taken");
    assertThat(CliRun.of("users", "role", "ada", "reader", "--data", data.toString()).out())
        .contains("ada is now reader");
    assertThat(CliRun.of("users", "list", "--json", "--data", data.toString()).out())
        .containsPattern("\"name\"\\s*:\\s*\"ada\"")
        .containsPattern("\"role\"\\s*:\\s*\"reader\"");
    assertThat(CliRun.of("users", "token", "ada", "--data", data.toString()).out())
        .startsWith("ps_");
    CliRun bad = CliRun.of("users", "add", "bob", "--role", "king", "--data", data.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("reader, writer and moderator");
  }

  @Test
  void backupCopiesTheDatabaseAndRefusesToOverwrite() throws Exception {
    CliRun.of("users", "add", "ada", "--data", data.toString());
    Path copy = dir.resolve("backup.db");
    CliRun run = CliRun.of("backup", "--data", data.toString(), copy.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(
            CliRun.of("users", "list", "--data", data.toString(), "--db", "sqlite:" + copy).out())
        .contains("ada");
    CliRun again = CliRun.of("backup", "--data", data.toString(), copy.toString());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("exists");
    CliRun badDb = CliRun.of("users", "list", "--data", data.toString(), "--db", "mysql://x/y");
    assertThat(badDb.exitCode()).isEqualTo(2);
  }
}
