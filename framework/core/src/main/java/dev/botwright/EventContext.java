package dev.botwright;

import dev.botwright.github.GitHubClient;
import dev.botwright.github.IssueRef;
import dev.botwright.github.PullRequestRef;
import dev.botwright.github.RepoRef;
import dev.botwright.repoconfig.ConfigFile;
import io.micronaut.json.tree.JsonNode;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;

/**
 * Everything a handler knows about the delivery it is handling.
 *
 * <p>Coordinates ({@link #repo()}, {@link #issue()}, {@link #pullRequest()}) are read from the
 * payload; when the payload has none they throw {@link IllegalStateException} saying which field
 * was missing.
 */
public interface EventContext {

  /** GitHub's {@code X-GitHub-Delivery} id. */
  String deliveryId();

  /** The event name from {@code X-GitHub-Event}, e.g. {@code "issues"}. */
  String event();

  /** The payload's {@code action}, e.g. {@code "opened"}; empty for events without one. */
  Optional<String> action();

  /** {@code event.action}, or just the event when it has no action. */
  default String eventKey() {
    return action().map(a -> event() + "." + a).orElse(event());
  }

  /**
   * Which attempt at this delivery is running, 1 for the first. A failed delivery is retried (only
   * its failed handlers), so a handler whose effect must not happen twice can check, when this is
   * above 1, whether an earlier attempt already made it.
   */
  default int attempt() {
    return 1;
  }

  /** The installation that sent the event ({@code installation.id}), if any. */
  OptionalLong installationId();

  /** The whole payload as a JSON tree. */
  JsonNode payload();

  /**
   * The payload read into {@code type}: a generated payload type (e.g. {@code
   * IssuesEvent.Opened.class}, {@code IssuesEvent.class} or {@code WebhookEvent.class}, all read
   * once per delivery), or your own {@code @Serdeable} type.
   *
   * @throws dev.botwright.json.JsonBindingException when a field GitHub's schema says is always
   *     there is missing, naming its path
   */
  <T> T payload(Class<T> type);

  /**
   * The repository the event is about ({@code repository.owner.login}, {@code repository.name}).
   */
  RepoRef repo();

  /** The issue the event is about ({@code issue.number}, or a pull request's number). */
  IssueRef issue();

  /** The pull request the event is about ({@code pull_request.number}). */
  PullRequestRef pullRequest();

  /** Whether the event was caused by a bot ({@code sender.type == "Bot"}). */
  boolean isBot();

  /**
   * A GitHub client authenticated as this event's installation. The installation token is minted
   * (once, then cached) on first use.
   *
   * @throws IllegalStateException when the event has no installation, or the installation was just
   *     deleted or suspended
   */
  GitHubClient github();

  /**
   * The metadata this installation keeps on {@code issue} (an issue, or a pull request through
   * {@link PullRequestRef#asIssue()}), through {@link #github()}. See {@link Metadata}.
   *
   * <pre>{@code
   * ctx.metadata(ctx.issue()).set("triaged", true);
   * }</pre>
   *
   * @throws IllegalStateException when the event has no installation
   */
  Metadata metadata(IssueRef issue);

  /**
   * This bot's configuration file {@code .github/<fileName>} of the event's repository (at its
   * default branch), bound to a {@code @Serdeable} record; empty when neither the repository nor
   * its owner's {@code .github} repository has the file. {@code _extends: other-repo}, {@code
   * owner/repo} or {@code owner/repo:path/to/file.yml} chains are followed and deep-merged, as in
   * Probot; unknown keys are ignored.
   *
   * <pre>{@code
   * Optional<MyBotConfig> config = ctx.config("my-bot.yml", MyBotConfig.class);
   * }</pre>
   *
   * @throws dev.botwright.repoconfig.RepositoryConfigException when a file is not valid YAML or
   *     JSON, a value has the wrong type, an {@code _extends} chain is broken or a file is over 1
   *     MB; the message names the file, the key and the line
   */
  default <T> Optional<T> config(String fileName, Class<T> type) {
    return config(ConfigFile.of(repo(), fileName), type);
  }

  /**
   * {@link #config(String, Class)} deep-merged over {@code defaults}: keys the files set win
   * (objects are merged key by key, arrays and other values replaced); {@code defaults} when no
   * file exists.
   *
   * <pre>{@code
   * MyBotConfig config = ctx.config("my-bot.yml", MyBotConfig.class, MyBotConfig.DEFAULTS);
   * }</pre>
   */
  default <T> T config(String fileName, Class<T> type, T defaults) {
    return config(ConfigFile.of(repo(), fileName), type, defaults);
  }

  /**
   * {@link #config(String, Class)} for another ref or repository this installation can read, e.g.
   * {@code ctx.config(ConfigFile.of(ctx.repo(), "my-bot.yml").at(headSha), MyBotConfig.class)}.
   */
  <T> Optional<T> config(ConfigFile file, Class<T> type);

  /** {@link #config(String, Class, Object)} for another ref or repository. */
  <T> T config(ConfigFile file, Class<T> type, T defaults);

  /**
   * A logger for this handler whose MDC carries {@code deliveryId}, {@code event} and {@code
   * installationId}.
   */
  Logger log();
}
