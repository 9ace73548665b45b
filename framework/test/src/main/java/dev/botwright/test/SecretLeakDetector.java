package dev.botwright.test;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import dev.botwright.internal.logging.LogGuard;
import dev.botwright.internal.logging.LogGuards;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Watches every log event for secrets: the test key, the webhook secret, minted tokens, JWTs, the
 * signatures the {@link WebhookSender} and {@link WebhookSigner} computed, and the secrets of every
 * {@link TestIdentity} generated while it runs. It watches the lines as the code wrote them,
 * through {@link LogGuard}'s witness: the guard masks secrets before any appender sees them, so a
 * leak in a bot's code would otherwise pass unnoticed here and show wherever the guard is not
 * (another logging backend). Installed once per JVM.
 */
final class SecretLeakDetector implements LogGuard.Witness {

  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}");
  private static @Nullable SecretLeakDetector installed;

  private final Set<String> secrets = ConcurrentHashMap.newKeySet();
  private final List<String> leaks = new ArrayList<>();

  static synchronized void install(TestApp app) {
    if (installed != null
        || !(LoggerFactory.getILoggerFactory()
            instanceof ch.qos.logback.classic.LoggerContext context)) {
      return;
    }
    SecretLeakDetector detector = new SecretLeakDetector();
    detector.watchIdentity(app.identity);
    detector.secrets.add(app.privateKeyBody().substring(0, 64));
    detector.secrets.add(FakeGitHub.TOKEN_PREFIX);
    LogGuards.install(context);
    LogGuard.witness(detector);
    installed = detector;
  }

  /** The installed detector, or {@code null} when logging is not Logback. */
  static synchronized @Nullable SecretLeakDetector installed() {
    return installed;
  }

  /** Adds a value that must never be logged (e.g. a signature just sent). */
  static void watch(String secret) {
    SecretLeakDetector detector = installed();
    if (detector != null) {
      detector.secrets.add(secret);
    }
  }

  /** Adds the secret and the key lines of {@code identity}, when a detector is installed. */
  static void watch(TestIdentity identity) {
    SecretLeakDetector detector = installed();
    if (detector != null) {
      detector.watchIdentity(identity);
    }
  }

  private void watchIdentity(TestIdentity identity) {
    secrets.add(identity.webhookSecret());
    for (String line : identity.privateKeyPem().split("\n")) {
      if (line.length() > 40 && !line.startsWith("-----")) {
        secrets.add(line);
      }
    }
  }

  @Override
  public void saw(Level level, String logger, String message, @Nullable Throwable throwable) {
    String text = message;
    if (throwable != null) {
      text = text + "\n" + ThrowableProxyUtil.asString(new ThrowableProxy(throwable));
    }
    String found = JWT.matcher(text).find() ? "a JWT" : null;
    for (String secret : secrets) {
      if (found == null && text.contains(secret)) {
        found = "a secret value";
      }
    }
    if (found != null) {
      synchronized (leaks) {
        leaks.add(level + " " + logger + " logged " + found);
      }
    }
  }

  /** Leaks seen since the last call, emptied by it. */
  List<String> drainLeaks() {
    synchronized (leaks) {
      List<String> copy = List.copyOf(leaks);
      leaks.clear();
      return copy;
    }
  }
}
