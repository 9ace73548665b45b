package dev.botwright.internal.setup;

import dev.botwright.config.SetupConfiguration;
import io.micronaut.runtime.ApplicationConfiguration;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code app.yml} (the configured manifest file in the working directory, else the same name
 * on the classpath) each time the setup page is shown, so edits need no restart.
 */
@Singleton
final class ManifestLoader {

  private static final Logger LOG = LoggerFactory.getLogger(ManifestLoader.class);
  static final String DEFAULT_NAME = "botwright-bot";

  private final SetupConfiguration setup;
  private final SetupUrls urls;
  private final String applicationName;

  ManifestLoader(SetupConfiguration setup, SetupUrls urls, ApplicationConfiguration application) {
    this.setup = setup;
    this.urls = urls;
    this.applicationName = application.getName().orElse(DEFAULT_NAME);
  }

  /** The manifest file's name as configured, for pages and logs. */
  String source() {
    return setup.getManifest();
  }

  AppManifest load() {
    List<String> problems = new ArrayList<>();
    Map<?, ?> declared = read(problems);
    AppManifest built = AppManifest.of(declared, applicationName, urls.webhook(), urls.callback());
    problems.addAll(built.problems());
    if (!problems.isEmpty()) {
      LOG.error(
          "The app manifest {} cannot be used: {}",
          setup.getManifest(),
          String.join(" ", problems));
    }
    return new AppManifest(built.fields(), List.copyOf(problems));
  }

  private Map<?, ?> read(List<String> problems) {
    String name = setup.getManifest();
    Path file = Path.of(name);
    String text;
    try {
      if (Files.isRegularFile(file)) {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } else {
        text = classpath(name);
      }
    } catch (IOException e) {
      problems.add(name + " cannot be read (" + e.getClass().getSimpleName() + ").");
      return Map.of();
    }
    if (text == null) {
      return Map.of();
    }
    try {
      Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
      if (parsed == null) {
        return Map.of();
      }
      if (parsed instanceof Map<?, ?> map) {
        return map;
      }
      problems.add(name + " must be a YAML map of manifest keys such as 'name: my-bot'.");
    } catch (YAMLException e) {
      problems.add(name + " is not valid YAML: " + e.getMessage());
    }
    return Map.of();
  }

  private static String classpath(String name) throws IOException {
    try (InputStream in = ManifestLoader.class.getClassLoader().getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
