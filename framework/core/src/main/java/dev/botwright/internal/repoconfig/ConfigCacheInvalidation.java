package dev.botwright.internal.repoconfig;

import dev.botwright.OnEvent;
import dev.botwright.event.PushCommit;
import dev.botwright.event.PushEvent;
import dev.botwright.github.RepoRef;
import dev.botwright.repoconfig.ConfigFile;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Stream;

/**
 * Drops a repository's cached configuration files when a push to its default branch touches {@code
 * .github/} (or a YAML or JSON file elsewhere, which an {@code _extends} may name), so a changed
 * file is read at once rather than when its cache entry ages out. The bot needs no handler of its
 * own; the app must subscribe to {@code push} events for this.
 */
@Singleton
final class ConfigCacheInvalidation {

  /** GitHub lists at most 20 commits in a push; a longer push may hide a change. */
  private static final int LISTED_COMMITS = 20;

  private final DefaultRepositoryConfigs configs;

  ConfigCacheInvalidation(DefaultRepositoryConfigs configs) {
    this.configs = configs;
  }

  @OnEvent("push")
  void pushed(PushEvent push) {
    String defaultBranch = push.repository().defaultBranch();
    if (!push.ref().equals("refs/heads/" + defaultBranch) || !touchesConfig(push)) {
      return;
    }
    configs.invalidate(RepoRef.of(push.repository().fullName()));
  }

  private static boolean touchesConfig(PushEvent push) {
    List<PushCommit> commits = push.commits();
    if (push.forced() || push.deleted() || commits.size() >= LISTED_COMMITS) {
      return true;
    }
    return commits.stream()
        .flatMap(c -> Stream.of(c.added(), c.modified(), c.removed()).flatMap(List::stream))
        .anyMatch(ConfigCacheInvalidation::mayBeConfig);
  }

  /** Under {@code .github/}, or a YAML or JSON file elsewhere that an {@code _extends} may name. */
  private static boolean mayBeConfig(String path) {
    return path.startsWith(ConfigFile.DIRECTORY) || ConfigFile.isConfigName(path);
  }
}
