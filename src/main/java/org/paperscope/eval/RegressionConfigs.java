package org.paperscope.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and reads regression configs: a YAML file anywhere, or one bundled with PaperScope under
 * {@value #BUNDLED} (src/main/resources/eval/regressions/NAME.yaml), named without the extension.
 * Stateless.
 */
public final class RegressionConfigs {
  /** The class-path folder of the bundled configs. */
  public static final String BUNDLED = "eval/regressions/";

  private static final String EXTENSION = ".yaml";

  private RegressionConfigs() {}

  /**
   * Reads the config file {@code fileOrName} when it exists, else the bundled config of that name.
   *
   * @throws MalformedConfigException when there is neither, or the config is not valid
   * @throws IOException when the file cannot be read
   */
  public static RegressionConfig load(String fileOrName) throws IOException {
    Path file = Path.of(fileOrName);
    if (Files.isRegularFile(file)) {
      return read(file);
    }
    String name = nameOf(fileOrName);
    if (bundledNames().contains(name)) {
      return bundled(name);
    }
    throw new MalformedConfigException(
        fileOrName,
        0,
        "no such config file, and no bundled config of that name (bundled: "
            + String.join(", ", bundledNames())
            + ")");
  }

  /**
   * Reads a config file; its name is the file name without {@code .yaml}.
   *
   * @throws MalformedConfigException when it is not a valid config
   * @throws IOException when it cannot be read
   */
  public static RegressionConfig read(Path file) throws IOException {
    try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return RegressionConfigReader.read(
          nameOf(file.getFileName().toString()), file.toString(), text);
    }
  }

  /**
   * Reads the bundled config {@code name}.
   *
   * @throws IOException when there is no such config, or it cannot be read
   */
  public static RegressionConfig bundled(String name) throws IOException {
    String resource = BUNDLED + name + EXTENSION;
    InputStream in = RegressionConfigs.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("no bundled config " + resource);
    }
    try (Reader text = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return RegressionConfigReader.read(name, resource, text);
    }
  }

  /** The names of the bundled configs, sorted. */
  public static List<String> bundledNames() throws IOException {
    Path location;
    try {
      location =
          Path.of(
              RegressionConfigs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate PaperScope's classes", e);
    }
    if (Files.isDirectory(location)) {
      return namesIn(location.resolve(BUNDLED));
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return namesIn(jar.getPath(BUNDLED));
    }
  }

  private static List<String> namesIn(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(EXTENSION))
          .map(RegressionConfigs::nameOf)
          .sorted()
          .toList();
    }
  }

  private static String nameOf(String fileName) {
    return fileName.endsWith(EXTENSION)
        ? fileName.substring(0, fileName.length() - EXTENSION.length())
        : fileName;
  }
}
