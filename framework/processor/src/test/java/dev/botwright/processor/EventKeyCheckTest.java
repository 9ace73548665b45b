package dev.botwright.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventKeyCheckTest {

  private final EventKeyCheck check = new EventKeyCheck(WebhookCatalog.load());

  @Test
  void acceptsEventsActionsAndEveryEvent() {
    for (String key :
        List.of("*", "issues", "issues.opened", "push", "ping", "check_suite.requested")) {
      assertThat(check.problem(key)).as(key).isEmpty();
    }
  }

  @Test
  void suggestsGitHubSpellingForOtherCasesAndSeparators() {
    assertThat(check.problem("PullRequest.opened"))
        .contains("unknown GitHub event 'PullRequest.opened'. Did you mean 'pull_request.opened'?");
    assertThat(check.problem("pull-request.opened"))
        .contains(
            "unknown GitHub event 'pull-request.opened'. Did you mean 'pull_request.opened'?");
  }

  @Test
  void suggestsAcrossTransposedLetters() {
    assertThat(check.problem("issues.oepned"))
        .contains("unknown GitHub event 'issues.oepned'. Did you mean 'issues.opened'?");
  }

  @Test
  void nearestPrefersTheSmallestDistanceThenSortedOrder() {
    assertThat(EventKeyCheck.nearest("cat", List.of("bat", "cap", "dog"))).isEqualTo("bat");
    assertThat(EventKeyCheck.nearest("synchronized", List.of("opened", "synchronize")))
        .isEqualTo("synchronize");
  }

  @Test
  void editDistanceCountsAdjacentSwapsOnce() {
    assertThat(EditDistance.between("opend", "opened")).isEqualTo(1);
    assertThat(EditDistance.between("oepned", "opened")).isEqualTo(1);
    assertThat(EditDistance.between("", "push")).isEqualTo(4);
    assertThat(EditDistance.between("push", "push")).isZero();
  }
}
