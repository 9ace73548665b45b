package dev.botwright.internal.install;

import dev.botwright.github.GitHubClient;
import dev.botwright.install.InstallationLinked;
import dev.botwright.oauth.SignInException;
import dev.botwright.oauth.UserSession;
import dev.botwright.oauth.UserSessions;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test beans: a header-based session ({@code X-Test-User: id:login:token}) and spies. */
final class InstallTestBeans {

  static final String USER_HEADER = "X-Test-User";

  private InstallTestBeans() {}

  /** The install flow on, with these beans, a fresh index file and GitHub at {@code apiUrl}. */
  static Map<String, String> properties(String apiUrl) {
    return Map.of(
        "botwright.install.enabled", "true",
        "botwright.install.app-slug", "botwright-test",
        "botwright.install.index-file",
            "target/install-tests/" + UUID.randomUUID() + "/installations.json",
        "botwright.github.api-url", apiUrl,
        "botwright.test.install", "true");
  }

  @Singleton
  @Requires(property = "botwright.test.install", value = "true")
  static final class HeaderSessions implements UserSessions {

    static final String GOOD_CODE = "install-code-good-secret";

    final List<Long> revoked = new CopyOnWriteArrayList<>();
    volatile int signIns;
    private final String apiUrl;
    private final JsonMapper json;

    HeaderSessions(@Value("${botwright.github.api-url}") String apiUrl, JsonMapper json) {
      this.apiUrl = apiUrl;
      this.json = json;
    }

    @Override
    public Optional<UserSession> current(HttpRequest<?> request) {
      return request
          .getHeaders()
          .findFirst(USER_HEADER)
          .map(value -> value.split(":", 3))
          .map(
              parts ->
                  new Session(
                      Long.parseLong(parts[0]), parts[1], new TokenClient(apiUrl, parts[2], json)));
    }

    /** GitHub's code from the setup URL: {@link #GOOD_CODE} signs in user 7. */
    @Override
    public UserSession signIn(HttpRequest<?> request, String code) {
      signIns++;
      if (!GOOD_CODE.equals(code)) {
        throw new SignInException(400, "GitHub refused the sign-in code. Sign in again.");
      }
      return new Session(7, "octocat", new TokenClient(apiUrl, FakeInstallGitHub.USER_TOKEN, json));
    }

    @Override
    public void revokeAll(long userId) {
      revoked.add(userId);
    }
  }

  record Session(long userId, String login, GitHubClient github) implements UserSession {
    @Override
    public Optional<String> email() {
      return Optional.empty();
    }

    @Override
    public Instant expiresAt() {
      return Instant.now().plusSeconds(3600);
    }
  }

  @Singleton
  @Requires(property = "botwright.test.install", value = "true")
  static final class Linked {
    final List<InstallationLinked> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(InstallationLinked event) {
      events.add(event);
    }
  }
}
