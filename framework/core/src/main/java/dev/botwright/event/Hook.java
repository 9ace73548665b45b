package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * The webhook a {@code ping} was sent for. Its {@code config} is left out on purpose: it can hold
 * the (masked) webhook secret.
 *
 * @param id the hook id
 * @param type {@code "Repository"}, {@code "Organization"} or {@code "App"}
 * @param name always {@code "web"}
 * @param active whether deliveries are sent
 * @param events the events it subscribes to
 * @param appId the app's id for an app's hook, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable(naming = SnakeCaseStrategy.class)
public record Hook(
    long id,
    @Nullable String type,
    @Nullable String name,
    boolean active,
    List<String> events,
    @Nullable Long appId) {

  public Hook {
    events = Lists.copy(events);
  }
}
