package dev.botwright.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A GitHub App installation. Most events carry only its {@code id}; {@code installation} and {@code
 * installation_repositories} events carry the rest.
 *
 * @param id the installation id, the key for installation tokens
 * @param account the user or organization the app is installed on
 * @param appId the app's id
 * @param targetType {@code "User"} or {@code "Organization"}
 * @param repositorySelection {@code "all"} or {@code "selected"}
 * @param permissions granted permissions, e.g. {@code issues -> write}
 * @param events the events the installation subscribes to
 * @param suspendedAt when the installation was suspended, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record Installation(
    long id,
    @Nullable User account,
    @Nullable Long appId,
    @Nullable String targetType,
    @Nullable String repositorySelection,
    Map<String, String> permissions,
    List<String> events,
    @Nullable Instant suspendedAt) {

  public Installation {
    permissions = permissions == null ? Map.of() : Map.copyOf(permissions);
    events = Lists.copy(events);
  }
}
