package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/**
 * A GitHub account as it appears in payloads ({@code sender}, {@code user}, {@code owner}...).
 *
 * @param login the account's login, e.g. {@code "octocat"} or {@code "my-app[bot]"}
 * @param id the account id
 * @param type {@code "User"}, {@code "Bot"} or {@code "Organization"}
 * @param htmlUrl the account's page
 * @param avatarUrl the account's avatar image
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record User(
    String login,
    long id,
    @Nullable String type,
    @Nullable String htmlUrl,
    @Nullable String avatarUrl) {

  /** Whether this account is a bot ({@code type == "Bot"}), the reliable bot-loop guard. */
  public boolean isBot() {
    return "Bot".equals(type);
  }
}
