package dev.botwright.internal.repoconfig;

import dev.botwright.github.GitHubClient;
import dev.botwright.github.RepoRef;
import dev.botwright.repoconfig.ConfigFile;
import dev.botwright.repoconfig.RepositoryConfigException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the files one configuration is made of, as Probot's octokit-plugin-config does: the
 * repository's file, else the owner's {@code .github} repository's file at the same path; then
 * every {@code _extends} target in turn, until a file has none. Unlike Probot, a target that does
 * not exist is an error (a typo would otherwise drop the shared settings silently), and the chain
 * has a length limit.
 */
final class ConfigChain {

  static final String OWNER_REPOSITORY = ".github";

  private final ContentsReader reader;
  private final GitHubClient github;
  private final long installationId;
  private final int maxExtends;

  ConfigChain(ContentsReader reader, GitHubClient github, long installationId, int maxExtends) {
    this.reader = reader;
    this.github = github;
    this.installationId = installationId;
    this.maxExtends = maxExtends;
  }

  /** The files, the base of the chain first and the repository's own file last; empty if none. */
  List<ParsedFile> resolve(ConfigFile file) {
    RepoRef repo = file.repo();
    String path = file.path();
    Optional<String> text = read(repo, path, file.ref());
    if (text.isEmpty() && !repo.repo().equalsIgnoreCase(OWNER_REPOSITORY)) {
      repo = new RepoRef(repo.owner(), OWNER_REPOSITORY);
      text = read(repo, path, null);
    }
    if (text.isEmpty()) {
      return List.of();
    }
    List<ParsedFile> files = new ArrayList<>();
    List<String> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String location = repo + ":" + path;
    while (true) {
      chain.add(location);
      seen.add(location.toLowerCase(java.util.Locale.ROOT));
      ParsedFile parsed = parse(location, path, text.get());
      JsonNode extendsValue = parsed.tree().get(ExtendsTarget.KEY);
      files.add(withoutExtends(parsed));
      if (extendsValue == null || extendsValue.isNull()) {
        break;
      }
      ExtendsTarget target = ExtendsTarget.parse(extendsValue, repo, file.path(), location);
      if (seen.contains(target.identity())) {
        throw new RepositoryConfigException(
            location,
            describe(chain, target)
                + " loops back: remove the _extends that points back to an earlier file.");
      }
      if (chain.size() > maxExtends) {
        throw new RepositoryConfigException(
            location,
            describe(chain, target)
                + " is longer than "
                + maxExtends
                + " links (botwright.repo-config.max-extends): shorten it.");
      }
      text = read(target.repo(), target.path(), null);
      if (text.isEmpty()) {
        throw new RepositoryConfigException(
            location,
            location
                + " has '_extends: "
                + extendsValue.coerceStringValue()
                + "', but "
                + target.location()
                + " does not exist or this app cannot read it (chain: "
                + String.join(" -> ", chain)
                + "): fix the value, or install the app on "
                + target.repo()
                + ".");
      }
      repo = target.repo();
      path = target.path();
      location = target.location();
    }
    Collections.reverse(files);
    return files;
  }

  private static String describe(List<String> chain, ExtendsTarget next) {
    return "The _extends chain " + String.join(" -> ", chain) + " -> " + next.location();
  }

  private Optional<String> read(RepoRef repo, String path, @Nullable String ref) {
    return reader.read(github, installationId, repo, path, ref);
  }

  private static ParsedFile parse(String location, String path, String text) {
    // JSON allows tabs between tokens, YAML does not; outside strings (the only place JSON has
    // them) a tab and a space mean the same, and lines stay where they were.
    return YamlTree.parse(location, isJson(path) ? text.replace('\t', ' ') : text);
  }

  private static ParsedFile withoutExtends(ParsedFile parsed) {
    if (parsed.tree().get(ExtendsTarget.KEY) == null) {
      return parsed;
    }
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : parsed.tree().entries()) {
      if (!field.getKey().equals(ExtendsTarget.KEY)) {
        fields.put(field.getKey(), field.getValue());
      }
    }
    Map<String, Integer> lines = new LinkedHashMap<>(parsed.lines());
    lines.remove(ExtendsTarget.KEY);
    return new ParsedFile(parsed.location(), JsonNode.createObjectNode(fields), lines);
  }

  /** Whether the file is JSON rather than YAML, by its name. */
  private static boolean isJson(String path) {
    return path.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
  }
}
