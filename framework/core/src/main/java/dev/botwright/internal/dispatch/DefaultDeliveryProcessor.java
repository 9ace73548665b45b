package dev.botwright.internal.dispatch;

import dev.botwright.DeliveryFailure;
import dev.botwright.PermanentFailure;
import dev.botwright.internal.client.EventClients;
import dev.botwright.internal.metrics.BotwrightMetrics;
import dev.botwright.internal.tracing.SpanAttributes;
import dev.botwright.internal.tracing.TraceSpan;
import dev.botwright.internal.tracing.Tracing;
import dev.botwright.json.JsonBindingException;
import dev.botwright.repoconfig.RepositoryConfigs;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryListener;
import io.micronaut.core.order.OrderUtil;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every handler of a delivery in order, even when some throw; then reports failures once to
 * the log and the {@code @OnDeliveryError} hooks and tells the listeners. The runner records the
 * outcome.
 */
@Singleton
final class DefaultDeliveryProcessor implements DeliveryProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultDeliveryProcessor.class);

  private final HandlerRegistry registry;
  private final JsonMapper jsonMapper;
  private final EventClients clients;
  private final RepositoryConfigs configs;
  private final List<DeliveryListener> listeners;
  private final BotwrightMetrics metrics;
  private final Tracing tracing;

  DefaultDeliveryProcessor(
      HandlerRegistry registry,
      JsonMapper jsonMapper,
      EventClients clients,
      RepositoryConfigs configs,
      List<DeliveryListener> listeners,
      BotwrightMetrics metrics,
      Tracing tracing) {
    this.metrics = metrics;
    this.tracing = tracing;
    this.registry = registry;
    this.jsonMapper = jsonMapper;
    this.clients = clients;
    this.configs = configs;
    // In @Order order, so a listener that must see the others' work (e.g. a test waiting for the
    // delivery) can go last.
    List<DeliveryListener> ordered = new ArrayList<>(listeners);
    OrderUtil.sort(ordered);
    this.listeners = List.copyOf(ordered);
  }

  @Override
  public Optional<DeliveryPlan> plan(Delivery delivery) {
    List<HandlerMethod> handlers = registry.handlersFor(delivery.event(), delivery.action());
    if (handlers.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new DeliveryPlan(handlers, OrderingKeys.of(delivery, handlers).orElse(null)));
  }

  @Override
  public AttemptResult process(Delivery delivery, DeliveryPlan plan, Attempt attempt) {
    // The attempt's span is current on this worker thread, so handler and GitHub-call spans
    // started below are its children.
    try (TraceSpan span = tracing.delivery(delivery, attempt.number())) {
      AttemptResult result = attempt(delivery, plan, attempt);
      span.attribute(
          SpanAttributes.OUTCOME,
          result.succeeded()
              ? SpanAttributes.HANDLED
              : result.permanent() || attempt.last()
                  ? SpanAttributes.DEAD
                  : SpanAttributes.RETRIED);
      return result;
    }
  }

  private AttemptResult attempt(Delivery delivery, DeliveryPlan plan, Attempt attempt) {
    List<HandlerMethod> all = plan.handlers;
    List<HandlerMethod> handlers =
        attempt.handlers().isEmpty()
            ? all
            : all.stream().filter(h -> attempt.handlers().contains(h.name())).toList();
    DefaultEventContext context =
        new DefaultEventContext(delivery, jsonMapper, clients, configs, attempt.number());
    Map<String, String> mdc = Mdc.of(delivery);
    List<DeliveryFailure.HandlerFailure> failures = new ArrayList<>();
    try (Mdc ignored = Mdc.open(mdc)) {
      for (HandlerMethod handler : handlers) {
        long start = System.nanoTime();
        Throwable error = traced(handler, context);
        metrics.handler(handler.name(), System.nanoTime() - start);
        if (error != null) {
          failures.add(new DeliveryFailure.HandlerFailure(handler.name(), error));
        }
      }
      Set<String> failed = new LinkedHashSet<>();
      failures.forEach(f -> failed.add(f.handler()));
      boolean permanent = failures.stream().anyMatch(f -> isPermanent(f.error()));
      if (!failures.isEmpty() && !attempt.last() && !permanent) {
        // Not final: the queue logs the retry; hooks and finished() hear only the final outcome.
        DeliveryFailure retried = failure(delivery, failures);
        attemptFailed(delivery, attempt.number(), false, retried);
        return new AttemptResult(failed, false, Optional.of(retried));
      }
      Optional<DeliveryFailure> failure = Optional.empty();
      if (!failures.isEmpty()) {
        failure = Optional.of(failed(delivery, handlers.size(), failures));
        attemptFailed(delivery, attempt.number(), true, failure.get());
        for (HandlerMethod hook : registry.errorHooks()) {
          Throwable error = run(hook, context, failure.get());
          if (error != null) {
            LOG.error(
                "Error hook {} failed for delivery {} ({})",
                hook.name(),
                delivery.id(),
                delivery.eventKey(),
                error);
          }
        }
      }
      finish(delivery, all.size(), failure);
      return new AttemptResult(failed, permanent, failure);
    }
  }

  private @Nullable Throwable traced(HandlerMethod handler, DefaultEventContext context) {
    try (TraceSpan span = tracing.handler(handler.name())) {
      Throwable error = run(handler, context, null);
      if (error == null) {
        span.attribute(SpanAttributes.OUTCOME, SpanAttributes.HANDLED);
      } else {
        span.attribute(SpanAttributes.OUTCOME, SpanAttributes.FAILED);
        span.failed(error);
      }
      return error;
    }
  }

  private static @Nullable Throwable run(
      HandlerMethod handler, DefaultEventContext context, @Nullable DeliveryFailure failure) {
    context.handlerType(handler.beanType());
    try {
      handler.invoke(context, failure);
      return null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      return e;
    }
  }

  private static DeliveryFailure failure(
      Delivery delivery, List<DeliveryFailure.HandlerFailure> failures) {
    OptionalLong installation =
        delivery.installationId() == 0
            ? OptionalLong.empty()
            : OptionalLong.of(delivery.installationId());
    return new DeliveryFailure(
        delivery.id(), delivery.event(), delivery.action(), installation, failures);
  }

  private DeliveryFailure failed(
      Delivery delivery, int handlers, List<DeliveryFailure.HandlerFailure> failures) {
    DeliveryFailure failure = failure(delivery, failures);
    OptionalLong installation = failure.installationId();
    LOG.error(
        "Delivery {} ({}, installation {}) failed in {} of {} handlers: {}",
        delivery.id(),
        delivery.eventKey(),
        installation.isPresent() ? installation.getAsLong() : "none",
        failures.size(),
        handlers,
        failures.stream().map(f -> f.handler() + " threw " + f.error()).toList(),
        new HandlerFailures(failures));
    return failure;
  }

  private void attemptFailed(
      Delivery delivery, int attempt, boolean dead, DeliveryFailure failure) {
    tell(delivery, listener -> listener.attemptFailed(delivery, attempt, dead, failure));
  }

  private void finish(Delivery delivery, int handlers, Optional<DeliveryFailure> failure) {
    tell(delivery, listener -> listener.finished(delivery, handlers, failure));
  }

  private void tell(Delivery delivery, Consumer<DeliveryListener> call) {
    for (DeliveryListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        LOG.error(
            "Delivery listener {} failed for delivery {}",
            listener.getClass().getName(),
            delivery.id(),
            e);
      }
    }
  }

  /** Carries every handler's stack trace into the one ERROR line, as suppressed exceptions. */
  private static final class HandlerFailures extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HandlerFailures(List<DeliveryFailure.HandlerFailure> failures) {
      super("handler failures", null, true, false);
      failures.forEach(f -> addSuppressed(f.error()));
    }
  }

  /**
   * Retrying cannot help: the handler said so, or a payload or answer could not be read into its
   * record (the same bytes fail again).
   */
  private static boolean isPermanent(Throwable error) {
    return error instanceof PermanentFailure || error instanceof JsonBindingException;
  }
}
