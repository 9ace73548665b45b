package dev.botwright.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.botwright.MetadataConflictException;
import dev.botwright.github.IssueRef;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueMetadataTest {

  private static final JsonMapper JSON = JsonMapper.createDefault();
  private static final IssueRef ISSUE = new IssueRef("octo-org", "hello", 1);

  @Serdeable
  record Stale(String since, int reminders) {}

  @Test
  void roundTripsTypedValues() {
    InMemoryIssues github = new InMemoryIssues("Body");
    IssueMetadata metadata = new IssueMetadata(github, ISSUE, 42, JSON);

    metadata.set("stale", new Stale("2026-01-01", 2));
    metadata.set("count", 3);
    metadata.set("labels", List.of("a", "b"));

    assertThat(metadata.get("stale", Stale.class)).contains(new Stale("2026-01-01", 2));
    assertThat(metadata.get("count", Long.class)).contains(3L);
    assertThat(metadata.get("labels", Argument.listOf(String.class))).contains(List.of("a", "b"));
    assertThat(metadata.get("missing", String.class)).isEmpty();
    assertThat(metadata.getAll()).containsOnlyKeys("stale", "count", "labels");
  }

  @Test
  void aValueOfAnotherTypeIsAClearError() {
    InMemoryIssues github = new InMemoryIssues("Body");
    IssueMetadata metadata = new IssueMetadata(github, ISSUE, 42, JSON);
    metadata.set("count", "three");

    assertThatThrownBy(() -> metadata.get("count", Stale.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "The metadata 'count' of octo-org/hello#1 cannot be read as "
                + Stale.class.getName()
                + ": ")
        .hasMessageEndingWith("Read it as the type it was written with, or as JsonNode.");
  }

  @Test
  void eachWriteReadsMergesWritesAndReadsBack() {
    InMemoryIssues github = new InMemoryIssues("Body");

    new IssueMetadata(github, ISSUE, 42, JSON).set("k", 1);

    String issue = "/repos/{owner}/{repo}/issues/{issue_number}";
    assertThat(github.calls).containsExactly("GET " + issue, "PATCH " + issue, "GET " + issue);
  }

  @Test
  void anUnchangedValueIsNotWrittenAgain() {
    InMemoryIssues github = new InMemoryIssues("Body\n\n<!-- botwright = {\"42\":{\"k\":1}} -->");

    new IssueMetadata(github, ISSUE, 42, JSON).set("k", 1);

    assertThat(github.calls).noneMatch(call -> call.startsWith("PATCH"));
  }

  @Test
  void aWriteAnotherProcessOverwroteIsMadeAgainKeepingBothKeys() {
    InMemoryIssues github = new InMemoryIssues("Body");
    // Another process read the body before our write and writes its key after it.
    github.afterPatch =
        () -> github.body = "Body\n\n<!-- botwright = {\"42\":{\"theirs\":true}} -->";

    new IssueMetadata(github, ISSUE, 42, JSON).set("mine", true);

    assertThat(github.body)
        .isEqualTo("Body\n\n<!-- botwright = {\"42\":{\"theirs\":true,\"mine\":true}} -->");
    assertThat(github.calls.stream().filter(c -> c.startsWith("PATCH"))).hasSize(2);
  }

  @Test
  void givesUpAfterThreeOverwrittenAttempts() {
    InMemoryIssues github = new InMemoryIssues("Body");
    Runnable[] overwrite = new Runnable[1];
    overwrite[0] =
        () -> {
          github.body = "Body";
          github.afterPatch = overwrite[0];
        };
    github.afterPatch = overwrite[0];

    assertThatThrownBy(() -> new IssueMetadata(github, ISSUE, 42, JSON).set("mine", true))
        .isInstanceOf(MetadataConflictException.class)
        .hasMessage(
            "The metadata of octo-org/hello#1 was overwritten by another writer 3 times in a row;"
                + " the change was not kept. Try again later, or write to one issue from one"
                + " process at a time.");
    assertThat(github.calls.stream().filter(c -> c.startsWith("PATCH"))).hasSize(3);
  }
}
