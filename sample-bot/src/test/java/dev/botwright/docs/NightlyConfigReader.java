package dev.botwright.docs;

import dev.botwright.github.RepoRef;
import dev.botwright.repoconfig.ConfigFile;
import dev.botwright.repoconfig.RepositoryConfigs;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Reads a repository's configuration outside a handler, e.g. from a scheduled job. */
@Requires(property = "docs.repo-config", value = "true")
@Singleton
class NightlyConfigReader {

  private final RepositoryConfigs configs;

  NightlyConfigReader(RepositoryConfigs configs) {
    this.configs = configs;
  }

  /** Empty when the repository (and its owner's .github repository) has no labeler.yml. */
  Optional<LabelerConfig> labelerConfig(long installationId, RepoRef repo) {
    return configs.read(installationId, ConfigFile.of(repo, "labeler.yml"), LabelerConfig.class);
  }

  /** The file as it is on a release branch. */
  LabelerConfig onBranch(long installationId, RepoRef repo, String branch) {
    return configs.read(
        installationId,
        ConfigFile.of(repo, "labeler.yml").at(branch),
        LabelerConfig.class,
        LabelerConfig.DEFAULTS);
  }
}
