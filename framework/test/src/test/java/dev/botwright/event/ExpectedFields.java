package dev.botwright.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import java.lang.reflect.RecordComponent;

/** The fields GitHub always sends for each modelled event, checked against the raw payload. */
final class ExpectedFields {

  private ExpectedFields() {}

  static void check(WebhookEvent parsed, JsonNode raw) {
    if (parsed instanceof IssuesEvent e) {
      issue(e.issue(), raw.get("issue"));
    } else if (parsed instanceof IssueCommentEvent e) {
      issue(e.issue(), raw.get("issue"));
      comment(e.comment(), raw.get("comment"));

    } else if (parsed instanceof PullRequestEvent e) {
      // The interface declares no shared fields (see PullRequestEvent.ReviewRequested): read the
      // action's record.
      if (component(e, "pullRequest") instanceof PullRequest pr) {
        assertThat(component(e, "number")).isEqualTo(raw.get("number").getLongValue());
        pullRequest(pr, raw.get("pull_request"));
      }

    } else if (parsed instanceof PullRequestReviewEvent e) {
      if (component(e, "review") instanceof Review review) {
        assertThat(review.id()).isPositive();
        assertThat(review.state()).isEqualTo(raw.get("review").get("state").getStringValue());
      }
      assertThat(e.pullRequest().number())
          .isEqualTo(raw.get("pull_request").get("number").getLongValue());
      assertThat(e.pullRequest().head().sha()).hasSize(40);

    } else if (parsed instanceof PullRequestReviewCommentEvent e) {
      assertThat(e.comment().path()).isNotBlank();
      assertThat(e.comment().body()).isEqualTo(raw.get("comment").get("body").getStringValue());
      if (component(e, "pullRequest") instanceof PullRequest pr) {
        pullRequest(pr, raw.get("pull_request"));
      }

    } else if (parsed instanceof PushEvent e) {
      assertThat(e.ref()).startsWith("refs/");
      assertThat(e.after()).hasSize(40);
      assertThat(e.commits()).hasSize(raw.get("commits").size());

    } else if (parsed instanceof CheckRunEvent e) {
      assertThat(e.checkRun().id()).isPositive();
      assertThat(e.checkRun().headSha()).hasSize(40);
      assertThat(e.checkRun().status().toString())
          .isEqualToIgnoringCase(raw.get("check_run").get("status").getStringValue());

    } else if (parsed instanceof CheckSuiteEvent e) {
      if (component(e, "checkSuite") instanceof CheckSuite suite) {
        assertThat(suite.headSha()).hasSize(40);
      }
    } else if (parsed instanceof InstallationEvent e) {
      assertThat(e.installation().account().login()).isNotBlank();
    } else if (parsed instanceof GithubAppAuthorizationEvent e) {
      assertThat(e.action()).isEqualTo("revoked");
      assertThat(e.installation()).isNull();
    } else if (parsed instanceof InstallationRepositoriesEvent e) {
      assertThat(e.repositoriesAdded().size() + e.repositoriesRemoved().size()).isPositive();
    } else if (parsed instanceof ReleaseEvent e) {
      assertThat(e.release().tagName()).isNotBlank();
    } else if (parsed instanceof WorkflowRunEvent e) {
      assertThat(e.workflowRun().id()).isPositive();
      assertThat(e.workflowRun().headSha()).hasSize(40);

    } else if (parsed instanceof WorkflowJobEvent e) {
      if (component(e, "workflowJob") instanceof WorkflowJob job) {
        assertThat(job.runId()).isPositive();
        assertThat(job.headSha()).hasSize(40);
      }

    } else if (parsed instanceof CreateEvent e) {
      assertThat(e.refType()).isIn("branch", "tag");
    } else if (parsed instanceof DeleteEvent e) {
      assertThat(e.refType()).isIn("branch", "tag");
    } else if (parsed instanceof LabelEvent e) {
      assertThat(e.label().name()).isNotBlank();
    } else if (parsed instanceof RepositoryEvent e) {
      assertThat(e.repository().id()).isPositive();
    } else if (parsed instanceof StatusEvent e) {
      assertThat(e.sha()).hasSize(40);
      assertThat(e.state()).isIn("pending", "success", "failure", "error");

    } else if (parsed instanceof DiscussionEvent e) {
      discussion(e.discussion(), raw.get("discussion"));
    } else if (parsed instanceof DiscussionCommentEvent e) {
      discussion(e.discussion(), raw.get("discussion"));
      comment(e.comment(), raw.get("comment"));

    } else if (parsed instanceof PingEvent e) {
      assertThat(e.zen()).isNotBlank();
      assertThat(e.hookId()).isPositive();

    } else {
      throw new AssertionError("No expectations for " + parsed.getClass());
    }
  }

  private static void issue(Issue issue, JsonNode raw) {
    assertThat(issue.number()).isPositive().isEqualTo(raw.get("number").getIntValue());
    assertThat(issue.title()).isEqualTo(raw.get("title").getStringValue());
    assertThat(issue.user().login()).isNotBlank();
    assertThat(issue.labels()).hasSize(raw.get("labels") == null ? 0 : raw.get("labels").size());
    assertThat(issue.isPullRequest()).isEqualTo(raw.get("pull_request") != null);
  }

  private static void comment(IssueComment comment, JsonNode raw) {
    assertThat(comment.id()).isEqualTo(raw.get("id").getLongValue());
    assertThat(comment.user().login()).isNotBlank();
    assertThat(comment.htmlUrl()).startsWith("https://");
  }

  private static void comment(DiscussionComment comment, JsonNode raw) {
    assertThat(comment.id()).isEqualTo(raw.get("id").getLongValue());
    assertThat(comment.user().login()).isNotBlank();
    assertThat(comment.htmlUrl()).startsWith("https://");
  }

  /** A record component by name, for fields the event's interface does not declare. */
  private static Object component(WebhookEvent event, String name) {
    for (RecordComponent c : event.getClass().getRecordComponents()) {
      if (c.getName().equals(name)) {
        try {
          return c.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
    return null;
  }

  private static void pullRequest(PullRequest pr, JsonNode raw) {
    assertThat(pr.number()).isPositive().isEqualTo(raw.get("number").getIntValue());
    assertThat(pr.head().sha()).hasSize(40);
    assertThat(pr.head().ref()).isNotBlank();
    assertThat(pr.base().ref()).isEqualTo(raw.get("base").get("ref").getStringValue());
    assertThat(pr.user().login()).isNotBlank();
    assertThat(pr.merged())
        .isEqualTo(raw.get("merged") != null && raw.get("merged").getBooleanValue());
  }

  private static void discussion(Discussion discussion, JsonNode raw) {
    assertThat(discussion.number()).isPositive().isEqualTo(raw.get("number").getIntValue());
    assertThat(discussion.title()).isNotBlank();
    assertThat(discussion.user().login()).isNotBlank();
  }
}
