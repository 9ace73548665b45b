package dev.botwright.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.botwright.json.JsonBindingException;
import dev.botwright.json.JsonInputLog;
import io.micronaut.json.tree.JsonNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated records read GitHub's example payloads, bent one field at a time: required fields
 * fail with their path, optional ones degrade to null with a DEBUG note, unknown things are
 * tolerated.
 */
class EventModelTest {

  private static final String OPENED = "issues.opened";

  @Test
  void readsAnExampleIntoTheRecordOfItsActionWithoutANote() {
    try (JsonInputLog log = JsonInputLog.capture()) {
      IssuesEvent.Opened event = opened(ExamplePayload.of(OPENED));

      assertThat(event.action()).isEqualTo("opened");
      Issue issue = event.issue();
      assertThat(issue.number()).isEqualTo(1);
      assertThat(issue.title()).isEqualTo("Spelling error in the README file");
      assertThat(issue.htmlUrl()).isEqualTo("https://github.com/Codertocat/Hello-World/issues/1");
      assertThat(issue.authorAssociation()).isEqualTo(AuthorAssociation.OWNER);
      assertThat(issue.state()).isEqualTo(Issue.State.OPEN);
      assertThat(issue.closedAt()).isNull();
      assertThat(issue.labels())
          .extracting(Label::name, Label::isDefault)
          .containsExactly(tuple("bug", true));
      assertThat(issue.user().login()).isEqualTo("Codertocat");
      assertThat(event.repository().fullName()).isEqualTo("Codertocat/Hello-World");
      assertThat(event.repository().isPrivate()).isFalse();
      assertThat(event.installation()).isNull();
      assertThat(event.organization()).isNull();
      assertThat(log.messages()).as("a payload that fits the schema reads silently").isEmpty();
    }
  }

  @Test
  void fieldsThisVersionDoesNotKnowAreSkipped() {
    IssuesEvent.Opened plain = opened(ExamplePayload.of(OPENED));

    IssuesEvent.Opened extended =
        opened(
            ExamplePayload.of(OPENED)
                .with("brand_new_field", ExamplePayload.json("[1, [\"nested\"], {\"a\": {}}]"))
                .with("issue.future_field", "x")
                .with("sender.future_object", List.of(true)));

    assertThat(extended).isEqualTo(plain);
  }

  @Test
  void aMalformedOptionalFieldReadsAsNullAndIsLoggedOnceWithItsPath() {
    try (JsonInputLog log = JsonInputLog.capture()) {
      IssuesEvent.Opened event =
          opened(
              ExamplePayload.of(OPENED)
                  .with("issue.closed_at", "yesterday")
                  .with("issue.body", 42));

      assertThat(event.issue().closedAt()).isNull();
      assertThat(event.issue().body()).isNull();
      assertThat(event.issue().title()).isEqualTo("Spelling error in the README file");
      assertThat(log.messages())
          .containsExactly(
              "DEBUG issue.closed_at of the issues.opened payload of delivery d-1 is a string, not"
                  + " a timestamp: read as null",
              "DEBUG issue.body of the issues.opened payload of delivery d-1 is a whole number,"
                  + " not a string: read as null");
    }
  }

  @Test
  void aRequiredFieldThatIsNullFailsWithItsPathAndNoValue() {
    JsonBindingException e = failure(ExamplePayload.of(OPENED).with("sender.login", null));

    assertThat(e.path()).isEqualTo("sender.login");
    assertThat(e.eventKey()).isEqualTo(OPENED);
    assertThat(e.deliveryId()).isEqualTo("d-1");
    assertThat(e)
        .hasMessage(
            "The issues.opened payload of delivery d-1 cannot be read: 'sender.login' is null, but"
                + " GitHub's schema says it never is. Read this event as JSON (take a"
                + " JsonNode, or EventContext.payload()) until the model is fixed, and report the"
                + " payload's shape to Botwright.");
  }

  @Test
  void aRequiredFieldThatIsMissingOrUnreadableFailsWithItsPath() {
    assertThat(failure(ExamplePayload.of(OPENED).without("issue.title")))
        .hasMessageContaining("'issue.title' is missing,")
        .extracting(JsonBindingException::path)
        .isEqualTo("issue.title");
    assertThat(failure(ExamplePayload.of(OPENED).without("repository")))
        .extracting(JsonBindingException::path)
        .isEqualTo("repository");
    // created_at, unlike closed_at, is in every issue schema, so a broken one fails the read
    JsonBindingException e =
        failure(ExamplePayload.of(OPENED).with("issue.created_at", "yesterday"));
    assertThat(e.path()).isEqualTo("issue.created_at");
    assertThat(e)
        .hasMessageContaining("'issue.created_at' is a string, not a timestamp as GitHub's schema")
        .hasMessageNotContaining("yesterday")
        .hasMessageNotContaining("Codertocat");
  }

  @Test
  void aBrokenOptionalObjectReadsAsNullWhileTheRestBinds() {
    // issue.user may be null in GitHub's schema; its login is required only inside it
    try (JsonInputLog log = JsonInputLog.capture()) {
      IssuesEvent.Opened event = opened(ExamplePayload.of(OPENED).without("issue.user.login"));

      assertThat(event.issue().user()).isNull();
      assertThat(event.issue().number()).isEqualTo(1);
      assertThat(event.sender().login()).isEqualTo("Codertocat");
      assertThat(log.messages())
          .containsExactly(
              "DEBUG issue.user of the issues.opened payload of delivery d-1 is read as null:"
                  + " issue.user.login is missing, but GitHub's schema says it is always there");
    }
  }

  @Test
  void anEnumValueThisVersionDoesNotKnowIsUnrecognizedAndLogged() {
    try (JsonInputLog log = JsonInputLog.capture()) {
      IssuesEvent.Opened event =
          opened(
              ExamplePayload.of(OPENED)
                  .with("issue.author_association", "SUPERVISOR")
                  .with("sender.type", "Robot"));

      assertThat(event.issue().authorAssociation()).isEqualTo(AuthorAssociation.UNRECOGNIZED);
      assertThat(event.sender().type()).isEqualTo(User.Type.UNRECOGNIZED);
      assertThat(event.sender().isBot()).isFalse();
      assertThat(log.messages())
          .containsExactly(
              "DEBUG issue.author_association of the issues.opened payload of delivery d-1 has the"
                  + " value 'SUPERVISOR', which this version does not know: read as UNRECOGNIZED",
              "DEBUG sender.type of the issues.opened payload of delivery d-1 has the value"
                  + " 'Robot', which this version does not know: read as UNRECOGNIZED");
    }
  }

  @Test
  void listsDropNullItemsAreEmptyWhenMissingAndCannotBeChanged() {
    JsonNode wontfix =
        ExamplePayload.json(
            """
            {"id": 7, "node_id": "L7", "url": "https://x.test/7", "name": "wontfix", "default": false}
            """);
    IssuesEvent.Opened plain = opened(ExamplePayload.of(OPENED));
    Label bug = plain.issue().labels().get(0);

    IssuesEvent.Opened event =
        opened(
            ExamplePayload.of(OPENED)
                .with("issue.labels", Arrays.asList(null, wontfix, null))
                .without("issue.assignees"));

    assertThat(event.issue().labels()).extracting(Label::name).containsExactly("wontfix");
    assertThat(event.issue().assignees()).isEmpty();
    assertThat(plain.issue().assignees()).hasSize(1);
    assertThatThrownBy(() -> plain.issue().labels().add(bug))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> event.issue().assignees().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void timestampsAreIsoWithAnOffsetOrTheEpochSecondsOfPushPayloads() {
    PushEvent push =
        (PushEvent) EventTypes.read("push", null, ExamplePayload.of("push").bytes(), "d-2");

    assertThat(push.repository().createdAt()).isEqualTo(Instant.ofEpochSecond(1557933565));
    assertThat(push.repository().pushedAt()).isEqualTo(Instant.ofEpochSecond(1557933657));
    assertThat(push.repository().updatedAt()).isEqualTo(Instant.parse("2019-05-15T15:20:41Z"));
    IssuesEvent.Opened shifted =
        opened(ExamplePayload.of(OPENED).with("issue.updated_at", "2019-05-15T17:20:18+02:00"));
    assertThat(shifted.issue().updatedAt()).isEqualTo(Instant.parse("2019-05-15T15:20:18Z"));
  }

  @Test
  void anActionThisVersionDoesNotKnowReadsAsOtherWithTheSharedFields() {
    byte[] body = ExamplePayload.of(OPENED).with("action", "frobnicated").bytes();

    WebhookEvent event = EventTypes.read("issues", body);

    assertThat(event).isInstanceOf(IssuesEvent.Other.class);
    IssuesEvent issues = (IssuesEvent) event;
    assertThat(issues.action()).isEqualTo("frobnicated");
    assertThat(issues.issue().title()).isEqualTo("Spelling error in the README file");
    assertThat(issues.repository().fullName()).isEqualTo("Codertocat/Hello-World");
    assertThat(issues.sender().login()).isEqualTo("Codertocat");
    assertThat(EventTypes.read("issues", "frobnicated", body, "d-1")).isEqualTo(event);
  }

  @Test
  void theActionInThePayloadChoosesTheRecord() {
    assertThat(EventTypes.read("issues", ExamplePayload.of(OPENED).bytes()))
        .isInstanceOf(IssuesEvent.Opened.class);
    assertThat(EventTypes.read("push", ExamplePayload.of("push").bytes()))
        .isInstanceOf(PushEvent.class);
  }

  @Test
  void invalidJsonIsRefusedWithItsLineAndColumnButNotItsText() {
    byte[] whole = ExamplePayload.of(OPENED).bytes();
    byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

    JsonBindingException e =
        catchThrowableOfType(
            JsonBindingException.class,
            () -> EventTypes.read("issues", "opened", truncated, "d-1"));

    assertThat(e.path()).isEmpty();
    assertThat(e.eventKey()).isEqualTo(OPENED);
    assertThat(e.getMessage())
        .matches(
            "The issues\\.opened payload of delivery d-1 cannot be read: the document is not valid"
                + " JSON \\(line 1, column \\d+\\)\\.")
        .doesNotContain("Codertocat", "Spelling");
  }

  @Test
  void anEventWithoutATypeIsRefusedWithWhatToDoInstead() {
    assertThatThrownBy(() -> EventTypes.read("brand_new_event", new byte[] {'{', '}'}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No type models the 'brand_new_event' event; read it as JSON");
  }

  @Test
  void aBotIsKnownByItsAccountType() {
    assertThat(opened(ExamplePayload.of(OPENED)).sender().isBot()).isFalse();
    assertThat(opened(ExamplePayload.of(OPENED).with("sender.type", "Bot")).sender().isBot())
        .isTrue();
    assertThat(opened(ExamplePayload.of(OPENED).without("sender.type")).sender().isBot()).isFalse();
  }

  @Test
  void anIssueIsAPullRequestWhenItCarriesOne() {
    assertThat(opened(ExamplePayload.of(OPENED)).issue().isPullRequest()).isFalse();
    IssuesEvent.Opened pr =
        opened(
            ExamplePayload.of(OPENED)
                .with(
                    "issue.pull_request",
                    ExamplePayload.json(
                        "{\"url\": \"https://api.github.com/repos/o/r/pulls/1\"}")));
    assertThat(pr.issue().isPullRequest()).isTrue();
    assertThat(pr.issue().pullRequest().url())
        .isEqualTo("https://api.github.com/repos/o/r/pulls/1");
  }

  @Test
  void aPushNamesItsBranchButNotATag() {
    assertThat(push(ExamplePayload.of("push")).ref()).isEqualTo("refs/tags/simple-tag");
    assertThat(push(ExamplePayload.of("push")).branch()).isNull();
    assertThat(push(ExamplePayload.of("push").with("ref", "refs/heads/feature/x")).branch())
        .isEqualTo("feature/x");
  }

  @Test
  void everyEventHasATypeThatCarriesItsName() {
    assertThat(EventTypes.events()).hasSize(75).contains("issues", "push", "sub_issues");
    for (String event : EventTypes.events()) {
      Class<? extends WebhookEvent> type = EventTypes.of(event).orElseThrow();
      assertThat(type.getAnnotation(GitHubEvent.class).value()).as(type.getName()).isEqualTo(event);
      if (!type.isSealed()) {
        assertThat(EventTypes.ofKey(event)).as(event).contains(type);
        continue;
      }
      assertThat(EventTypes.ofKey(event)).as("%s names no one record", event).isEmpty();
      List<Class<?>> actions = Arrays.asList(type.getPermittedSubclasses());
      assertThat(actions).extracting(Class::getSimpleName).as(event).contains("Other");
      for (Class<?> action : actions) {
        GitHubEvent key = action.getAnnotation(GitHubEvent.class);
        if (action.getSimpleName().equals("Other")) {
          assertThat(key).as(action.getName()).isNull();
          continue;
        }
        assertThat(key.value()).as(action.getName()).startsWith(event + ".");
        assertThat(EventTypes.ofKey(key.value()).orElseThrow()).as(key.value()).isEqualTo(action);
      }
    }
  }

  @Test
  void ofAndOfKeyAnswerForEventsAndActions() {
    assertThat(EventTypes.of("issues")).contains(IssuesEvent.class);
    assertThat(EventTypes.ofKey(OPENED)).contains(IssuesEvent.Opened.class);
    assertThat(EventTypes.ofKey("push")).contains(PushEvent.class);
    assertThat(EventTypes.ofKey("issues.frobnicated")).isEmpty();
    assertThat(EventTypes.of("brand_new_event")).isEmpty();
    assertThat(EventTypes.ofKey("brand_new_event.created")).isEmpty();
  }

  private static IssuesEvent.Opened opened(ExamplePayload payload) {
    return (IssuesEvent.Opened) EventTypes.read("issues", "opened", payload.bytes(), "d-1");
  }

  private static PushEvent push(ExamplePayload payload) {
    return (PushEvent) EventTypes.read("push", null, payload.bytes(), "d-2");
  }

  private static JsonBindingException failure(ExamplePayload payload) {
    return catchThrowableOfType(
        JsonBindingException.class,
        () -> EventTypes.read("issues", "opened", payload.bytes(), "d-1"));
  }
}
