package dev.botwright.internal.receive;

import dev.botwright.internal.setup.EventNames;
import dev.botwright.internal.webhook.WebhookPayloadScanner;
import dev.botwright.spi.Delivery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Turns an event name and a payload file into the delivery the handlers receive. */
final class PayloadFile {

  private static final int MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;

  private PayloadFile() {}

  /**
   * The delivery of {@code file}: its action and installation read from the payload.
   *
   * @param event GitHub's event name, e.g. {@code issues}
   * @param action the action the caller expects, or null to take the payload's
   * @param knownOnly whether to refuse an event GitHub does not send as a webhook
   */
  static Delivery delivery(String event, @Nullable String action, String file, boolean knownOnly)
      throws Mistake {
    if (knownOnly && !EventNames.isKnown(event)) {
      throw new Mistake(
          "Unknown event '"
              + event
              + "': give a GitHub webhook event such as issues, issue_comment or pull_request"
              + " (the X-GitHub-Event header), optionally with its action, e.g. issues.opened.");
    }
    byte[] payload = read(file, "The payload file");
    WebhookPayloadScanner.Summary summary;
    try {
      summary = new WebhookPayloadScanner(MAX_PAYLOAD_BYTES).scan(payload);
    } catch (WebhookPayloadScanner.InvalidPayloadException e) {
      throw new Mistake(
          "The payload file "
              + file
              + " is not a webhook payload: "
              + e.getMessage()
              + ". Save a delivery's payload from the app's advanced settings, or take one from"
              + " GitHub's webhook documentation.");
    }
    if (action != null && !action.equals(summary.action())) {
      throw new Mistake(
          "--event "
              + event
              + "."
              + action
              + " does not match the payload, whose action is "
              + (summary.action() == null ? "missing" : "'" + summary.action() + "'")
              + ": give --event "
              + event
              + " to take the action from the payload.");
    }
    String id = "receive-" + UUID.randomUUID();
    return new Delivery(
        id,
        event,
        summary.action(),
        summary.installationId(),
        Map.of("x-github-event", event, "x-github-delivery", id),
        payload,
        Instant.now());
  }

  /** The bytes of {@code file}; {@code what} names it in the mistake. */
  static byte[] read(String file, String what) throws Mistake {
    try {
      return Files.readAllBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw new Mistake(
          what
              + " "
              + file
              + " does not exist (working directory "
              + Path.of("").toAbsolutePath()
              + ").");
    } catch (IOException | RuntimeException e) {
      throw new Mistake(what + " " + file + " cannot be read: " + e.getMessage() + ".");
    }
  }

  /** A mistake in the command line, the environment or the files: exit status 2. */
  static final class Mistake extends Exception {
    private static final long serialVersionUID = 1L;

    Mistake(String message) {
      super(message, null, false, false);
    }
  }
}
