package dev.botwright.test;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One call as the fake logged it: its WireMock id (so assertions can tell two equal calls apart),
 * the {@link Call}, whether only the catch-all 404 answered it, and the status it was answered
 * with.
 */
record Received(UUID id, Call call, boolean unexpected, int status) {

  static Received of(ServeEvent event, UUID catchAll) {
    boolean unexpected =
        event.getStubMapping() == null || catchAll.equals(event.getStubMapping().getId());
    int status = event.getResponse() == null ? 0 : event.getResponse().getStatus();
    return new Received(event.getId(), toCall(event.getRequest()), unexpected, status);
  }

  /** Lists calls one per line, for failure messages. */
  static String describe(List<Call> calls) {
    if (calls.isEmpty()) {
      return "GitHub received no calls.";
    }
    return "GitHub received "
        + calls.size()
        + " call(s):\n"
        + calls.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
  }

  private static Call toCall(LoggedRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    OptionalLong installation = OptionalLong.empty();
    for (var header : request.getHeaders().all()) {
      String name = header.key().toLowerCase(Locale.ROOT);
      if (name.equals("authorization")) {
        installation = installationOf(header.firstValue());
        headers.put(name, mask(header.firstValue()));
      } else {
        headers.put(name, header.firstValue());
      }
    }
    return new Call(
        request.getMethod().getName(),
        request.getUrl(),
        headers,
        request.getBodyAsString(),
        installation);
  }

  /**
   * The installation of a token this fake minted ({@code token ghs_fake_token_42}), if it is one.
   */
  static OptionalLong installationOf(String authorization) {
    String credential = authorization.substring(authorization.indexOf(' ') + 1).strip();
    if (!credential.startsWith(FakeGitHub.TOKEN_PREFIX)) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(
          Long.parseLong(credential.substring(FakeGitHub.TOKEN_PREFIX.length())));
    } catch (NumberFormatException notOurs) {
      return OptionalLong.empty();
    }
  }

  private static String mask(String authorization) {
    int space = authorization.indexOf(' ');
    return (space < 0 ? "" : authorization.substring(0, space + 1)) + "***";
  }
}
