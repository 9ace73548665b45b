package dev.botwright.test;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the bot for a test class: the real HTTP server on a random port, a {@link FakeGitHub} on
 * loopback, a throwaway RSA key, app id and webhook secret. Test methods may take {@link
 * FakeGitHub} and {@link WebhookSender} parameters (or {@code @Inject} them).
 *
 * <pre>{@code
 * @BotTest
 * class GreeterTest {
 *   @Test
 *   void commentsOnNewIssues(FakeGitHub github, WebhookSender webhooks) {
 *     webhooks.send("issues.opened", "fixtures/issues.opened.json").assertHandled();
 *     github.assertCalled("POST /repos/{owner}/{repo}/issues/{issue_number}/comments")
 *         .withBodyContaining("Thanks");
 *   }
 * }
 * }</pre>
 *
 * <p>After each test class it fails if any log line carried the key, the webhook secret, a token, a
 * JWT or a signature.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(BotTestExtension.class)
@MicronautTest
public @interface BotTest {}
