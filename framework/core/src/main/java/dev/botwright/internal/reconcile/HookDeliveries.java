package dev.botwright.internal.reconcile;

import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubResponse;
import io.micronaut.json.tree.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists the app's webhook delivery attempts, newest first, page by page through the {@code cursor}
 * of each {@code Link: rel="next"}, and stops at the first attempt older than the look-back.
 */
final class HookDeliveries {

  static final String LIST = "GET /app/hook/deliveries";
  static final String REDELIVER = "POST /app/hook/deliveries/{delivery_id}/attempts";
  static final int PER_PAGE = 100;

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;[^,]*rel=\"?next\"?");
  private static final Pattern CURSOR = Pattern.compile("[?&]cursor=([^&#]*)");

  private final GitHubClient app;
  private final Runnable pause;

  /**
   * @param app a client authenticated as the app (JWT)
   * @param pause called between two requests, to space them out
   */
  HookDeliveries(GitHubClient app, Runnable pause) {
    this.app = app;
    this.pause = pause;
  }

  /** Every attempt delivered at or after {@code cutoff}, newest first. */
  List<HookDelivery> since(Instant cutoff) {
    List<HookDelivery> attempts = new ArrayList<>();
    Set<String> cursors = new HashSet<>();
    String cursor = null;
    do {
      if (cursor != null) {
        pause.run();
      }
      Map<String, Object> parameters = new HashMap<>();
      parameters.put("per_page", PER_PAGE);
      if (cursor != null) {
        parameters.put("cursor", cursor);
      }
      GitHubResponse page = app.request(LIST, parameters);
      if (!page.body().isArray()) {
        throw new IllegalStateException(LIST + " did not answer with a list of deliveries");
      }
      for (JsonNode item : page.body().values()) {
        Optional<HookDelivery> attempt = HookDelivery.of(item);
        if (attempt.isEmpty()) {
          continue;
        }
        if (attempt.get().deliveredAt().isBefore(cutoff)) {
          return attempts;
        }
        attempts.add(attempt.get());
      }
      cursor = page.header("link").flatMap(HookDeliveries::nextCursor).orElse(null);
      // A cursor seen before would loop forever; GitHub never sends one, a broken proxy might.
    } while (cursor != null && cursors.add(cursor));
    return attempts;
  }

  /** Asks GitHub to send the delivery of attempt {@code id} again. */
  void redeliver(long id) {
    app.request(REDELIVER, Map.of("delivery_id", id));
  }

  static Optional<String> nextCursor(String link) {
    Matcher next = NEXT.matcher(link);
    if (!next.find()) {
      return Optional.empty();
    }
    Matcher cursor = CURSOR.matcher(next.group(1));
    return cursor.find()
        ? Optional.of(URLDecoder.decode(cursor.group(1), StandardCharsets.UTF_8))
        : Optional.empty();
  }
}
