package org.paperscope.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperscope.data.DataDir;
import org.paperscope.search.lucene.LuceneBackend;

class SearchBackendTest {
  @TempDir Path dir;

  @Test
  void theEmbeddedLuceneIndexIsTheDefaultBackendFoundByServiceLoader() {
    assertThat(SearchBackend.configured()).isInstanceOf(LuceneBackend.class);
    assertThat(SearchBackend.named("lucene").name()).isEqualTo("lucene");
  }

  @Test
  void anUnknownBackendIsAnErrorNamingTheOnesThereAre() {
    assertThatThrownBy(() -> SearchBackend.named("solr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no search backend 'solr'")
        .hasMessageContaining("there are: lucene");
  }

  @Test
  void anEmptyDataDirectoryHasNoCommitAndCannotBeOpened() throws Exception {
    DataDir data = DataDir.of(dir);
    assertThat(SearchBackend.configured().latestCommit(data)).isEmpty();
    assertThatThrownBy(() -> SearchBackend.openConfigured(data, QueryLimits.DEFAULTS))
        .hasMessageContaining("ingest");
  }
}
