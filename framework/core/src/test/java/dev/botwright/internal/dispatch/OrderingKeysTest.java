package dev.botwright.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@MicronautTest(startApplication = false)
@Property(name = "spec.name", value = "OrderingKeysTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
class OrderingKeysTest {

  @Inject DeliveryProcessor processor;

  private String key(String fixture, String event, String action) {
    return key(Fixtures.bytes(fixture), event, action);
  }

  private String key(byte[] body, String event, String action) {
    return processor
        .plan(Fixtures.delivery("d-1", event, action, 1, body))
        .flatMap(DeliveryPlan::orderingKey)
        .orElse("<none>");
  }

  @Test
  void issueScopeKeysByIssueNumber() {
    assertThat(key("issue_comment.created", "issue_comment", "created"))
        .isEqualTo("issue:Codertocat/Hello-World#2");
  }

  @Test
  void coarsestScopeAmongTheDeliveryHandlersWins() {
    // perPullRequest asks for ISSUE, perRepository (listening to every pull_request action) for
    // REPOSITORY: the repository lane keeps both handlers' promises.
    assertThat(key("pull_request.opened", "pull_request", "opened"))
        .isEqualTo("repo:Codertocat/Hello-World");
  }

  @Test
  void repositoryScopeIsTheDefault() {
    assertThat(key("push", "push", null)).isEqualTo("repo:Codertocat/Hello-World");
  }

  @Test
  void noKeyWhenNoHandlerAsks() {
    assertThat(key("issues.opened", "issues", "opened")).isEqualTo("<none>");
    assertThat(key("push", "release", "published")).isEqualTo("<none>");
  }

  @Test
  void noKeyWhenThePayloadHasNoRepository() {
    assertThat(key("installation.deleted", "installation", "deleted")).isEqualTo("<none>");
    assertThat(key("not json".getBytes(StandardCharsets.UTF_8), "push", null)).isEqualTo("<none>");
  }

  @Test
  void issueScopeFallsBackToTheRepositoryWhenThePayloadHasNoNumber() {
    byte[] body =
        "{\"repository\":{\"name\":\"r\",\"owner\":{\"login\":\"o\"}}}"
            .getBytes(StandardCharsets.UTF_8);
    assertThat(key(body, "issue_comment", "created")).isEqualTo("repo:o/r");
  }
}
