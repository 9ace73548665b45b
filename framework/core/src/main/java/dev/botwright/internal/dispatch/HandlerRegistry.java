package dev.botwright.internal.dispatch;

import io.micronaut.core.annotation.Internal;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Which handlers run for which event key. Filled at start-up by the {@code @OnEvent} and
 * {@code @OnDeliveryError} method processors; read on every delivery.
 */
@Internal
@Singleton
public final class HandlerRegistry {

  /** The key of handlers that listen to every event. */
  static final String ALL = "*";

  /** Event keys differ only by GitHub's catalog; the bound stops a flood of unknown ones. */
  private static final int MAX_CACHED_KEYS = 4096;

  private static final Comparator<HandlerMethod> BY_NAME =
      Comparator.comparing(HandlerMethod::name).thenComparing(h -> h.beanType().getName());

  private final Map<String, List<HandlerMethod>> byKey = new HashMap<>();
  private final List<HandlerMethod> errorHooks = new CopyOnWriteArrayList<>();
  private final Map<String, List<HandlerMethod>> resolved = new ConcurrentHashMap<>();

  synchronized void register(String key, HandlerMethod handler) {
    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(handler);
    byKey.get(key).sort(BY_NAME);
    resolved.clear();
  }

  void registerErrorHook(HandlerMethod hook) {
    errorHooks.add(hook);
    errorHooks.sort(BY_NAME);
  }

  /**
   * Whether any handler listens to {@code event} with {@code action} (null when the payload has
   * none); intake acknowledges other events without queueing them.
   */
  public boolean listensTo(String event, String action) {
    return !handlersFor(event, action).isEmpty();
  }

  /**
   * The handlers of one delivery in their stable order: those of {@code event.action}, then of
   * {@code event}, then of {@code *}, each group by name; a method listed under several matching
   * keys runs once.
   */
  List<HandlerMethod> handlersFor(String event, @Nullable String action) {
    String key = action == null ? event : event + "." + action;
    List<HandlerMethod> cached = resolved.get(key);
    if (cached != null) {
      return cached;
    }
    List<HandlerMethod> handlers = resolve(event, key);
    if (resolved.size() < MAX_CACHED_KEYS) {
      resolved.put(key, handlers);
    }
    return handlers;
  }

  private synchronized List<HandlerMethod> resolve(String event, String key) {
    Set<HandlerMethod> handlers = new LinkedHashSet<>();
    handlers.addAll(byKey.getOrDefault(key, List.of()));
    handlers.addAll(byKey.getOrDefault(event, List.of()));
    handlers.addAll(byKey.getOrDefault(ALL, List.of()));
    return List.copyOf(handlers);
  }

  List<HandlerMethod> errorHooks() {
    return errorHooks;
  }
}
