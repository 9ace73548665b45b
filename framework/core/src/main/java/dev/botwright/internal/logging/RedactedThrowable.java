package dev.botwright.internal.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * An exception as the appenders see it, its messages and those of its causes and suppressed
 * exceptions masked by {@link Redaction}; class names and stack frames are kept.
 */
final class RedactedThrowable extends ThrowableProxy {

  RedactedThrowable(Throwable throwable) {
    super(throwable);
  }

  /** Whether a message in the chain of {@code throwable} would show a secret. */
  static boolean leaks(Throwable throwable) {
    return leaks(throwable, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static boolean leaks(Throwable throwable, Set<Throwable> seen) {
    if (throwable == null || !seen.add(throwable)) {
      return false;
    }
    String message = throwable.getMessage();
    String text = throwable.toString();
    if (message != null && Redaction.redact(message) != message || Redaction.redact(text) != text) {
      return true;
    }
    for (Throwable suppressed : throwable.getSuppressed()) {
      if (leaks(suppressed, seen)) {
        return true;
      }
    }
    return leaks(throwable.getCause(), seen);
  }

  @Override
  public String getMessage() {
    return Redaction.redact(super.getMessage());
  }

  @Override
  public String getOverridingMessage() {
    return Redaction.redact(super.getOverridingMessage());
  }

  @Override
  public IThrowableProxy getCause() {
    return Masked.of(super.getCause());
  }

  @Override
  public IThrowableProxy[] getSuppressed() {
    return Masked.all(super.getSuppressed());
  }

  /** A cause or suppressed exception of a {@link RedactedThrowable}, masked the same way. */
  private record Masked(IThrowableProxy proxy) implements IThrowableProxy {

    static IThrowableProxy of(IThrowableProxy proxy) {
      return proxy == null ? null : new Masked(proxy);
    }

    static IThrowableProxy[] all(IThrowableProxy[] proxies) {
      if (proxies == null) {
        return null;
      }
      IThrowableProxy[] masked = new IThrowableProxy[proxies.length];
      for (int i = 0; i < proxies.length; i++) {
        masked[i] = of(proxies[i]);
      }
      return masked;
    }

    @Override
    public String getMessage() {
      return Redaction.redact(proxy.getMessage());
    }

    @Override
    public String getOverridingMessage() {
      return Redaction.redact(proxy.getOverridingMessage());
    }

    @Override
    public String getClassName() {
      return proxy.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
      return proxy.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
      return proxy.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
      return of(proxy.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
      return all(proxy.getSuppressed());
    }

    @Override
    public boolean isCyclic() {
      return proxy.isCyclic();
    }
  }
}
