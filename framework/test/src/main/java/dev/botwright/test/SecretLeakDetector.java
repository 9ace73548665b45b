package dev.botwright.test;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Watches every log event for secrets: the test key, the webhook secret, minted tokens, JWTs, the
 * signatures the {@link WebhookSender} and {@link WebhookSigner} computed, and the secrets of every
 * {@link TestIdentity} generated while it runs. Installed on the root logger once per JVM.
 */
final class SecretLeakDetector extends AppenderBase<ILoggingEvent> {

  private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}");
  private static SecretLeakDetector installed;

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
    detector.setContext(context);
    detector.setName("botwright-secret-leak-detector");
    detector.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(detector);
    installed = detector;
  }

  /** The installed detector, or {@code null} when logging is not Logback. */
  static synchronized SecretLeakDetector installed() {
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
  protected void append(ILoggingEvent event) {
    String text = event.getFormattedMessage();
    if (event.getThrowableProxy() != null) {
      text = text + "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
    }
    String found = JWT.matcher(text).find() ? "a JWT" : null;
    for (String secret : secrets) {
      if (found == null && text.contains(secret)) {
        found = "a secret value";
      }
    }
    if (found != null) {
      synchronized (leaks) {
        leaks.add(event.getLevel() + " " + event.getLoggerName() + " logged " + found);
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
