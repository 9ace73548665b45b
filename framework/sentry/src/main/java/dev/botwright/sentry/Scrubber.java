package dev.botwright.sentry;

import dev.botwright.spi.Redactor;
import io.sentry.Breadcrumb;
import io.sentry.SentryEvent;
import io.sentry.protocol.Message;
import io.sentry.protocol.SentryException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sentry's {@code beforeSend} and {@code beforeBreadcrumb}: runs every string an event carries
 * (message, exception values, breadcrumbs, tags, extras) through the bot's {@link Redactor}.
 */
final class Scrubber {

  private final Redactor redactor;

  Scrubber(Redactor redactor) {
    this.redactor = redactor;
  }

  SentryEvent event(SentryEvent event) {
    Message message = event.getMessage();
    if (message != null) {
      message.setMessage(scrub(message.getMessage()));
      message.setFormatted(scrub(message.getFormatted()));
    }
    if (event.getExceptions() != null) {
      for (SentryException exception : event.getExceptions()) {
        exception.setValue(scrub(exception.getValue()));
      }
    }
    if (event.getBreadcrumbs() != null) {
      event.getBreadcrumbs().forEach(this::breadcrumb);
    }
    Map<String, String> tags = event.getTags();
    if (tags != null) {
      tags.forEach((key, value) -> event.setTag(key, redactor.redact(value)));
    }
    Map<String, Object> extras = event.getExtras();
    if (extras != null) {
      extras.forEach((key, value) -> event.setExtra(key, redactor.redact(String.valueOf(value))));
    }
    return event;
  }

  Breadcrumb breadcrumb(Breadcrumb breadcrumb) {
    breadcrumb.setMessage(scrub(breadcrumb.getMessage()));
    breadcrumb.getData().replaceAll((key, value) -> redactor.redact(String.valueOf(value)));
    return breadcrumb;
  }

  private @Nullable String scrub(@Nullable String text) {
    return text == null ? null : redactor.redact(text);
  }
}
