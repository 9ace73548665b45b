package dev.botwright.internal.client;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Fetches a page only when the stream has used up the previous one. */
final class PageSpliterator<T> implements Spliterator<T> {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;[^,]*rel=\"?next\"?");

  private final DefaultGitHubClient client;
  private final Endpoints endpoints;
  private final Route route;
  private final Function<byte[], List<T>> items;
  private final Deque<T> buffer = new ArrayDeque<>();
  private @Nullable URI next;

  /**
   * @param items reads one page's items from its bytes
   */
  PageSpliterator(
      DefaultGitHubClient client,
      Endpoints endpoints,
      Route route,
      URI first,
      Function<byte[], List<T>> items) {
    this.client = client;
    this.endpoints = endpoints;
    this.route = route;
    this.next = first;
    this.items = items;
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    for (URI page = next; buffer.isEmpty() && page != null; page = next) {
      fetch(page);
    }
    if (buffer.isEmpty()) {
      return false;
    }
    action.accept(buffer.poll());
    return true;
  }

  private void fetch(URI address) {
    HttpExchange page = client.exchange(route, address, null);
    next =
        page.header("link")
            .flatMap(PageSpliterator::nextLink)
            .map(url -> endpoints.sameOrigin(url, route.toString()))
            .orElse(null);
    if (!DryRunTransport.isEmptyAnswer(page)) {
      buffer.addAll(items.apply(page.body()));
    }
  }

  static Optional<String> nextLink(String link) {
    Matcher matcher = NEXT.matcher(link);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  @Override
  public @Nullable Spliterator<T> trySplit() {
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
