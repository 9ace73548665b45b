package dev.botwright.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * ISO 8601 timestamps with an offset, read as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} reads
 * them. The form GitHub writes ({@code 2019-05-15T15:20:18Z}, optionally with a fraction or a
 * {@code ±HH:MM} offset) is read by hand: the formatter builds several maps per call, and a payload
 * holds dozens of timestamps. Every other form goes to the formatter, so both accept exactly the
 * same texts, plus GitHub's older {@code 2018-04-25 20:42:10[ -0700]} form.
 */
final class Timestamps {

  private static final int[] SCALE = {
    1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private static final DateTimeFormatter OLDER_FORM =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[ xx]").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /**
   * The instant {@code text} names, or null when it is not an ISO 8601 timestamp with an offset.
   */
  static @Nullable Instant parse(String text) {
    Instant instant = common(text);
    if (instant != null) {
      return instant;
    }
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      return olderForm(text);
    }
  }

  /**
   * GitHub's older timestamps, still in some payloads: {@code 2018-04-25 20:42:10} (UTC) or with an
   * offset ({@code 2018-04-25 20:42:10 -0700}).
   */
  private static @Nullable Instant olderForm(String text) {
    try {
      return OLDER_FORM.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM)}, or null for any other form. */
  private static @Nullable Instant common(String s) {
    int length = s.length();
    if (length < 20
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0
        || month < 0
        || day < 0
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 59) {
      return null;
    }
    int at = 19;
    int nanos = 0;
    if (s.charAt(at) == '.') {
      int start = ++at;
      while (at < length && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
        at++;
      }
      int count = at - start;
      if (count == 0 || count > 9) {
        return null;
      }
      nanos = digits(s, start, count) * SCALE[count];
    }
    int offset;
    if (at == length - 1 && s.charAt(at) == 'Z') {
      offset = 0;
    } else if (at == length - 6
        && (s.charAt(at) == '+' || s.charAt(at) == '-')
        && s.charAt(at + 3) == ':') {
      int hours = digits(s, at + 1, 2);
      int minutes = digits(s, at + 4, 2);
      if (hours < 0 || minutes < 0 || minutes > 59 || hours > 18 || (hours == 18 && minutes > 0)) {
        return null;
      }
      offset = (s.charAt(at) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    } else {
      return null;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null; // e.g. February 30th: the formatter gives the answer (it refuses it too)
    }
    return Instant.ofEpochSecond(
        epochDay * 86_400 + hour * 3_600 + minute * 60 + second - offset, nanos);
  }

  /** The decimal number of {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
