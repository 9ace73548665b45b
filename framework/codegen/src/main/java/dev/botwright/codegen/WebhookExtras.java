package dev.botwright.codegen;

import java.util.Map;

/** The few hand-written members the generated webhook records carry. */
final class WebhookExtras {

  static final Map<String, String> EXTRAS =
      Map.of(
          "User",
          """
          /** Whether this account is a bot ({@code type == "Bot"}), the reliable bot-loop guard. */
          public boolean isBot() {
            return type == User.Type.BOT;
          }
          """,
          "Issue",
          """
          /** Whether this issue is a pull request (then {@link #pullRequest()} is set). */
          public boolean isPullRequest() {
            return pullRequest != null;
          }
          """,
          "PushEvent",
          """
          /** The branch name when a branch was pushed, e.g. {@code "main"}; null for a tag. */
          public @Nullable String branch() {
            String prefix = "refs/heads/";
            return ref.startsWith(prefix) ? ref.substring(prefix.length()) : null;
          }
          """);

  private WebhookExtras() {}
}
