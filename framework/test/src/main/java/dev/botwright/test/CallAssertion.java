package dev.botwright.test;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions on the calls that matched one route. Each method fails with a message listing the
 * calls that did match the route.
 */
public final class CallAssertion {

  private final Route route;
  private final List<Call> calls;

  CallAssertion(Route route, List<Call> calls) {
    this.route = route;
    this.calls = calls;
  }

  /** Asserts the route was called exactly {@code expected} times. */
  public CallAssertion times(int expected) {
    if (calls.size() != expected) {
      throw new AssertionError(
          "Expected "
              + expected
              + " call(s) to "
              + route
              + " but there were "
              + calls.size()
              + describe());
    }
    return this;
  }

  /** Asserts that some call to the route had a body containing {@code text}. */
  public CallAssertion withBodyContaining(String text) {
    if (calls.stream().noneMatch(c -> c.body().contains(text))) {
      throw new AssertionError(
          "Expected a call to " + route + " with a body containing \"" + text + "\"" + describe());
    }
    return this;
  }

  /** The matching calls, oldest first. */
  public List<Call> calls() {
    return calls;
  }

  /** The only matching call's body; fails unless there was exactly one call. */
  public String body() {
    times(1);
    return calls.get(0).body();
  }

  private String describe() {
    return calls.isEmpty()
        ? "."
        : ". Calls to it:\n" + calls.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
  }
}
