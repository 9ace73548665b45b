package dev.botwright.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventModelTest {

  private static final JsonMapper JSON = JsonMapper.createDefault();

  private static final String LABELED_ISSUE =
      """
      {"action": "labeled", "brand_new_field": {"nested": [1, 2]},
       "issue": {"id": 1, "number": 7, "title": "Crash", "state": "open",
                 "user": {"login": "octocat", "id": 1, "type": "User", "future": true},
                 "labels": [{"id": 3, "name": "bug", "default": true}],
                 "author_association": "OWNER", "html_url": "https://example.test/7",
                 "created_at": "2024-05-01T10:00:00Z"},
       "label": {"id": 3, "name": "bug"},
       "sender": {"login": "helper[bot]", "id": 2, "type": "Bot"},
       "repository": {"id": 4, "name": "hello", "full_name": "octocat/hello", "private": true,
                      "owner": {"login": "octocat", "id": 1}, "default_branch": "main"}}
      """;

  @Test
  void readsSnakeCaseFieldsAndIgnoresUnknownOnes() throws IOException {
    IssuesEvent event = read(JSON, LABELED_ISSUE);

    assertThat(event.action()).isEqualTo("labeled");
    assertThat(event.issue().authorAssociation()).isEqualTo("OWNER");
    assertThat(event.issue().htmlUrl()).isEqualTo("https://example.test/7");
    assertThat(event.issue().createdAt()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(event.issue().labels()).extracting(Label::isDefault).containsExactly(true);
    assertThat(event.repository().fullName()).isEqualTo("octocat/hello");
    assertThat(event.repository().isPrivate()).isTrue();
    assertThat(event.repository().defaultBranch()).isEqualTo("main");
    assertThat(event.installation()).isNull();
    assertThat(event.organization()).isNull();
  }

  @Test
  void ignoresUnknownFieldsEvenWhenTheApplicationDisallowsThem() throws IOException {
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("micronaut.serde.deserialization.ignore-unknown", false))) {
      IssuesEvent event = read(context.getBean(JsonMapper.class), LABELED_ISSUE);

      assertThat(event.issue().number()).isEqualTo(7);
    }
  }

  @Test
  void writesTheSameSnakeCaseNamesItReads() throws IOException {
    IssuesEvent event = read(JSON, LABELED_ISSUE);

    String written = JSON.writeValueAsString(event);

    assertThat(written).contains("\"full_name\":\"octocat/hello\"", "\"private\":true");
    assertThat(read(JSON, written)).isEqualTo(event);
  }

  @Test
  void recognisesBotsByTheirAccountType() throws IOException {
    IssuesEvent event = read(JSON, LABELED_ISSUE);

    assertThat(event.sender().isBot()).isTrue();
    assertThat(event.issue().user().isBot()).isFalse();
  }

  @Test
  void missingArraysBecomeEmptyAndAllListsAreUnmodifiableCopies() throws IOException {
    IssuesEvent event = read(JSON, LABELED_ISSUE);
    assertThat(event.issue().assignees()).isEmpty();
    assertThatThrownBy(() -> event.issue().labels().clear())
        .isInstanceOf(UnsupportedOperationException.class);

    List<String> added = new ArrayList<>(List.of("a.txt"));
    var commit =
        new PushCommit(
            "abc",
            null,
            "msg",
            null,
            null,
            new CommitAuthor("n", null, null),
            null,
            true,
            added,
            null,
            List.of());
    added.add("b.txt");

    assertThat(commit.added()).containsExactly("a.txt");
    assertThat(commit.removed()).isEmpty();
    assertThatThrownBy(() -> commit.added().add("c.txt"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void pushEventNamesItsBranch() {
    assertThat(push("refs/heads/feature/x").branch()).isEqualTo("feature/x");
    assertThat(push("refs/tags/v1.0").branch()).isNull();
  }

  @Test
  void recordsAreReadThroughCompileTimeIntrospection() {
    for (String event : EventTypes.events()) {
      Class<? extends WebhookEvent> type = EventTypes.of(event).orElseThrow();
      BeanIntrospection<? extends WebhookEvent> introspection =
          BeanIntrospector.SHARED.findIntrospection(type).orElseThrow();

      assertThat(introspection.stringValue(GitHubEvent.class)).as(type.getName()).contains(event);
    }
    assertThat(JSON.getClass().getName()).startsWith("io.micronaut.serde");
  }

  @Test
  void eachRecordCarriesTheEventNameItIsMappedFrom() {
    for (String event : EventTypes.events()) {
      Class<? extends WebhookEvent> type = EventTypes.of(event).orElseThrow();

      assertThat(type.getAnnotation(GitHubEvent.class).value()).isEqualTo(event);
    }
    assertThat(EventTypes.events()).hasSize(22);
    assertThat(EventTypes.of("star")).isEmpty();
  }

  private static PushEvent push(String ref) {
    var author = new CommitAuthor("octocat", null, null);
    var sender = new User("octocat", 1, "User", null, null);
    var repo = new Repository(1, "r", "o/r", sender, false, null, null, false, false, "main", null);
    return new PushEvent(
        ref, "0", "1", false, false, false, null, null, null, null, author, sender, repo, null,
        null);
  }

  private static IssuesEvent read(JsonMapper mapper, String json) throws IOException {
    return mapper.readValue(json.getBytes(StandardCharsets.UTF_8), IssuesEvent.class);
  }
}
