package dev.botwright.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.Command;
import dev.botwright.Sequential;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

/** {@code @Sequential} on a {@code @Command} orders the comments it runs for. */
@MicronautTest(startApplication = false)
@Property(name = "spec.name", value = "CommandOrderingTest")
@Property(name = "botwright.test.fake-event-clients", value = "true")
class CommandOrderingTest {

  @Inject DeliveryProcessor processor;

  @Test
  void aSequentialCommandKeysItsCommentsByIssue() {
    String key =
        processor
            .plan(
                Fixtures.delivery(
                    "d-1", "issue_comment", "created", 1, Fixtures.bytes("issue_comment.created")))
            .flatMap(DeliveryPlan::orderingKey)
            .orElse("<none>");

    assertThat(key).isEqualTo("issue:Codertocat/Hello-World#2");
  }

  @Singleton
  @Requires(property = "spec.name", value = "CommandOrderingTest")
  static class OrderedCommands {
    @Command("unlabel")
    @Sequential(Sequential.Scope.ISSUE)
    void unlabel() {}
  }
}
