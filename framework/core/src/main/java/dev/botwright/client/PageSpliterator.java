package dev.botwright.client;

import dev.botwright.github.GitHubResponse;
import io.micronaut.json.tree.JsonNode;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fetches a page only when the stream has used up the previous one. */
final class PageSpliterator implements Spliterator<JsonNode> {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;[^,]*rel=\"?next\"?");

  private final DefaultGitHubClient client;
  private final Endpoints endpoints;
  private final Route route;
  private final Deque<JsonNode> buffer = new ArrayDeque<>();
  private URI next;

  PageSpliterator(DefaultGitHubClient client, Endpoints endpoints, Route route, URI first) {
    this.client = client;
    this.endpoints = endpoints;
    this.route = route;
    this.next = first;
  }

  @Override
  public boolean tryAdvance(Consumer<? super JsonNode> action) {
    while (buffer.isEmpty() && next != null) {
      fetch();
    }
    if (buffer.isEmpty()) {
      return false;
    }
    action.accept(buffer.poll());
    return true;
  }

  private void fetch() {
    GitHubResponse page = client.send(route, next, null);
    next =
        page.header("link")
            .flatMap(PageSpliterator::nextLink)
            .map(url -> endpoints.sameOrigin(url, route.toString()))
            .orElse(null);
    items(page.body()).forEach(buffer::add);
  }

  static java.util.Optional<String> nextLink(String link) {
    Matcher matcher = NEXT.matcher(link);
    return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
  }

  private List<JsonNode> items(JsonNode body) {
    List<JsonNode> items = new ArrayList<>();
    if (body.isArray()) {
      body.values().forEach(items::add);
    } else if (body.isObject()) {
      List<String> arrays = new ArrayList<>();
      JsonNode found = null;
      for (Map.Entry<String, JsonNode> field : body.entries()) {
        if (field.getValue().isArray()) {
          arrays.add(field.getKey());
          found = field.getValue();
        }
      }
      if (arrays.size() != 1) {
        throw new IllegalStateException(
            "Cannot paginate '"
                + route
                + "': expected an array or an object with one array field, but the fields with"
                + " arrays are "
                + arrays
                + "; use request() and read the pages yourself");
      }
      found.values().forEach(items::add);
    }
    return items;
  }

  @Override
  public Spliterator<JsonNode> trySplit() {
    return null;
  }

  @Override
  public long estimateSize() {
    return Long.MAX_VALUE;
  }

  @Override
  public int characteristics() {
    return ORDERED | NONNULL;
  }
}
