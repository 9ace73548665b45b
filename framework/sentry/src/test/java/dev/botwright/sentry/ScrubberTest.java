package dev.botwright.sentry;

import static org.assertj.core.api.Assertions.assertThat;

import io.sentry.Breadcrumb;
import io.sentry.SentryEvent;
import io.sentry.protocol.Message;
import io.sentry.protocol.SentryException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every string of an event goes through the redactor: message, exceptions, crumbs, tags, extras.
 */
class ScrubberTest {

  private static final String SECRET = "s3cret-value";
  private final Scrubber scrubber = new Scrubber(text -> text.replace(SECRET, "[redacted]"));

  @Test
  void everyStringOfAnEventIsMasked() {
    SentryEvent event = new SentryEvent();
    Message message = new Message();
    message.setMessage("raw " + SECRET);
    message.setFormatted("formatted " + SECRET);
    event.setMessage(message);
    SentryException exception = new SentryException();
    exception.setValue("thrown " + SECRET);
    event.setExceptions(List.of(exception));
    Breadcrumb crumb = new Breadcrumb("crumb " + SECRET);
    crumb.setData("header", "Bearer " + SECRET);
    event.setBreadcrumbs(List.of(crumb));
    event.setTag("tag", "tagged " + SECRET);
    event.setExtra("extra", "extra " + SECRET);

    SentryEvent scrubbed = scrubber.event(event);

    assertThat(scrubbed.getMessage().getMessage()).isEqualTo("raw [redacted]");
    assertThat(scrubbed.getMessage().getFormatted()).isEqualTo("formatted [redacted]");
    assertThat(scrubbed.getExceptions().get(0).getValue()).isEqualTo("thrown [redacted]");
    assertThat(scrubbed.getBreadcrumbs().get(0).getMessage()).isEqualTo("crumb [redacted]");
    assertThat(scrubbed.getBreadcrumbs().get(0).getData("header")).isEqualTo("Bearer [redacted]");
    assertThat(scrubbed.getTag("tag")).isEqualTo("tagged [redacted]");
    assertThat(scrubbed.getExtra("extra")).isEqualTo("extra [redacted]");
  }
}
