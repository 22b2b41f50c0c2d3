package org.paperscope.glossary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Names papers use but do not introduce (CNN, GAN, BERT, ImageNet …), from the resource {@code
 * glossary/known-names.txt}. Immutable and thread-safe.
 */
final class KnownNames {
  private static final String RESOURCE = "/glossary/known-names.txt";
  private final Set<String> keys;

  private KnownNames(Set<String> keys) {
    this.keys = Set.copyOf(keys);
  }

  static KnownNames standard() {
    try (InputStream in = KnownNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Set<String> keys = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          keys.add(ConceptKey.of(line));
        }
      }
      return new KnownNames(keys);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  boolean contains(String name) {
    return keys.contains(ConceptKey.of(name));
  }
}
