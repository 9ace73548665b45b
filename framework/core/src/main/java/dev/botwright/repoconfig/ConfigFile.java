package dev.botwright.repoconfig;

import dev.botwright.github.RepoRef;
import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.Objects;

/**
 * A configuration file to read: {@code .github/<name>} of a repository, at its default branch or at
 * {@code ref}.
 *
 * <pre>{@code
 * ConfigFile file = ConfigFile.of(new RepoRef("octo", "hello"), "my-bot.yml").at("release-2");
 * }</pre>
 *
 * @param repo the repository whose {@code .github/} directory holds the file
 * @param name the file's name under {@code .github/}, ending in {@code .yml}, {@code .yaml} or
 *     {@code .json}
 * @param ref a branch, tag or commit; {@code null} for the default branch
 */
public record ConfigFile(RepoRef repo, String name, @Nullable String ref) {

  /** The directory configuration files live in, as in Probot. */
  public static final String DIRECTORY = ".github/";

  public ConfigFile {
    Objects.requireNonNull(repo, "repo");
    Objects.requireNonNull(name, "name");
    requireValidName(name);
    if (ref != null && ref.isBlank()) {
      throw new IllegalArgumentException("A ref is a branch, tag or commit; use null, not blank");
    }
  }

  /** {@code .github/<name>} of {@code repo} at its default branch. */
  public static ConfigFile of(RepoRef repo, String name) {
    return new ConfigFile(repo, name, null);
  }

  /**
   * The same file at a branch, tag or commit. Only the repository's own file is read there: the
   * owner's {@code .github} fallback and {@code _extends} targets are read at their default
   * branches, as in Probot.
   */
  public ConfigFile at(String ref) {
    return new ConfigFile(repo, name, Objects.requireNonNull(ref, "ref"));
  }

  /** The path in the repository, e.g. {@code .github/my-bot.yml}. */
  public String path() {
    return DIRECTORY + name;
  }

  /**
   * Whether {@code path} ends as a configuration file's name does: {@code .yml}, {@code .yaml} or
   * {@code .json}, in any case.
   */
  public static boolean isConfigName(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yml") || lower.endsWith(".yaml") || lower.endsWith(".json");
  }

  private static void requireValidName(String path) {
    if (path.isBlank() || path.startsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException(
          "A configuration file is a relative path like 'my-bot.yml', but got '" + path + "'");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException(
            "A configuration file's path has no empty, '.' or '..' parts, but got '" + path + "'");
      }
    }
    if (!isConfigName(path)) {
      throw new IllegalArgumentException(
          "A configuration file is YAML or JSON and its name ends in .yml, .yaml or .json, but got '"
              + path
              + "'");
    }
  }
}
