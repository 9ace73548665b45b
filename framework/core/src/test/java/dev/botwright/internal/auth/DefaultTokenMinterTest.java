package dev.botwright.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.botwright.config.AppConfiguration;
import dev.botwright.github.GitHubApiException;
import dev.botwright.github.GitHubResponse;
import dev.botwright.spi.InstallationTokenCache.Key;
import dev.botwright.spi.InstallationTokenCache.Token;
import io.micronaut.json.tree.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class DefaultTokenMinterTest {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  static final String ROUTE = "POST /app/installations/{installation_id}/access_tokens";
  // Deliberately not GitHub's usual shape: the minter must not assume length or format.
  static final String TOKEN = "opaque/token+of?any=length";

  final FakeGitHubClients github = new FakeGitHubClients(() -> created("2026-03-01T13:00:00Z"));
  final AppConfiguration app = new AppConfiguration();
  final DefaultTokenMinter minter =
      new DefaultTokenMinter(github::request, app, new MutableClock(NOW));

  @Test
  void mintsForTheWholeInstallation() {
    Token token = minter.mint(Key.of(42));

    assertThat(github.calls)
        .containsExactly(new FakeGitHubClients.Call(ROUTE, Map.of("installation_id", 42L)));
    assertThat(token.value()).isEqualTo(TOKEN);
    assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-03-01T13:00:00Z"));
    assertThat(token.mintedAt()).isEqualTo(NOW);
    assertThat(token.toString()).doesNotContain(TOKEN);
  }

  @Test
  void logsTheMintAtDebugWithoutTheToken() {
    Logger logger = (Logger) LoggerFactory.getLogger(DefaultTokenMinter.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    Level before = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    try {
      minter.mint(Key.of(42));
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(before);
    }

    assertThat(appender.list)
        .extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage)
        .containsExactly(
            tuple(
                Level.DEBUG,
                "minted installation token for installation 42, expires at"
                    + " 2026-03-01T13:00:00Z"));
  }

  @Test
  void sendsRepositoriesAndPermissionsWhenNarrowed() {
    minter.mint(new Key(42, List.of("b", "a"), Map.of("issues", "write")));

    assertThat(github.calls)
        .containsExactly(
            new FakeGitHubClients.Call(
                ROUTE,
                Map.of(
                    "installation_id", 42L,
                    "repositories", List.of("a", "b"),
                    "permissions", Map.of("issues", "write"))));
  }

  @Test
  void readsExpiryWithAnOffset() {
    github.answer = () -> created("2026-03-01T14:00:00+01:00");
    assertThat(minter.mint(Key.of(1)).expiresAt()).isEqualTo(Instant.parse("2026-03-01T13:00:00Z"));
  }

  @Test
  void explainsARejectedJwt() {
    app.setId("12345");
    GitHubApiException rejected =
        new GitHubApiException(401, ROUTE, "A JSON web token could not be decoded", null);
    github.answer =
        () -> {
          throw rejected;
        };

    AuthenticationConfigurationException e =
        catchThrowableOfType(
            AuthenticationConfigurationException.class, () -> minter.mint(Key.of(42)));

    assertThat(e)
        .hasMessage(
            "GitHub rejected the app's JWT (app id 12345): check that APP_ID (or GITHUB_CLIENT_ID)"
                + " belongs to the app whose private key is configured, and that this machine's"
                + " clock is right. GitHub said: A JSON web token could not be decoded")
        .hasCause(rejected);
    assertThat(e.environmentVariable()).isEqualTo("APP_ID");
  }

  @Test
  void explainsAMissingInstallation() {
    github.answer =
        () -> {
          throw new GitHubApiException(404, ROUTE, "Not Found", null);
        };

    GitHubApiException e =
        catchThrowableOfType(GitHubApiException.class, () -> minter.mint(Key.of(42)));

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.githubMessage())
        .isEqualTo("installation 42 not found: the app was uninstalled, or APP_ID is wrong");
    assertThat(e)
        .hasMessage(
            ROUTE
                + ": GitHub answered 404: installation 42 not found: the app was uninstalled, or"
                + " APP_ID is wrong");
  }

  @Test
  void passesOtherErrorsThrough() {
    GitHubApiException unprocessable = new GitHubApiException(422, ROUTE, "not granted", null);
    github.answer =
        () -> {
          throw unprocessable;
        };
    assertThat(catchThrowableOfType(GitHubApiException.class, () -> minter.mint(Key.of(1))))
        .isSameAs(unprocessable);
  }

  @Test
  void refusesAnAnswerWithoutATokenWithoutQuotingIt() {
    github.answer =
        () ->
            new GitHubResponse(
                201,
                Map.of(),
                JsonNode.createObjectNode(Map.of("expires_at", JsonNode.createStringNode(TOKEN))));

    GitHubApiException e =
        catchThrowableOfType(GitHubApiException.class, () -> minter.mint(Key.of(7)));

    assertThat(e)
        .hasMessage(
            ROUTE + ": GitHub answered 201: the answer for installation 7 has no 'token' string");
  }

  @Test
  void refusesAnUnreadableExpiry() {
    github.answer = () -> created("tomorrow");
    GitHubApiException e =
        catchThrowableOfType(GitHubApiException.class, () -> minter.mint(Key.of(7)));
    assertThat(e.githubMessage())
        .isEqualTo(
            "the answer for installation 7 has 'expires_at' tomorrow, which is not an ISO-8601 time");
    assertThat(e.getMessage()).doesNotContain(TOKEN);
  }

  static GitHubResponse created(String expiresAt) {
    return new GitHubResponse(
        201,
        Map.of("content-type", List.of("application/json")),
        JsonNode.createObjectNode(
            Map.of(
                "token", JsonNode.createStringNode(TOKEN),
                "expires_at", JsonNode.createStringNode(expiresAt),
                "permissions", JsonNode.createObjectNode(Map.of()))));
  }
}
