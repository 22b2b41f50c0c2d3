package org.paperscope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.ingest.CollectingSink.Rejected;
import org.paperscope.paper.Paper;

class ArxivAtomReaderTest {
  /** An arXiv API response as export.arxiv.org/api/query returns it, cut to two entries. */
  static final String FEED =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <link href="http://arxiv.org/api/query?search_query%3Dcat%3Acs.LG&amp;max_results%3D2" rel="self" type="application/atom+xml"/>
        <title type="html">ArXiv Query: search_query=cat:cs.LG&amp;id_list=&amp;start=0&amp;max_results=2</title>
        <id>http://arxiv.org/api/2ODgOr1cDy3Bp5pYdBXtclv3hCI</id>
        <updated>2021-01-05T00:00:00-05:00</updated>
        <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">2</opensearch:totalResults>
        <entry>
          <id>http://arxiv.org/abs/2101.00001v2</id>
          <updated>2021-03-02T18:00:01Z</updated>
          <published>2020-12-31T19:00:05Z</published>
          <title>Etat de l'art sur l'application des bandits multi-bras dans
        Schr\\"{o}dinger's box</title>
          <summary>  We review multi-armed bandits.
      Second line of the abstract.
      </summary>
          <author>
            <name>Djallel Bouneffouf</name>
            <arxiv:affiliation xmlns:arxiv="http://arxiv.org/schemas/atom">IBM Research</arxiv:affiliation>
          </author>
          <author>
            <name>C. Bal\\'azs</name>
          </author>
          <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">12 pages</arxiv:comment>
          <link href="http://arxiv.org/abs/2101.00001v2" rel="alternate" type="text/html"/>
          <link title="pdf" href="http://arxiv.org/pdf/2101.00001v2" rel="related" type="application/pdf"/>
          <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
          <category term="cs.AI" scheme="http://arxiv.org/schemas/atom"/>
          <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
        </entry>
        <entry>
          <id>http://arxiv.org/abs/hep-th/9901001v1</id>
          <published>1999-01-01T12:00:00Z</published>
          <title>String Junctions and Their Duals in Heterotic String Theory</title>
          <summary>We study string junctions.</summary>
          <author><name>Yosuke Imamura</name></author>
          <category term="hep-th" scheme="http://arxiv.org/schemas/atom"/>
        </entry>
      </feed>
      """;

  private final ArxivAtomReader reader = new ArxivAtomReader();

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void readsEveryEntryOfAnApiResponse() throws IOException {
    Path file = write("query.xml", FEED);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected).isEmpty();
    Paper paper = sink.paper("2101.00001");
    assertThat(paper.title())
        .isEqualTo("Etat de l'art sur l'application des bandits multi-bras dans Schrödinger's box");
    assertThat(paper.abstractText())
        .isEqualTo("We review multi-armed bandits. Second line of the abstract.");
    assertThat(paper.authors()).containsExactly("Djallel Bouneffouf", "C. Balázs");
    assertThat(paper.keywords()).containsExactly("cs.LG", "cs.AI");
    assertThat(paper.year()).isEqualTo(2020);
    assertThat(paper.venue()).isEqualTo("arXiv");
    assertThat(paper.links().forum()).isEqualTo("http://arxiv.org/abs/2101.00001v2");
    assertThat(paper.links().pdf()).isEqualTo("http://arxiv.org/pdf/2101.00001v2");
    assertThat(sink.ids()).containsExactly("2101.00001", "hep-th/9901001");
    assertThat(sink.acceptedSources()).containsExactly(file + ":8", file + ":31");
  }

  @Test
  void fillsArxivLinksWhenTheEntryHasNone() throws IOException {
    Paper paper = CollectingSink.read(reader, write("q.atom", FEED)).paper("hep-th/9901001");

    assertThat(paper.links().pdf()).isEqualTo("https://arxiv.org/pdf/hep-th/9901001");
    assertThat(paper.links().forum()).isEqualTo("https://arxiv.org/abs/hep-th/9901001");
    assertThat(paper.year()).isEqualTo(1999);
  }

  @Test
  void rejectsMalformedEntriesAndReadsOn() throws IOException {
    Path file =
        write(
            "bad.xml",
            """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry>
                <id>http://arxiv.org/abs/2101.00002v1</id>
                <title>   </title>
              </entry>
              <entry>
                <id>http://arxiv.org/abs/2101.00003v1</id>
                <title>Bad date</title>
                <published>last week</published>
              </entry>
              <entry>
                <id>urn:uuid:1234</id>
                <title>Not arXiv</title>
              </entry>
              <entry>
                <title>No id</title>
              </entry>
              <entry>
                <id>http://arxiv.org/abs/2101.00004v1</id>
                <title>Fine</title>
                <published>2021-01-01T00:00:00Z</published>
              </entry>
            </feed>
            """);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.rejected)
        .containsExactly(
            new Rejected(file + ":2", "missing title"),
            new Rejected(
                file + ":6",
                "published: expected a date like \"2021-01-31T00:00:00Z\", got \"last week\""),
            new Rejected(file + ":11", "id: expected an arXiv abstract URL, got \"urn:uuid:1234\""),
            new Rejected(file + ":15", "missing id"));
    assertThat(sink.ids()).containsExactly("2101.00004");
  }

  @Test
  void rejectsTheApiErrorEntryWithItsMessage() throws IOException {
    Path file =
        write(
            "error.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="html">ArXiv Query: id_list=1234.12345</title>
              <entry>
                <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id>
                <title>Error</title>
                <summary>incorrect id format for 1234.12345</summary>
                <author><name>arXiv api core</name></author>
              </entry>
            </feed>
            """);

    assertThat(CollectingSink.read(reader, file).rejected)
        .containsExactly(
            new Rejected(file + ":4", "arXiv API error: incorrect id format for 1234.12345"));
  }

  @Test
  void stopsAtBrokenXmlButKeepsTheEntriesBeforeIt() throws IOException {
    String broken =
        FEED.replace("<summary>We study string junctions.</summary>", "<summary>Oops</sumary>");
    Path file = write("broken.xml", broken);

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.ids()).containsExactly("2101.00001");
    assertThat(sink.rejected)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.source()).isEqualTo(file + ":35");
              assertThat(r.reason()).startsWith("invalid XML, stopped reading: ");
            });
  }

  @Test
  void failsWhenTheFileIsNotAnAtomFeed() throws IOException {
    Path html = write("page.xml", "<html><body>Not a feed</body></html>");
    Path text = write("text.xml", "not xml at all");

    assertThatThrownBy(() -> CollectingSink.read(reader, html))
        .isInstanceOf(IOException.class)
        .hasMessage(html + ":1: not an Atom feed, root element is <html>");
    assertThatThrownBy(() -> CollectingSink.read(reader, text))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(text + ":1: not XML: ");
  }

  @Test
  void neverResolvesExternalEntities() throws IOException {
    Path secret = write("secret.txt", "TOP-SECRET");
    Path file =
        write(
            "xxe.xml",
            "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE feed [<!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "<entry><id>http://arxiv.org/abs/2101.00001</id><title>&xxe;</title></entry>\n"
                + "</feed>\n");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.papers()).isEmpty();
    assertThat(sink.rejected)
        .containsExactly(
            new Rejected(
                file + ":4",
                "invalid XML, stopped reading: The entity \"xxe\" was referenced, but not"
                    + " declared."));
  }

  @Test
  void neverExpandsInternalEntities() throws IOException {
    Path file =
        write(
            "laughs.xml",
            "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE feed [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "<entry><id>http://arxiv.org/abs/2101.00001</id><title>&b;</title></entry>\n"
                + "</feed>\n");

    CollectingSink sink = CollectingSink.read(reader, file);

    assertThat(sink.papers()).isEmpty();
    assertThat(sink.rejected)
        .singleElement()
        .extracting(Rejected::reason)
        .asString()
        .contains("The entity \"b\" was referenced, but not declared");
  }
}
