package dev.botwright.internal.install;

import dev.botwright.github.GitHubClient;
import dev.botwright.install.IndexedInstallation;
import io.micronaut.json.tree.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks GitHub, with the user's own token, whether the user can access an installation of this app:
 * {@code GET /user/installations} lists exactly those, so an {@code installation_id} from a query
 * string is trusted only once it is found here.
 */
final class UserInstallations {

  private UserInstallations() {}

  /**
   * The installation as GitHub lists it for the user, or empty when the user cannot access it.
   *
   * @throws dev.botwright.github.GitHubApiException when GitHub fails or rejects the user's token
   */
  static Optional<IndexedInstallation> find(GitHubClient user, long installationId) {
    return user.paginate("GET /user/installations", Map.of("per_page", 100))
        .filter(item -> idOf(item) == installationId)
        .findFirst()
        .map(UserInstallations::toIndexed);
  }

  /** Every installation of this app the user can access. */
  static List<IndexedInstallation> all(GitHubClient user) {
    return user.paginate("GET /user/installations", Map.of("per_page", 100))
        .map(UserInstallations::toIndexed)
        .toList();
  }

  static IndexedInstallation toIndexed(JsonNode item) {
    JsonNode account = item.get("account");
    String login =
        account != null && account.get("login") != null
            ? account.get("login").getStringValue()
            : "";
    String targetType =
        item.get("target_type") != null ? item.get("target_type").getStringValue() : "";
    JsonNode suspended = item.get("suspended_at");
    return new IndexedInstallation(
        idOf(item), login, targetType, suspended != null && !suspended.isNull());
  }

  private static long idOf(JsonNode item) {
    JsonNode id = item.get("id");
    return id != null && id.isNumber() ? id.getLongValue() : -1;
  }
}
