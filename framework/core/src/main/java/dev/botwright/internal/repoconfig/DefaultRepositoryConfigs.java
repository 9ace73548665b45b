package dev.botwright.internal.repoconfig;

import dev.botwright.config.RepositoryConfigConfiguration;
import dev.botwright.github.GitHubClients;
import dev.botwright.github.RepoRef;
import dev.botwright.repoconfig.ConfigFile;
import dev.botwright.repoconfig.RepositoryConfigs;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads configuration files with the installation's client, through one process-wide cache. */
@Singleton
final class DefaultRepositoryConfigs implements RepositoryConfigs {

  private final GitHubClients clients;
  private final JsonMapper mapper;
  private final ConfigCache cache;
  private final ContentsReader reader;
  private final int maxExtends;

  @Inject
  DefaultRepositoryConfigs(
      GitHubClients clients, JsonMapper mapper, RepositoryConfigConfiguration config) {
    this(clients, mapper, config, Clock.systemUTC());
  }

  DefaultRepositoryConfigs(
      GitHubClients clients, JsonMapper mapper, RepositoryConfigConfiguration config, Clock clock) {
    this.clients = clients;
    this.mapper = mapper;
    this.cache = new ConfigCache(config.getMaxEntries(), config.getMaxChars());
    this.reader = new ContentsReader(cache, clock, config.getMaxAge());
    this.maxExtends = config.getMaxExtends();
  }

  @Override
  public <T> Optional<T> read(long installationId, ConfigFile file, Class<T> type) {
    List<ParsedFile> files = files(installationId, file);
    if (files.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(bind(JsonNode.createObjectNode(Map.of()), files, type));
  }

  @Override
  public <T> T read(long installationId, ConfigFile file, Class<T> type, T defaults) {
    Objects.requireNonNull(defaults, "defaults");
    List<ParsedFile> files = files(installationId, file);
    if (files.isEmpty()) {
      return defaults;
    }
    JsonNode base;
    try {
      base = mapper.writeValueToTree(defaults);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The defaults for " + file.name() + " could not be written as JSON", e);
    }
    return bind(base, files, type);
  }

  /** Makes every file of {@code repo} read so far stale: the next read asks GitHub again. */
  void invalidate(RepoRef repo) {
    cache.invalidate(repo);
  }

  private List<ParsedFile> files(long installationId, ConfigFile file) {
    Objects.requireNonNull(file, "file");
    return new ConfigChain(reader, clients.installation(installationId), installationId, maxExtends)
        .resolve(file);
  }

  /** {@code files} base first: the repository's own file, named in errors, is the last. */
  private <T> T bind(JsonNode base, List<ParsedFile> files, Class<T> type) {
    DeepMerge.Merged merged = DeepMerge.merge(base, files);
    return ConfigBinder.bind(mapper, merged, type, files.get(files.size() - 1).location());
  }
}
