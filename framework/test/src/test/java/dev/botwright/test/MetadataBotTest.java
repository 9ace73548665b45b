package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.EventContext;
import dev.botwright.Metadata;
import dev.botwright.OnEvent;
import dev.botwright.github.GitHubClients;
import dev.botwright.github.IssueRef;
import dev.botwright.internal.metadata.IssueMetadata;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** ctx.metadata against the fake's stateful issue. */
@BotTest
@Property(name = "spec.name", value = "MetadataBotTest")
class MetadataBotTest {

  static final IssueRef ISSUE = new IssueRef("Codertocat", "Hello-World", 1);

  /** Counts how often it saw each issue opened, in the issue's metadata. */
  @Singleton
  @Requires(property = "spec.name", value = "MetadataBotTest")
  static class Counter {
    @OnEvent("issues.opened")
    void count(EventContext ctx) {
      Metadata metadata = ctx.metadata(ctx.issue());
      long seen = metadata.get("seen", Long.class).orElse(0L);
      metadata.set("seen", seen + 1);
    }
  }

  @Inject GitHubClients clients;
  @Inject JsonMapper mapper;

  @Test
  void aHandlerReadsAndWritesTheHiddenComment(FakeGitHub github, WebhookSender webhooks) {
    github.stubIssue(ISSUE, "It is spelt wrong.");

    webhooks.send("issues.opened").assertHandled();
    webhooks.send("issues.opened").assertHandled();

    assertThat(github.issueBody(ISSUE))
        .isEqualTo("It is spelt wrong.\n\n<!-- botwright = {\"42\":{\"seen\":2}} -->");
    github
        .assertCalled("PATCH /repos/{owner}/{repo}/issues/{issue_number}")
        .withJsonBody(
            "{\"body\":\"It is spelt wrong.\\n\\n<!-- botwright = {\\\"42\\\":{\\\"seen\\\":1}}"
                + " -->\"}");
  }

  @Test
  void metadataWrittenTwiceConcurrentlyKeepsBothKeys(FakeGitHub github) throws Exception {
    github.stubIssue(ISSUE, "Body");
    int writers = 2;
    int keysEach = 5;
    CyclicBarrier start = new CyclicBarrier(writers);
    ExecutorService threads = Executors.newFixedThreadPool(writers);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String writer = "writer" + w;
        done.add(
            threads.submit(
                () -> {
                  start.await(10, TimeUnit.SECONDS);
                  Metadata metadata =
                      new IssueMetadata(clients.installation(42), ISSUE, 42, mapper);
                  for (int k = 0; k < keysEach; k++) {
                    metadata.set(writer + "-" + k, k);
                  }
                  return null;
                }));
      }
      for (Future<?> future : done) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    Metadata metadata = new IssueMetadata(clients.installation(42), ISSUE, 42, mapper);
    assertThat(metadata.getAll())
        .containsOnlyKeys(
            "writer0-0",
            "writer0-1",
            "writer0-2",
            "writer0-3",
            "writer0-4",
            "writer1-0",
            "writer1-1",
            "writer1-2",
            "writer1-3",
            "writer1-4");
    assertThat(github.issueBody(ISSUE)).startsWith("Body\n\n<!-- botwright = {\"42\":{");
  }
}
