package dev.botwright.internal.admin;

import dev.botwright.config.AdminConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin token and its guessing limit, shared by the admin API and the delivery log page's
 * sign-in form, so that a token guessed through both gets no more tries than through one.
 */
@Singleton
@Internal
@Requires(property = "botwright.admin.token")
public final class TokenGate {

  private static final Logger LOG = LoggerFactory.getLogger(TokenGate.class);

  private final @Nullable AdminToken token;
  private final FailedAttempts failures;
  private final int maxFailuresPerAddress;

  TokenGate(AdminConfiguration admin) {
    this.token = admin.getToken() == null ? null : new AdminToken(admin.getToken());
    this.maxFailuresPerAddress = admin.getMaxFailuresPerAddress();
    this.failures =
        new FailedAttempts(
            admin.getMaxFailuresPerAddress(),
            admin.getMaxFailures(),
            () -> System.nanoTime() / 1_000_000);
  }

  /** Whether a token is configured at all (a blank one leaves the routes off). */
  public boolean isOn() {
    return token != null;
  }

  /**
   * Why {@code client} may not try a token now, as a sentence ending in how many seconds to wait,
   * or null when it may.
   */
  public @Nullable Lockout lockOf(InetAddress client) {
    FailedAttempts.Lock lock = failures.lockOf(client);
    return lock == null ? null : new Lockout(lock.seconds(), lock.global());
  }

  /** Whether {@code authorization} is {@code Bearer <token>}; a wrong one counts as a failure. */
  public boolean acceptsBearer(InetAddress client, @Nullable String authorization) {
    return counted(client, token != null && token.accepts(authorization));
  }

  /** Whether {@code given} is the token itself (a form field); a wrong one counts as a failure. */
  public boolean acceptsToken(InetAddress client, @Nullable String given) {
    return counted(
        client, token != null && token.accepts("Bearer " + (given == null ? "" : given)));
  }

  private boolean counted(InetAddress client, boolean accepted) {
    if (!accepted && failures.failed(client)) {
      LOG.warn(
          "Admin token: {} wrong tokens from {} within a minute; refusing it until the minute is"
              + " over",
          maxFailuresPerAddress,
          client.getHostAddress());
    }
    return accepted;
  }

  /**
   * A refusal before the token is checked.
   *
   * @param seconds how long to wait
   * @param global whether all clients are refused, not only this address
   */
  public record Lockout(long seconds, boolean global) {

    /** The refusal in words, for an answer. */
    public String message() {
      return "too many wrong admin tokens "
          + (global ? "from all clients" : "from this address")
          + " within a minute; try again in "
          + seconds
          + " seconds with the token from botwright.admin.token";
    }
  }
}
