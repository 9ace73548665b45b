package dev.botwright.internal.dispatch;

import dev.botwright.OnEvent;
import dev.botwright.Sequential;
import dev.botwright.Sequential.Scope;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Handlers whose {@link Sequential} scopes {@link OrderingKeysTest} combines. */
@Singleton
@Requires(property = "spec.name", value = "OrderingKeysTest")
class OrderingTestHandlers {

  @OnEvent("issue_comment.created")
  @Sequential(Scope.ISSUE)
  void perIssue() {}

  @OnEvent("pull_request.opened")
  @Sequential(Scope.ISSUE)
  void perPullRequest() {}

  @OnEvent("pull_request")
  @Sequential
  void perRepository() {}

  @OnEvent("push")
  @Sequential(Scope.REPOSITORY)
  void pushes() {}

  @OnEvent("installation")
  @Sequential
  void installations() {}

  @OnEvent("issues.opened")
  void unordered() {}
}
