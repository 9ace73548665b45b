package dev.botwright.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The button a user pressed on a check run ({@code check_run.requested_action}).
 *
 * @param identifier the identifier the app gave the action
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Serdeable
public record RequestedAction(String identifier) {}
