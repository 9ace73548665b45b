package dev.botwright.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The versions this build of {@code create-bot} was made with; generated projects depend on the
 * same Botwright version.
 *
 * @param botwright the Botwright version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param micronaut the Micronaut platform version used as the generated project's parent
 * @param errorProne the Error Prone version that runs NullAway in the generated project
 * @param nullAway the NullAway version that checks the generated project's nullness
 */
record VersionInfo(String botwright, String micronaut, String errorProne, String nullAway) {

  static VersionInfo load() {
    Properties properties = new Properties();
    try (InputStream in = VersionInfo.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("create-bot is missing its version.properties");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new VersionInfo(
        properties.getProperty("botwright.version"),
        properties.getProperty("micronaut.version"),
        properties.getProperty("error-prone.version"),
        properties.getProperty("nullaway.version"));
  }

  /** Answers {@code --version}. */
  static final class Provider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      VersionInfo versions = load();
      return new String[] {
        "create-bot " + versions.botwright(),
        "Generates projects on Botwright "
            + versions.botwright()
            + " and Micronaut "
            + versions.micronaut()
            + "; JVM ${java.version} (${java.vendor})"
      };
    }
  }
}
