package dev.botwright.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.github.IssueRef;
import dev.botwright.github.PullRequestRef;
import dev.botwright.github.RepoRef;
import dev.botwright.repoconfig.ConfigFile;
import dev.botwright.repoconfig.RepositoryConfigs;
import io.micronaut.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DefaultEventContextTest {

  private final JsonMapper mapper = JsonMapper.createDefault();
  private final FakeEventClients clients = new FakeEventClients();

  private DefaultEventContext context(String fixture, String event, String action, long install) {
    return new DefaultEventContext(
        Fixtures.delivery("d-1", event, action, install, Fixtures.bytes(fixture)),
        mapper,
        clients,
        null);
  }

  private DefaultEventContext context(String json, String event, String action) {
    return new DefaultEventContext(
        Fixtures.delivery("d-2", event, action, 7, json.getBytes(StandardCharsets.UTF_8)),
        mapper,
        clients,
        null);
  }

  @Test
  void readsCoordinatesOfAnIssue() {
    DefaultEventContext ctx = context("issues.opened", "issues", "opened", 2311213);

    assertThat(ctx.deliveryId()).isEqualTo("d-1");
    assertThat(ctx.eventKey()).isEqualTo("issues.opened");
    assertThat(ctx.installationId()).isEqualTo(OptionalLong.of(2311213));
    assertThat(ctx.repo()).isEqualTo(new RepoRef("Codertocat", "Hello-World"));
    assertThat(ctx.issue()).isEqualTo(new IssueRef("Codertocat", "Hello-World", 1));
    assertThat(ctx.isBot()).isFalse();
    assertThat(ctx.payload().get("issue").get("title").getStringValue())
        .isEqualTo("Spelling error in the README file");
    assertThat(ctx.payload()).isSameAs(ctx.payload());
  }

  @Test
  void pullRequestOfAnIssueCommentOnAPullRequestIsTheIssueNumber() {
    DefaultEventContext ctx = context("issue_comment.created", "issue_comment", "created", 2311213);

    assertThat(ctx.pullRequest()).isEqualTo(new PullRequestRef("Codertocat", "Hello-World", 2));
    assertThat(ctx.issue()).isEqualTo(new IssueRef("Codertocat", "Hello-World", 2));
    assertThat(ctx.isBot()).isTrue();
  }

  @Test
  void issueOfAPullRequestEventIsThePullRequestAsAnIssue() {
    DefaultEventContext ctx = context("pull_request.opened", "pull_request", "opened", 2311213);

    assertThat(ctx.pullRequest()).isEqualTo(new PullRequestRef("Codertocat", "Hello-World", 2));
    assertThat(ctx.issue()).isEqualTo(new IssueRef("Codertocat", "Hello-World", 2));
  }

  @Test
  void pushHasNoActionAndNoIssue() {
    DefaultEventContext ctx = context("push", "push", null, 2311213);

    assertThat(ctx.action()).isEmpty();
    assertThat(ctx.eventKey()).isEqualTo("push");
    assertThat(ctx.repo()).isEqualTo(RepoRef.of("Codertocat/Hello-World"));
    assertThatThrownBy(ctx::issue)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "push payload has no 'issue' or 'pull_request' (delivery d-1): issue() only works for"
                + " events about one; read the payload with payload() instead");
    assertThatThrownBy(ctx::pullRequest)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "push payload has no 'pull_request' (nor an 'issue' that is a pull request)");
  }

  @Test
  void missingRepositoryAndPartsOfItAreNamed() {
    assertThatThrownBy(() -> context("{}", "issues", "opened").repo())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("issues.opened payload has no 'repository' (delivery d-2)");
    assertThatThrownBy(
            () -> context("{\"repository\":{\"name\":\"x\"}}", "issues", "opened").repo())
        .hasMessageStartingWith("issues.opened payload has no 'repository.owner'");
    assertThatThrownBy(
            () ->
                context("{\"repository\":{\"name\":\"x\",\"owner\":{}}}", "issues", "opened")
                    .repo())
        .hasMessageStartingWith("issues.opened payload has no 'repository.owner.login'");
    assertThatThrownBy(
            () ->
                context(
                        "{\"repository\":{\"name\":\"x\",\"owner\":{\"login\":\"o\"}},"
                            + "\"issue\":{}}",
                        "issues",
                        "opened")
                    .issue())
        .hasMessageStartingWith("issues.opened payload has no 'issue.number'");
  }

  @Test
  void senderWithoutTypeIsNotABot() {
    assertThat(context("{\"sender\":{\"login\":\"x\"}}", "issues", "opened").isBot()).isFalse();
    assertThat(context("{}", "issues", "opened").isBot()).isFalse();
  }

  @Test
  void githubIsCreatedOnceAndForThisDelivery() {
    DefaultEventContext ctx = context("issues.opened", "issues", "opened", 2311213);

    assertThat(ctx.github()).isSameAs(ctx.github());
    assertThat(clients.created())
        .containsExactly(
            new FakeEventClients.Created(
                2311213, "d-1", new FakeEventClients.FakeClient(2311213, "d-1")));
  }

  @Test
  void githubRefusesForADeletedInstallationWithoutCreatingAClient() {
    DefaultEventContext ctx = context("installation.deleted", "installation", "deleted", 2311213);

    assertThatThrownBy(ctx::github)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "Installation 2311213 was just deleted (installation.deleted), so GitHub would refuse"
                + " its token");
    assertThat(clients.created()).isEmpty();
  }

  @Test
  void githubRefusesWithoutInstallation() {
    DefaultEventContext ctx = context("ping", "ping", null, 0);

    assertThat(ctx.installationId()).isEmpty();
    assertThatThrownBy(ctx::github)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "The ping delivery d-1 has no installation, so there is no installation client");
    assertThat(clients.created()).isEmpty();
  }

  @Test
  void configReadsTheEventsRepositoryWithItsInstallation() {
    RecordingConfigs configs = new RecordingConfigs();
    DefaultEventContext ctx =
        new DefaultEventContext(
            Fixtures.delivery("d-3", "issues", "opened", 2311213, Fixtures.bytes("issues.opened")),
            mapper,
            clients,
            configs);

    assertThat(ctx.config("my-bot.yml", String.class)).contains("read");
    assertThat(ctx.config("my-bot.yml", String.class, "defaults")).isEqualTo("defaults");

    ConfigFile expected = ConfigFile.of(new RepoRef("Codertocat", "Hello-World"), "my-bot.yml");
    assertThat(configs.reads).containsExactly("2311213 " + expected, "2311213 " + expected);
  }

  @Test
  void configRefusesWithoutInstallationAsGithubDoes() {
    DefaultEventContext ctx =
        new DefaultEventContext(
            Fixtures.delivery("d-1", "ping", null, 0, Fixtures.bytes("ping")),
            mapper,
            clients,
            new RecordingConfigs());

    assertThatThrownBy(() -> ctx.config(ConfigFile.of(new RepoRef("o", "r"), "a.yml"), Map.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "The ping delivery d-1 has no installation, so there is no installation client");
  }

  /** Records each read as "installation file" and answers "read", or the defaults. */
  private static final class RecordingConfigs implements RepositoryConfigs {
    final List<String> reads = new ArrayList<>();

    @Override
    public <T> Optional<T> read(long installationId, ConfigFile file, Class<T> type) {
      reads.add(installationId + " " + file);
      return Optional.of(type.cast("read"));
    }

    @Override
    public <T> T read(long installationId, ConfigFile file, Class<T> type, T defaults) {
      reads.add(installationId + " " + file);
      return defaults;
    }
  }

  @Test
  void logCarriesTheDeliveryInItsMdc() {
    DefaultEventContext ctx = context("issues.opened", "issues", "opened", 2311213);
    var appender = LogCapture.attach();
    try {
      ctx.log().info("hello {}", "there");
    } finally {
      appender.detach();
    }
    assertThat(appender.events()).hasSize(1);
    var event = appender.events().get(0);
    assertThat(event.getFormattedMessage()).isEqualTo("hello there");
    assertThat(event.getMDCPropertyMap())
        .containsEntry("deliveryId", "d-1")
        .containsEntry("event", "issues.opened")
        .containsEntry("installationId", "2311213");
    assertThat(org.slf4j.MDC.get("deliveryId")).isNull();
  }
}
