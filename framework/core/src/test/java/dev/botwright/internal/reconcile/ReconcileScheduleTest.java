package dev.botwright.internal.reconcile;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconcileScheduleTest {

  @Test
  void runsShortlyAfterStartWithTheAppJwtAndOnlyWhenEnabled() {
    try (FakeAppHook hook = new FakeAppHook()) {
      hook.twoPages();
      Map<String, Object> settings =
          Map.of(
              "botwright.github.api-url", hook.baseUrl(),
              "botwright.reconcile.enabled", "true",
              "botwright.reconcile.initial-delay", "10ms",
              // The fixtures' dates are fixed; reach them whatever today is.
              "botwright.reconcile.look-back", "36500d",
              "botwright.reconcile.spacing", "0ms");
      try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, settings)) {
        await().atMost(Duration.ofSeconds(10)).until(() -> hook.redelivered().contains("109"));
        hook.github.verify(
            getRequestedFor(urlPathEqualTo(FakeAppHook.DELIVERIES))
                .withHeader(
                    "Authorization",
                    com.github.tomakehurst.wiremock.client.WireMock.matching(
                        "Bearer [^.]+\\.[^.]+\\.[^.]+")));
      }

      hook.github.resetRequests();
      try (ApplicationContext off =
          ApplicationContext.run(
              Map.of(
                  "botwright.github.api-url",
                  hook.baseUrl(),
                  "botwright.reconcile.enabled",
                  "false"))) {
        assertThat(off.containsBean(ReconcileSchedule.class)).isFalse();
        assertThat(off.containsBean(Reconciler.class)).isTrue();
      }
    }
  }
}
