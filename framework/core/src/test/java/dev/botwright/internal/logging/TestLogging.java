package dev.botwright.internal.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import org.slf4j.LoggerFactory;

/** Logback reconfigured by tests, and put back as {@code logback-test.xml} says afterwards. */
public final class TestLogging {

  private TestLogging() {}

  /** Resets Logback and reads {@code resource} (a classpath path such as "/logback-test.xml"). */
  public static void configure(String resource) {
    URL url = TestLogging.class.getResource(resource);
    if (url == null) {
      throw new IllegalArgumentException("No " + resource + " on the test classpath");
    }
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    String previous = System.setProperty("botwright.test.log.append", "true");
    try {
      context.reset();
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      configurator.doConfigure(url);
    } catch (JoranException e) {
      throw new IllegalStateException("Cannot read " + resource, e);
    } finally {
      if (previous == null) {
        System.clearProperty("botwright.test.log.append");
      } else {
        System.setProperty("botwright.test.log.append", previous);
      }
    }
  }

  /** Back to the module's {@code logback-test.xml}, appending to its log file. */
  public static void restore() {
    configure("/logback-test.xml");
  }
}
