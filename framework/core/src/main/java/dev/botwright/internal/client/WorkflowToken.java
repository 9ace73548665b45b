package dev.botwright.internal.client;

import io.micronaut.core.annotation.Internal;
import java.util.Objects;

/**
 * Makes every GitHub client of the context authenticate with one token, a workflow's {@code
 * GITHUB_TOKEN}, as {@code Authorization: token ...}: no app JWT is signed and no installation
 * token minted. Registered as a bean by the {@code action} command.
 */
@Internal
public final class WorkflowToken {

  private final String token;

  /**
   * @param token the token every request carries
   */
  public WorkflowToken(String token) {
    this.token = Objects.requireNonNull(token, "token");
  }

  String authorization() {
    return "token " + token;
  }

  @Override
  public String toString() {
    return "WorkflowToken[redacted]";
  }
}
