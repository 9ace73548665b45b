package dev.botwright.internal.repoconfig;

import dev.botwright.github.RepoRef;
import dev.botwright.repoconfig.ConfigFile;
import dev.botwright.repoconfig.RepositoryConfigException;
import io.micronaut.json.tree.JsonNode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an {@code _extends} value points: {@code other-repo} (same owner, same path), {@code
 * owner/repo} (same path) or {@code owner/repo:path/to/file.yml}, as Probot's octokit-plugin-config
 * reads it. Targets are read at their default branch.
 *
 * @param repo the repository
 * @param path the file's path in it
 */
record ExtendsTarget(RepoRef repo, String path) {

  static final String KEY = "_extends";

  private static final Pattern VALUE =
      Pattern.compile(
          "(?:([a-z\\d](?:[a-z\\d]|-(?=[a-z\\d])){0,38})/)?([-_.\\w]+)(?::([-_./\\w]+))?",
          Pattern.CASE_INSENSITIVE);

  /**
   * @param value the {@code _extends} value
   * @param fromRepo the repository of the file holding it (its owner is the default owner)
   * @param fromPath the path of the file that started the chain (the default path)
   * @param location {@code from} as {@code owner/repo:path}, for errors
   */
  static ExtendsTarget parse(JsonNode value, RepoRef fromRepo, String fromPath, String location) {
    Matcher match = value.isString() ? VALUE.matcher(value.getStringValue().trim()) : null;
    if (match == null) {
      throw new RepositoryConfigException(
          location,
          location
              + " has an _extends that is not text: write 'other-repo', 'owner/repo' or"
              + " 'owner/repo:path/to/file.yml'.");
    }
    if (!match.matches()) {
      throw new RepositoryConfigException(
          location,
          location
              + " has '_extends: "
              + value.getStringValue()
              + "', which is not a repository: write 'other-repo', 'owner/repo' or"
              + " 'owner/repo:path/to/file.yml'.");
    }
    String owner = match.group(1) == null ? fromRepo.owner() : match.group(1);
    String path = match.group(3) == null ? fromPath : match.group(3);
    try {
      ConfigFile.of(fromRepo, path);
    } catch (IllegalArgumentException e) {
      throw new RepositoryConfigException(
          location,
          location
              + " has '_extends: "
              + value.getStringValue()
              + "' whose path is not a YAML or JSON file in the repository: "
              + e.getMessage()
              + ".");
    }
    return new ExtendsTarget(new RepoRef(owner, match.group(2)), path);
  }

  /** {@code owner/repo:path}. */
  String location() {
    return repo + ":" + path;
  }

  /** Names compare as GitHub compares them: without case. */
  String identity() {
    return location().toLowerCase(Locale.ROOT);
  }
}
