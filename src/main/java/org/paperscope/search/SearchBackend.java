package org.paperscope.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.paperscope.data.DataDir;

/**
 * A search backend: opens {@link PaperSearch}es over a data directory and says when a newer commit
 * is there to open. The embedded Lucene index is the default ({@code lucene}); another backend
 * (SolrCloud) sits in its own module and is chosen by configuration: the system property {@value
 * #PROPERTY} names it, and it is found with {@link ServiceLoader} (a {@code
 * META-INF/services/org.paperscope.search.SearchBackend} entry in its jar).
 */
public interface SearchBackend {
  /** The system property that names the backend to use. */
  String PROPERTY = "paperscope.backend";

  /** The backend used when none is named. */
  String DEFAULT = "lucene";

  /** The backend's name, e.g. {@code lucene}. */
  String name();

  /**
   * Opens the newest commit of the papers in {@code data}.
   *
   * @throws IOException when there is nothing to open (the message says to ingest first)
   */
  PaperSearch open(DataDir data, QueryLimits limits) throws IOException;

  /**
   * A token that changes with every commit, to tell whether a newer one can be opened; empty when
   * there is no index yet.
   */
  Optional<String> latestCommit(DataDir data) throws IOException;

  /** The configured backend: {@value #PROPERTY}, or {@value #DEFAULT}. */
  static SearchBackend configured() {
    return named(System.getProperty(PROPERTY, DEFAULT));
  }

  /**
   * The backend with this name.
   *
   * @throws IllegalArgumentException naming the backends there are when none has this name
   */
  static SearchBackend named(String name) {
    List<SearchBackend> all =
        ServiceLoader.load(SearchBackend.class).stream().map(ServiceLoader.Provider::get).toList();
    return all.stream()
        .filter(b -> b.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no search backend '"
                        + name
                        + "' (-D"
                        + PROPERTY
                        + "); there are: "
                        + String.join(", ", all.stream().map(SearchBackend::name).toList())));
  }

  /** Opens the newest commit in {@code data} with the configured backend. */
  static PaperSearch openConfigured(DataDir data, QueryLimits limits) throws IOException {
    return configured().open(data, limits);
  }
}
