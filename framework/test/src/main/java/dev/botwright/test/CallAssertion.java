package dev.botwright.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the calls that matched one route. Each method fails with a message listing the
 * calls that did match the route.
 */
public final class CallAssertion {

  private final String route;
  private final List<Call> calls;

  CallAssertion(Route route, List<Call> calls) {
    this(route.toString(), calls);
  }

  private CallAssertion(String route, List<Call> calls) {
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

  /**
   * Asserts that some call's body equals {@code json} as JSON: the same fields and values, in any
   * order for objects, in the same order for arrays.
   */
  public CallAssertion withJsonBody(String json) {
    Object expected = JsonMatch.parseExpected(json);
    return expectSome(
        "with JSON body " + json,
        call -> JsonMatch.difference(expected, JsonMatch.parse(call.body()), false));
  }

  /**
   * Asserts that some call's body holds every field of {@code partialJson} with the same value,
   * recursively; other fields may be present. Arrays must be equal.
   *
   * <pre>{@code
   * .withJsonBodyContaining("{\"labels\":[\"bug\"]}")
   * }</pre>
   */
  public CallAssertion withJsonBodyContaining(String partialJson) {
    Object expected = JsonMatch.parseExpected(partialJson);
    return expectSome(
        "with a JSON body containing " + partialJson,
        call -> JsonMatch.difference(expected, JsonMatch.parse(call.body()), true));
  }

  /**
   * Asserts that some call's JSON body has {@code expected} at {@code dottedPath}, e.g. {@code
   * withJsonPath("labels.0", "bug")} or {@code withJsonPath("draft", false)}. Numbers compare by
   * value; {@code null} expects JSON {@code null}.
   */
  public CallAssertion withJsonPath(String dottedPath, @Nullable Object expected) {
    Object want = JsonMatch.normalize(expected);
    return expectSome(
        "with " + dottedPath + " = " + JsonMatch.show(want),
        call -> {
          Optional<Object> have = JsonMatch.at(JsonMatch.parse(call.body()), dottedPath);
          if (have.isEmpty()) {
            return Optional.of(dottedPath + " is missing");
          }
          return JsonMatch.equal(want, have.get())
              ? Optional.empty()
              : Optional.of(dottedPath + " is " + JsonMatch.show(have.get()));
        });
  }

  /** Asserts that some call had the query parameter {@code name} with {@code value} (decoded). */
  public CallAssertion withQueryParam(String name, String value) {
    return expectSome(
        "with query parameter " + name + "=" + value,
        call ->
            call.queryParams(name).contains(value)
                ? Optional.empty()
                : Optional.of(name + " is " + call.queryParams(name)));
  }

  /**
   * Asserts that some call had the header {@code name} (any case) with {@code value}. The {@code
   * Authorization} header is masked, e.g. {@code "token ***"}.
   */
  public CallAssertion withHeader(String name, String value) {
    String key = name.toLowerCase(Locale.ROOT);
    return expectSome(
        "with header " + name + ": " + value,
        call ->
            value.equals(call.headers().get(key))
                ? Optional.empty()
                : Optional.of(name + " is " + call.headers().get(key)));
  }

  /**
   * Asserts that some call was made with the token the fake minted for installation {@code
   * installationId}, and returns an assertion on just those calls, so the checks after it apply to
   * that installation's calls only. Fails listing every call to the route with its installation.
   *
   * <pre>{@code
   * github.assertCalled(COMMENTS).asInstallation(42).times(1).withBodyContaining("Thanks");
   * }</pre>
   */
  public CallAssertion asInstallation(long installationId) {
    expectSome(
        "as installation " + installationId,
        call ->
            call.installationId().equals(OptionalLong.of(installationId))
                ? Optional.empty()
                : Optional.of(installationOf(call)));
    return new CallAssertion(
        route + " as installation " + installationId,
        calls.stream()
            .filter(c -> c.installationId().equals(OptionalLong.of(installationId)))
            .toList());
  }

  private static String installationOf(Call call) {
    return call.installationId().isPresent()
        ? "made as installation " + call.installationId().getAsLong()
        : "made without an installation token";
  }

  private CallAssertion expectSome(String expectation, Function<Call, Optional<String>> check) {
    List<String> misses = new ArrayList<>();
    for (Call call : calls) {
      Optional<String> miss = check.apply(call);
      if (miss.isEmpty()) {
        return this;
      }
      misses.add("  " + call + "\n    -> " + miss.get());
    }
    throw new AssertionError(
        "Expected a call to "
            + route
            + " "
            + expectation
            + " but none matched. Calls to it:\n"
            + String.join("\n", misses));
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
