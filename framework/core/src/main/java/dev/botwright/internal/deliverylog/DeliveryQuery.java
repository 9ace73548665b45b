package dev.botwright.internal.deliverylog;

import dev.botwright.spi.DeliveryJournal.DeliveryRecord;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The list's filters as the form sends them: event ({@code issues} or {@code issues.opened}),
 * state, installation id, repository ({@code owner/name}) and a time range of receipt ({@code
 * 2026-12-06T01:30} in UTC, as a {@code datetime-local} field sends it). A blank field filters
 * nothing; a malformed one is reported in {@link #problems}.
 */
record DeliveryQuery(
    String event,
    @Nullable DeliveryState state,
    long installation,
    String repository,
    @Nullable Instant from,
    @Nullable Instant to,
    List<String> problems) {

  static DeliveryQuery parse(
      @Nullable String event,
      @Nullable String state,
      @Nullable String installation,
      @Nullable String repository,
      @Nullable String from,
      @Nullable String to) {
    List<String> problems = new ArrayList<>();
    String wanted = stripped(state);
    DeliveryState parsedState =
        Arrays.stream(DeliveryState.values())
            .filter(s -> s.name().equalsIgnoreCase(wanted))
            .findFirst()
            .orElse(null);
    if (parsedState == null && !wanted.isEmpty() && !wanted.equals("all")) {
      problems.add("state '" + wanted + "' is not one of " + stateNames());
    }
    long installationId = 0;
    String id = stripped(installation);
    if (!id.isEmpty()) {
      try {
        installationId = Long.parseLong(id);
      } catch (NumberFormatException e) {
        problems.add("installation '" + id + "' is not a number");
      }
    }
    return new DeliveryQuery(
        stripped(event),
        parsedState,
        installationId,
        stripped(repository),
        time("from", stripped(from), problems),
        time("to", stripped(to), problems),
        List.copyOf(problems));
  }

  /** The states to read: the one asked for, or all. */
  List<DeliveryState> states() {
    return state == null ? List.of(DeliveryState.values()) : List.of(state);
  }

  /** Whether {@code record} passes every filter the journal's record can answer. */
  boolean matches(DeliveryRecord record) {
    return (event.isEmpty()
            || record.eventKey().equalsIgnoreCase(event)
            || record.eventKey().toLowerCase(Locale.ROOT).startsWith(lower(event) + "."))
        && (installation == 0 || record.installationId() == installation)
        && (from == null || !record.receivedAt().isBefore(from))
        && (to == null || record.receivedAt().isBefore(to));
  }

  /** Whether {@code fullName}, the payload's repository, passes the repository filter. */
  boolean matchesRepository(Optional<String> fullName) {
    return repository.isEmpty() || fullName.filter(repository::equalsIgnoreCase).isPresent();
  }

  private static @Nullable Instant time(String name, String text, List<String> problems) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return text.endsWith("Z")
          ? Instant.parse(text)
          : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      problems.add(name + " '" + text + "' is not a time like 2026-12-06T01:30 (UTC)");
      return null;
    }
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static List<String> stateNames() {
    return Arrays.stream(DeliveryState.values()).map(s -> lower(s.name())).toList();
  }

  private static String stripped(@Nullable String value) {
    return value == null ? "" : value.strip();
  }
}
