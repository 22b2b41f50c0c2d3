package org.paperscope.tags;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.paperscope.paper.Paper;

/**
 * What automatic tagging knows: the tags authors gave (the vocabulary) and, for each, how often a
 * paper whose title or abstract writes the tag out was given it by its authors — its
 * "keyphraseness" (Mihalcea and Csomai 2007, "Wikify!"): "graph neural network" written out is
 * usually a keyword, "neural network" seldom. Fitted on papers with author keywords ({@link #fit});
 * the model PaperScope ships is {@value #SHIPPED}. Immutable and thread-safe.
 */
public final class TagModel {
  /** The model fitted on ICLR 2017, 2018 and 2020 keywords (docs/evaluation.md, "Tags"). */
  public static final String SHIPPED = "/tags/tag-model.tsv";

  /** Papers that must carry a tag for it to enter the vocabulary. */
  static final int MIN_PAPERS = 2;

  /**
   * One tag's statistics.
   *
   * @param name how papers write it most often
   * @param papers papers tagged with it
   * @param writtenIn papers whose title or abstract write it out
   * @param taggedWhereWritten those of them tagged with it
   */
  public record Stats(String name, int papers, int writtenIn, int taggedWhereWritten) {
    /** Tagged where written, smoothed: (tagged + 0.5) / (written + 2). */
    public double keyphraseness() {
      return (taggedWhereWritten + 0.5) / (writtenIn + 2.0);
    }
  }

  private final Map<String, Stats> stats;
  private final List<String> keys;
  private final TagMatcher matcher;
  private final String version;

  private TagModel(Map<String, Stats> stats) {
    this.stats = Map.copyOf(stats);
    this.keys = List.copyOf(new TreeMap<>(stats).keySet());
    this.matcher = new TagMatcher(stats.keySet());
    this.version = digest(stats);
  }

  /** Fits a model on papers with author keywords (papers without any are ignored). */
  public static TagModel fit(List<Paper> papers) {
    TagNames.Builder names = TagNames.builder();
    Map<String, Integer> tagged = new HashMap<>();
    List<Paper> keyworded = papers.stream().filter(p -> !p.keywords().isEmpty()).toList();
    for (Paper p : keyworded) {
      p.keywords().forEach(names::add);
      for (String key : TagKey.ofAll(p.keywords())) {
        tagged.merge(key, 1, Integer::sum);
      }
    }
    Set<String> vocabulary = new LinkedHashSet<>();
    tagged.forEach(
        (key, n) -> {
          if (n >= MIN_PAPERS) {
            vocabulary.add(key);
          }
        });
    TagMatcher matcher = new TagMatcher(vocabulary);
    Map<String, Integer> written = new HashMap<>();
    Map<String, Integer> hits = new HashMap<>();
    for (Paper p : keyworded) {
      Set<String> own = TagKey.ofAll(p.keywords());
      for (TagMatcher.Occurrence o : matcher.find(p.title(), p.abstractText())) {
        written.merge(o.key(), 1, Integer::sum);
        if (own.contains(o.key())) {
          hits.merge(o.key(), 1, Integer::sum);
        }
      }
    }
    TagNames built = names.build();
    Map<String, Stats> stats = new TreeMap<>();
    for (String key : vocabulary) {
      stats.put(
          key,
          new Stats(
              built.name(key),
              tagged.get(key),
              written.getOrDefault(key, 0),
              hits.getOrDefault(key, 0)));
    }
    return new TagModel(stats);
  }

  /** The model PaperScope ships. */
  public static TagModel shipped() {
    try (InputStream in = TagModel.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SHIPPED);
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SHIPPED, e);
    }
  }

  /** Reads a model written by {@link #write}. */
  public static TagModel read(BufferedReader reader) throws IOException {
    Map<String, Stats> stats = new TreeMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 5) {
        throw new IOException("tag model: expected 5 tab-separated fields: " + line);
      }
      stats.put(
          f[0],
          new Stats(f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])));
    }
    return new TagModel(stats);
  }

  /** Writes the model as TSV: key, name, papers, written in, tagged where written. */
  public void write(Writer out) throws IOException {
    out.write("# PaperScope tag model: key\tname\tpapers\twrittenIn\ttaggedWhereWritten\n");
    for (Map.Entry<String, Stats> e : new TreeMap<>(stats).entrySet()) {
      Stats s = e.getValue();
      out.write(
          e.getKey()
              + "\t"
              + s.name()
              + "\t"
              + s.papers()
              + "\t"
              + s.writtenIn()
              + "\t"
              + s.taggedWhereWritten()
              + "\n");
    }
  }

  /** The statistics of the tag with this key, or null when it is not in the vocabulary. */
  public Stats stats(String key) {
    return stats.get(key);
  }

  /** The vocabulary: every tag's key, in key order. */
  public List<String> keys() {
    return keys;
  }

  /** How many tags the vocabulary has. */
  public int size() {
    return stats.size();
  }

  TagMatcher matcher() {
    return matcher;
  }

  /** A short digest of the statistics: tags computed with another model are recomputed. */
  public String version() {
    return version;
  }

  private static String digest(Map<String, Stats> stats) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      List<String> keys = new ArrayList<>(new TreeMap<>(stats).keySet());
      for (String key : keys) {
        Stats s = stats.get(key);
        md.update((key + "\t" + s + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
