package dev.botwright.internal.schedule;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code @OnSchedule(every = ...)}: a positive whole number and s, m, h or d. */
final class Every {

  private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,8})([smhd])");

  private Every() {}

  static Duration parse(String every, String schedule) {
    Matcher matcher = FORM.matcher(every == null ? "" : every);
    if (!matcher.matches()) {
      throw new IllegalStateException(
          "@OnSchedule(every = \""
              + every
              + "\") on "
              + schedule
              + " is not a duration: write a positive whole number and a unit, s, m, h or d,"
              + " e.g. \"30s\", \"15m\", \"1h\" or \"1d\"");
    }
    long amount = Long.parseLong(matcher.group(1));
    return switch (matcher.group(2)) {
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    };
  }
}
