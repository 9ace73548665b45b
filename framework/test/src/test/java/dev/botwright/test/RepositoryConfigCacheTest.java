package dev.botwright.test;

import static dev.botwright.test.ConfigHandlers.COMMENTS;
import static dev.botwright.test.ConfigHandlers.FILE;
import static dev.botwright.test.ConfigHandlers.issueIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.github.RepoRef;
import io.micronaut.context.annotation.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The configuration cache with its production freshness (a minute; the kit's default is {@code
 * 0s}): reads within it ask GitHub nothing, a push to the default branch that touches {@code
 * .github/} drops the repository's files, and installations never share an entry. Each test reads a
 * repository of its own, so what one test cached cannot answer another.
 */
@BotTest
@Property(name = "spec.name", value = "RepositoryConfigCacheTest")
@Property(name = "botwright.repo-config.max-age", value = "1m")
class RepositoryConfigCacheTest {

  @Test
  void aFreshFileIsReadOnceForManyDeliveries(FakeGitHub github, WebhookSender webhooks) {
    RepoRef repo = new RepoRef("cache-once", "app");
    github.stubConfig(repo, FILE, "greeting: One read\n");

    webhooks.send(issueIn(repo)).assertHandled();
    webhooks.send(issueIn(repo)).assertHandled();
    webhooks.send(issueIn(repo)).assertHandled();

    github.assertCalled(COMMENTS).times(3).withJsonBody("{\"body\":\"One read\"}");
    github.assertCalled("GET /repos/cache-once/app/contents/.github/greeter.yml").times(1);
  }

  @Test
  void aPushTouchingGithubDropsTheRepositorysFiles(FakeGitHub github, WebhookSender webhooks) {
    RepoRef repo = new RepoRef("cache-push", "app");
    github.stubConfig(repo, FILE, "greeting: Before\n");
    webhooks.send(issueIn(repo)).assertHandled();
    github.stubConfig(repo, FILE, "greeting: After\n");

    webhooks.send(push(repo, "refs/heads/main", "README.md")).assertHandled();
    webhooks.send(push(repo, "refs/heads/feature", ".github/greeter.yml")).assertHandled();
    webhooks.send(issueIn(repo)).assertHandled();
    webhooks.send(push(repo, "refs/heads/main", ".github/greeter.yml")).assertHandled();
    webhooks.send(issueIn(repo)).assertHandled();

    List<Call> comments = github.assertCalled(COMMENTS).times(3).calls();
    assertThat(comments)
        .extracting(Call::body)
        .containsExactly("{\"body\":\"Before\"}", "{\"body\":\"Before\"}", "{\"body\":\"After\"}");
    List<Call> reads =
        github.assertCalled("GET /repos/cache-push/app/contents/.github/greeter.yml").calls();
    assertThat(reads).hasSize(2);
    // The dropped entry kept its ETag: GitHub would have answered 304 had the file not changed.
    assertThat(reads.get(1).headers()).containsKey("if-none-match");
    assertThat(github.notModifiedCalls()).isEmpty();
  }

  @Test
  void anUnchangedFileAfterAPushCostsA304(FakeGitHub github, WebhookSender webhooks) {
    RepoRef repo = new RepoRef("cache-304", "app");
    github.stubConfig(repo, FILE, "greeting: Same\n");
    webhooks.send(issueIn(repo)).assertHandled();

    webhooks.send(push(repo, "refs/heads/main", ".github/other-bot.yml")).assertHandled();
    webhooks.send(issueIn(repo)).assertHandled();

    github.assertCalled(COMMENTS).times(2).withJsonBody("{\"body\":\"Same\"}");
    github.assertCalled("GET /repos/cache-304/app/contents/.github/greeter.yml").times(2);
    assertThat(github.notModifiedCalls())
        .singleElement()
        .satisfies(c -> assertThat(c.pathOnly()).endsWith("/.github/greeter.yml"));
  }

  @Test
  void installationsNeverShareAnEntry(FakeGitHub github, WebhookSender webhooks) {
    RepoRef repo = new RepoRef("cache-installations", "app");
    github.stubConfig(repo, FILE, "greeting: Per installation\n");

    webhooks.send(issueIn(repo).installation(42)).assertHandled();
    webhooks.send(issueIn(repo).installation(43)).assertHandled();

    List<Call> reads =
        github
            .assertCalled("GET /repos/cache-installations/app/contents/.github/greeter.yml")
            .times(2)
            .calls();
    assertThat(reads).extracting(c -> c.installationId().getAsLong()).containsExactly(42L, 43L);
    assertThat(reads).allSatisfy(c -> assertThat(c.headers()).doesNotContainKey("if-none-match"));
  }

  @Test
  void aMissingFileIsRememberedUntilAPushAddsIt(FakeGitHub github, WebhookSender webhooks) {
    RepoRef repo = new RepoRef("cache-missing", "app");
    webhooks.send(issueIn(repo)).assertHandled();
    github.stubConfig(repo, FILE, "greeting: Added\n");
    webhooks.send(issueIn(repo)).assertHandled();

    webhooks.send(push(repo, "refs/heads/main", ".github/greeter.yml")).assertHandled();
    webhooks.send(issueIn(repo)).assertHandled();

    assertThat(github.assertCalled(COMMENTS).times(3).calls())
        .extracting(Call::body)
        .containsExactly("{\"body\":\"none\"}", "{\"body\":\"none\"}", "{\"body\":\"Added\"}");
  }

  /** A push to {@code ref} of {@code repo} (default branch {@code main}) changing {@code path}. */
  private static Fixture push(RepoRef repo, String ref, String path) {
    return Fixture.of("push.5")
        .with("ref", ref)
        .with("repository.name", repo.repo())
        .with("repository.full_name", repo.toString())
        .with("repository.owner.login", repo.owner())
        .with("repository.default_branch", "main")
        .withJson(
            "commits",
            """
            [{"id": "6113728f27ae82c7b1a177c8d03f9e96e0adf246",
              "tree_id": "31b122c26a97cf9af023e9ddab94a82c6e77b0ea", "distinct": true,
              "message": "Change %s", "timestamp": "2019-05-15T15:19:25Z",
              "url": "https://github.com/o/r/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246",
              "author": {"name": "Codertocat", "email": "c@example.com"},
              "committer": {"name": "Codertocat", "email": "c@example.com"},
              "added": [], "removed": [], "modified": ["%s"]}]
            """
                .formatted(path, path));
  }
}
