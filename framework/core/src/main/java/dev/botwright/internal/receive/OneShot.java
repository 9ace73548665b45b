package dev.botwright.internal.receive;

import dev.botwright.BotwrightConfigurationException;
import dev.botwright.DeliveryFailure;
import dev.botwright.internal.dispatch.DeliveryPlan;
import dev.botwright.internal.dispatch.DeliveryProcessor;
import dev.botwright.spi.Delivery;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the handlers of one delivery once, through the real dispatch (same handler selection and
 * binding, error hooks included), in a context that starts no HTTP server, no journal, no
 * reconciler and no schedules.
 */
final class OneShot {

  /** The environment the one-shot context runs in; {@code application-receive.yml} applies. */
  static final String ENVIRONMENT = "receive";

  /**
   * Signatures are not checked here, yet the start-up check asks for a webhook secret once the
   * app's credentials are set; this stand-in, below every real setting, satisfies it.
   */
  private static final String UNUSED_SECRET = "receive-checks-no-signatures";

  private OneShot() {}

  /**
   * Starts the context: the given properties over the bot's own configuration, and over both, the
   * journal and the reconciler off. No HTTP server starts, so neither do schedules.
   *
   * @throws BotwrightConfigurationException for a configuration mistake
   */
  private static ApplicationContext start(Map<String, Object> properties) {
    Map<String, Object> settings = new HashMap<>(properties);
    // Over the bot's own settings: one delivery, run now, leaves nothing to resume or reconcile.
    settings.put("botwright.journal.enabled", "false");
    settings.put("botwright.reconcile.enabled", "false");
    return ApplicationContext.builder()
        .deduceEnvironment(false)
        .environments(ENVIRONMENT)
        .banner(false)
        .propertySources(
            PropertySource.of(
                "receive-defaults",
                Map.of("botwright.webhook.secrets", UNUSED_SECRET),
                Integer.MIN_VALUE))
        .properties(settings)
        .start();
  }

  /** The configuration mistake behind a failed start, if that is what it was. */
  private static Optional<BotwrightConfigurationException> configurationMistake(
      Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof BotwrightConfigurationException mistake) {
        return Optional.of(mistake);
      }
    }
    return Optional.empty();
  }

  /**
   * Starts the context, lets {@code prepare} register what replaces the defaults (before any bean
   * that uses them exists), runs {@code delivery}'s handlers and closes the context.
   *
   * @return 0 when every handler succeeded (or none listens), 1 when any failed, 2 for a
   *     configuration mistake
   */
  static int run(
      Delivery delivery,
      Map<String, Object> properties,
      Consumer<ApplicationContext> prepare,
      PrintStream err) {
    ApplicationContext context;
    try {
      context = start(properties);
    } catch (RuntimeException e) {
      Optional<BotwrightConfigurationException> mistake = configurationMistake(e);
      if (mistake.isEmpty()) {
        throw e;
      }
      err.println(mistake.get().getMessage());
      return 2;
    }
    try (context) {
      prepare.accept(context);
      DeliveryProcessor processor = context.getBean(DeliveryProcessor.class);
      Optional<DeliveryPlan> plan = processor.plan(delivery);
      if (plan.isEmpty()) {
        err.println("No handler listens to " + delivery.eventKey() + ": nothing ran.");
        return 0;
      }
      return dispatch(processor, plan.get(), delivery, err);
    }
  }

  /**
   * Runs {@code delivery}'s handlers and prints each failure to {@code err}.
   *
   * @return 0 when every handler succeeded (or none listens), 1 when any failed
   */
  private static int dispatch(
      DeliveryProcessor processor, DeliveryPlan plan, Delivery delivery, PrintStream err) {
    DeliveryProcessor.AttemptResult result =
        processor.process(delivery, plan, DeliveryProcessor.Attempt.ONLY);
    if (result.failure().isEmpty()) {
      return 0;
    }
    DeliveryFailure failure = result.failure().get();
    err.println(
        delivery.eventKey()
            + ": "
            + failure.failures().size()
            + (failure.failures().size() == 1 ? " handler" : " handlers")
            + " failed:");
    for (DeliveryFailure.HandlerFailure each : failure.failures()) {
      Throwable error = each.error();
      String message = error.getMessage();
      err.println(
          "  "
              + each.handler()
              + ": "
              + error.getClass().getName()
              + (message == null ? "" : ": " + message));
    }
    return 1;
  }
}
