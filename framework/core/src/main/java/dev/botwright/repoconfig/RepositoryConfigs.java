package dev.botwright.repoconfig;

import java.util.Optional;

/**
 * Reads a bot's configuration file from a repository, as Probot's {@code context.config} does:
 * {@code .github/<name>} of the repository, else of the owner's {@code .github} repository; {@code
 * _extends} chains followed and deep-merged; the result bound to a {@code @Serdeable} record
 * (unknown keys ignored). Handlers call {@link dev.botwright.EventContext#config}; inject this bean
 * for work outside a handler (scheduled jobs, HTTP endpoints).
 *
 * <pre>{@code
 * MyBotConfig config = configs.read(installationId,
 *     ConfigFile.of(repo, "my-bot.yml"), MyBotConfig.class, MyBotConfig.DEFAULTS);
 * }</pre>
 *
 * <p>A file that exists nowhere is not an error: the result is empty (or the defaults). Broken
 * files are: {@link RepositoryConfigException} names the file, the key and the line.
 */
public interface RepositoryConfigs {

  /**
   * The configuration bound to {@code type}; empty when the file exists neither in the repository
   * nor in the owner's {@code .github} repository.
   *
   * @param installationId the installation whose token reads the files
   * @throws RepositoryConfigException when a file is not valid YAML or JSON, a value has the wrong
   *     type, an {@code _extends} chain is broken, or a file is over 1 MB
   */
  <T> Optional<T> read(long installationId, ConfigFile file, Class<T> type);

  /**
   * The configuration deep-merged over {@code defaults} (the file's keys win; objects are merged,
   * arrays and other values replaced) and bound to {@code type}; {@code defaults} when no file
   * exists.
   *
   * @throws RepositoryConfigException as {@link #read(long, ConfigFile, Class)}
   */
  <T> T read(long installationId, ConfigFile file, Class<T> type, T defaults);
}
