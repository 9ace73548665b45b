package dev.botwright.test;

import static dev.botwright.test.TestHandlers.COMMENTS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.DeliveryFailure.HandlerFailure;
import dev.botwright.github.GitHubApiException;
import io.micronaut.context.annotation.Property;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@BotTest
@Property(name = "spec.name", value = "FaultInjectionTest")
class FaultInjectionTest {

  static final String ISSUE = "fixtures/issue-for-installation-4242.json";

  @Test
  void aCommentSurvivesTwoBadGateways(FakeGitHub github, WebhookSender webhooks) {
    github.failNext(COMMENTS, Fault.serverError().times(2));

    webhooks.send("issues.opened", ISSUE).assertHandled();

    github.assertCalled(COMMENTS).times(3).withJsonBody("{\"body\":\"Hello\"}");
  }

  @Test
  void aRetryAfterIsHonoured(FakeGitHub github, WebhookSender webhooks) {
    github.failNext(COMMENTS, Fault.rateLimited(1));
    long start = System.nanoTime();

    webhooks.send("issues.opened", ISSUE).assertHandled();

    // The client waited as asked instead of its 10 ms retry delay.
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    github.assertCalled(COMMENTS).times(2);
  }

  @Test
  void aSecondaryRateLimitIsWaitedOut(FakeGitHub github, WebhookSender webhooks) {
    github.failNext(COMMENTS, Fault.secondaryRateLimit(0));

    webhooks.send("issues.opened", ISSUE).assertHandled();

    github.assertCalled(COMMENTS).times(2);
  }

  @Test
  void anExhaustedRateLimitWaitsForTheReset(FakeGitHub github, WebhookSender webhooks) {
    github.failNext(COMMENTS, Fault.primaryRateLimitExhausted(0));

    webhooks.send("issues.opened", ISSUE).assertHandled();

    github.assertCalled(COMMENTS).times(2);
  }

  @Test
  void aConnectionResetIsRetried(FakeGitHub github, WebhookSender webhooks) {
    github.failNext(COMMENTS, Fault.connectionReset());

    webhooks.send("issues.opened", ISSUE).assertHandled();

    github.assertCalled(COMMENTS).times(2);
  }

  @Test
  void aPermanentServerErrorFailsTheHandler(FakeGitHub github, WebhookSender webhooks) {
    github.failNext(COMMENTS, Fault.serverError(500).always());

    List<HandlerFailure> failures = webhooks.send("issues.opened", ISSUE).assertFailed();

    assertThat(failures)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.error())
                    .isInstanceOf(GitHubApiException.class)
                    .hasMessage(
                        "POST /repos/{owner}/{repo}/issues/{issue_number}/comments: GitHub answered 500:"
                            + " Server Error"));
    // the first attempt and three retries
    github.assertCalled(COMMENTS).times(4);
  }

  @Test
  void aWaitLongerThanTheTestCapFailsAtOnce(FakeGitHub github, WebhookSender webhooks) {
    github.failNext(COMMENTS, Fault.rateLimited(60));

    List<HandlerFailure> failures = webhooks.send("issues.opened", ISSUE).assertFailed();

    assertThat(failures.get(0).error())
        .hasMessageContaining(
            "GitHub asks to wait PT1M, longer than botwright.client.max-wait PT5S");
    github.assertCalled(COMMENTS).times(1);
  }
}
