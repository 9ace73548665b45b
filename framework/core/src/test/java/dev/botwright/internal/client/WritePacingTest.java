package dev.botwright.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.github.IssueRef;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WritePacingTest {

  private static final IssueRef ISSUE = new IssueRef("o", "r", 1);

  private final ClientHarness harness =
      new ClientHarness(Map.of("botwright.client.write-interval", "1s"));

  @BeforeEach
  void answerEverything() {
    GitHubAnswers.stubAll(harness.github, 10);
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void spacesTheWritesOfOneInstallation() {
    harness.clients.installation(1).issues().createComment(ISSUE, "a");
    harness.clients.forDelivery(1, "d").issues().createComment(ISSUE, "b");
    harness.clients.installation(1).issues().createComment(ISSUE, "c");

    assertThat(harness.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void doesNotSpaceWritesOfDifferentInstallationsOrReads() {
    harness.clients.installation(1).issues().createComment(ISSUE, "a");
    harness.clients.installation(2).issues().createComment(ISSUE, "b");
    harness.clients.installation(1).issues().get(ISSUE);
    harness.clients.installation(1).issues().get(ISSUE);

    assertThat(harness.sleeps).isEmpty();
  }

  @Test
  void aWriteAfterTheIntervalDoesNotWait() {
    harness.clients.installation(1).issues().createComment(ISSUE, "a");
    harness.clock.advance(Duration.ofMillis(1500));
    harness.clients.installation(1).issues().createComment(ISSUE, "b");

    assertThat(harness.sleeps).isEmpty();
  }

  @Test
  void partialIntervalWaitsOnlyTheRest() {
    harness.clients.installation(1).issues().createComment(ISSUE, "a");
    harness.clock.advance(Duration.ofMillis(300));
    harness.clients.installation(1).issues().createComment(ISSUE, "b");

    assertThat(harness.sleeps).containsExactly(Duration.ofMillis(700));
  }
}
