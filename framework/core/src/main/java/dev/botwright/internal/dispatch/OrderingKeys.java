package dev.botwright.internal.dispatch;

import dev.botwright.Sequential;
import dev.botwright.github.IssueRef;
import dev.botwright.github.RepoRef;
import dev.botwright.spi.Delivery;
import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ordering key of a delivery from its handlers' {@link Sequential} scopes: the coarsest scope
 * among them wins, so that a repository-wide handler is never overtaken by an issue-wide one.
 */
final class OrderingKeys {

  private OrderingKeys() {}

  /**
   * {@code repo:<owner>/<name>} or {@code issue:<owner>/<name>#<number>}; empty when no handler
   * asks for ordering or the payload names no repository.
   */
  static Optional<String> of(Delivery delivery, List<HandlerMethod> handlers) {
    Sequential.Scope scope = coarsest(handlers);
    if (scope == null) {
      return Optional.empty();
    }
    Optional<JsonNode> tree = CoordinatesReader.read(delivery.body());
    if (tree.isEmpty()) {
      return Optional.empty();
    }
    PayloadCoordinates where =
        new PayloadCoordinates(tree.get(), delivery.eventKey(), delivery.id());
    RepoRef repo;
    try {
      repo = where.repo();
    } catch (IllegalStateException noRepository) {
      return Optional.empty();
    }
    if (scope == Sequential.Scope.ISSUE) {
      try {
        IssueRef issue = where.issue();
        return Optional.of("issue:" + repo.owner() + "/" + repo.repo() + "#" + issue.number());
      } catch (IllegalStateException noNumber) {
        // The compile-time check keeps ISSUE to events with a number; a payload without one
        // still keeps its order, in the wider lane.
      }
    }
    return Optional.of("repo:" + repo.owner() + "/" + repo.repo());
  }

  private static Sequential.@Nullable Scope coarsest(List<HandlerMethod> handlers) {
    Sequential.@Nullable Scope coarsest = null;
    for (HandlerMethod handler : handlers) {
      Sequential.Scope scope = handler.sequential();
      if (scope == Sequential.Scope.REPOSITORY) {
        return scope;
      }
      if (scope != null) {
        coarsest = scope;
      }
    }
    return coarsest;
  }
}
