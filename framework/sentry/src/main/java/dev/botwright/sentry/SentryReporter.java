package dev.botwright.sentry;

import dev.botwright.DeliveryFailure;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryListener;
import dev.botwright.spi.Redactor;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.sentry.Sentry;
import io.sentry.SentryEvent;
import io.sentry.SentryLevel;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reports to Sentry every handler that threw, one event per handler and attempt, tagged with the
 * delivery's coordinates and whether the delivery is retried or dead. Holds the SDK: started with
 * the context (no uncaught-exception handler, no shutdown hook, no default PII) and closed with it.
 */
@Context
@Requires(property = SentryConfiguration.DSN)
final class SentryReporter implements DeliveryListener, AutoCloseable {

  private final SentryConfiguration configuration;
  private final Redactor redactor;
  private final JsonMapper json;

  SentryReporter(
      SentryConfiguration configuration,
      Redactor redactor,
      JsonMapper json,
      @Value("${botwright.environment:}") String environment) {
    this.configuration = configuration;
    this.redactor = redactor;
    this.json = json;
    Scrubber scrubber = new Scrubber(redactor);
    Sentry.init(
        (SentryOptions options) -> {
          options.setDsn(configuration.getDsn());
          options.setSendDefaultPii(false);
          options.setEnableUncaughtExceptionHandler(false);
          options.setEnableShutdownHook(false);
          options.setEnableExternalConfiguration(false);
          options.setDebug(false);
          options.setAttachServerName(false);
          options.setSendModules(false);
          options.setShutdownTimeoutMillis(configuration.getFlushTimeout().toMillis());
          options.setFlushTimeoutMillis(configuration.getFlushTimeout().toMillis());
          String env = configuration.getEnvironment();
          options.setEnvironment(env != null ? env : environment.isEmpty() ? null : environment);
          options.setBeforeSend((event, hint) -> scrubber.event(event));
          options.setBeforeBreadcrumb((breadcrumb, hint) -> scrubber.breadcrumb(breadcrumb));
        });
  }

  @Override
  public void finished(Delivery delivery, int handlers, Optional<DeliveryFailure> failure) {
    // Failures arrive through attemptFailed, final or not.
  }

  @Override
  public void attemptFailed(Delivery delivery, int attempt, boolean dead, DeliveryFailure failure) {
    String repository = repository(delivery);
    for (DeliveryFailure.HandlerFailure handler : failure.failures()) {
      Sentry.captureEvent(event(delivery, repository, attempt, dead, handler));
    }
  }

  private SentryEvent event(
      Delivery delivery,
      @Nullable String repository,
      int attempt,
      boolean dead,
      DeliveryFailure.HandlerFailure failure) {
    String outcome = dead ? "dead" : "retrying";
    SentryEvent event = new SentryEvent(failure.error());
    event.setLevel(SentryLevel.ERROR);
    Message message = new Message();
    message.setFormatted(
        "Handler "
            + failure.handler()
            + " failed on delivery "
            + delivery.id()
            + " ("
            + delivery.eventKey()
            + "), attempt "
            + attempt
            + ", "
            + outcome);
    event.setMessage(message);
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("delivery.id", delivery.id());
    tags.put("event", delivery.event());
    if (delivery.action() != null) {
      tags.put("action", delivery.action());
    }
    if (delivery.installationId() != 0) {
      tags.put("installation.id", Long.toString(delivery.installationId()));
    }
    if (repository != null) {
      tags.put("repository", repository);
    }
    tags.put("handler", failure.handler());
    tags.put("attempt", Integer.toString(attempt));
    tags.put("outcome", outcome);
    tags.forEach(event::setTag);
    event.getContexts().put("delivery", tags);
    event.setFingerprints(List.of(failure.handler(), failure.error().getClass().getName()));
    if (configuration.isIncludePayload()) {
      event.setExtra(
          "payload", redactor.redact(new String(delivery.body(), StandardCharsets.UTF_8)));
    }
    return event;
  }

  /** {@code repository.full_name} of the payload, if it has one. */
  @SuppressWarnings("unchecked")
  private @Nullable String repository(Delivery delivery) {
    try {
      Map<String, Object> payload = json.readValue(delivery.body(), Map.class);
      if (payload != null && payload.get("repository") instanceof Map<?, ?> repository) {
        Object name = repository.get("full_name");
        return name instanceof String text ? text : null;
      }
    } catch (java.io.IOException | RuntimeException e) {
      // A payload that is not JSON has no repository to name.
    }
    return null;
  }

  /** Sends what is queued, waiting at most the flush timeout, and stops the SDK. */
  @PreDestroy
  @Override
  public void close() {
    Sentry.flush(configuration.getFlushTimeout().toMillis());
    Sentry.close();
  }
}
