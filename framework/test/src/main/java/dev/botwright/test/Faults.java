package dev.botwright.test;

import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Installs {@link Fault}s as WireMock stubs above every other answer. A fault for N calls is a
 * scenario of N states; once it has run through them none of its stubs match and the route's normal
 * answer comes back.
 */
final class Faults {

  static final int PRIORITY = 1;

  private static final AtomicInteger SCENARIOS = new AtomicInteger();

  private Faults() {}

  static void install(WireMockServer server, Route route, Fault fault) {
    if (fault.count() == Fault.ALWAYS) {
      server.stubFor(
          request(route.method(), urlPathMatching(route.pathRegex()))
              .atPriority(PRIORITY)
              .willReturn(fault.answer()));
      return;
    }
    String scenario = "fault-" + SCENARIOS.incrementAndGet() + " " + route;
    String state = STARTED;
    for (int i = 1; i <= fault.count(); i++) {
      String next = "failed " + i;
      server.stubFor(
          request(route.method(), urlPathMatching(route.pathRegex()))
              .atPriority(PRIORITY)
              .inScenario(scenario)
              .whenScenarioStateIs(state)
              .willSetStateTo(next)
              .willReturn(fault.answer()));
      state = next;
    }
  }
}
