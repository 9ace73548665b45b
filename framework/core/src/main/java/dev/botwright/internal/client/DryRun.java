package dev.botwright.internal.client;

import io.micronaut.core.annotation.Internal;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns every GitHub client of the context into a dry run: no request leaves the process and no
 * token is minted. Each write is printed to {@code out} on one line, {@code METHOD template path
 * body} (e.g. {@code POST /repos/{owner}/{repo}/issues/{issue_number}/comments
 * /repos/octo/hello/issues/1/comments {"body":"Hi"}}); a read is answered from {@code stubs}, keyed
 * by its route as written in the code ({@code "GET /repos/{owner}/{repo}/contents/{+path}"}), or
 * else with an empty answer. Registered as a bean by the {@code receive} command.
 */
@Internal
public final class DryRun {

  private final Map<String, byte[]> stubs;
  private final PrintStream out;

  /**
   * @param stubs answer bodies by route ({@code "GET /path/{template}"}); a stubbed write is still
   *     printed
   * @param out where the writes are printed
   * @throws IllegalArgumentException when a key is not a route like {@code "GET /path"}
   */
  public DryRun(Map<String, byte[]> stubs, PrintStream out) {
    Map<String, byte[]> byRoute = new HashMap<>();
    stubs.forEach((route, body) -> byRoute.put(Route.parse(route).toString(), body));
    this.stubs = Map.copyOf(byRoute);
    this.out = out;
  }

  Optional<byte[]> stub(Route route) {
    return Optional.ofNullable(stubs.get(route.toString()));
  }

  void print(String line) {
    synchronized (out) {
      out.println(line);
      out.flush();
    }
  }
}
