package dev.botwright.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-05-15T15:20:18Z",
        "2019-05-15T15:20:18.123Z",
        "2019-05-15T15:20:18.123456789Z",
        "2019-05-15T15:20:18+02:00",
        "2019-05-15T15:20:18-07:30",
        "2019-05-15T15:20:18-00:00",
        "2019-05-15T15:20:18+18:00",
        "2020-02-29T00:00:00Z",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999-18:00",
        "2019-05-15t15:20:18z",
        "2019-05-15T15:20Z",
        "2019-05-15T15:20:18.Z",
        "2019-05-15T15:20:18+02:00:30",
        "+12019-05-15T15:20:18Z"
      })
  void readsWhatTheFormatterReadsToTheSameInstant(String text) {
    assertThat(Timestamps.parse(text))
        .isNotNull()
        .isEqualTo(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-02-29T00:00:00Z",
        "2019-13-01T00:00:00Z",
        "2019-01-32T00:00:00Z",
        "2019-05-15T24:00:00Z",
        "2019-05-15T23:60:00Z",
        "2019-05-15T15:20:18.1234567891Z",
        "2019-05-15T15:20:18+18:01",
        "2019-05-15T15:20:18+0200",
        "2019-05-15T15:20:18",
        "2019-05-15 15:20:18Z",
        "2019-05-15T15:20:18ZZ",
        "yesterday",
        ""
      })
  void refusesWhatTheFormatterRefuses(String text) {
    assertThat(Timestamps.parse(text)).isNull();
    assertThat(formatterRefuses(text)).isTrue();
  }

  @Test
  void readsGitHubsOlderFormAsUtcOrWithItsOffset() {
    // Some payloads still carry it, e.g. the check_run.rerequested example's app.created_at.
    assertThat(Timestamps.parse("2018-04-25 20:42:10"))
        .isEqualTo(Instant.parse("2018-04-25T20:42:10Z"));
    assertThat(Timestamps.parse("2018-04-25 20:42:10 -0700"))
        .isEqualTo(Instant.parse("2018-04-26T03:42:10Z"));
  }

  private static boolean formatterRefuses(String text) {
    try {
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text);
      return false;
    } catch (DateTimeParseException e) {
      return true;
    }
  }
}
