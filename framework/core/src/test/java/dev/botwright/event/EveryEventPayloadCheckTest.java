package dev.botwright.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compile-time payload check (botwright-processor) against the generated types, for every event
 * and action in the processor's catalog: each handler compiles with its own type and fails with any
 * other, naming the handler and the type to use. All handlers of a kind share one class, so the
 * whole check costs two compilations.
 */
class EveryEventPayloadCheckTest {

  private static final String CATALOG = "META-INF/botwright/webhook-events.txt";

  @TempDir Path output;

  @Test
  void everyEventAndActionCompilesWithItsOwnType() {
    List<String> catalog = catalog();
    assertThat(catalog.stream().map(EveryEventPayloadCheckTest::eventOf).distinct())
        .as("the events the processor knows are the events that have a generated type")
        .containsExactlyInAnyOrderElementsOf(EventTypes.events());
    List<Handler> handlers = new ArrayList<>();
    for (String event : events()) {
      handlers.add(new Handler(event, type(event)));
    }
    for (String key : catalog) {
      if (key.endsWith(".*")) {
        // An action the sender chooses has no record; the event's type holds every one.
        handlers.add(new Handler(eventOf(key) + ".deploy", type(eventOf(key))));
      } else if (key.contains(".")) {
        handlers.add(new Handler(key, actionRecord(key)));
      }
    }

    assertThat(compile(handlers)).isEmpty();
    // No error is also what javac says when no processor ran: Micronaut's bean definition proves
    // that its processing, which runs botwright-processor, saw the handlers.
    assertThat(output.resolve("example/$Handlers$Definition.class")).exists();
  }

  @Test
  void everyEventAndActionFailsWithAnotherTypeNamingTheHandlerAndTheRightType() {
    List<String> catalog = catalog();
    List<Handler> handlers = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    List<String> events = events();
    for (int i = 0; i < events.size(); i++) {
      String event = events.get(i);
      String other = events.get((i + 1) % events.size());
      Handler handler = new Handler(event, type(other));
      handlers.add(handler);
      expected.add(
          javaName(type(other))
              + " holds '"
              + other
              + "' payloads, but "
              + handler.fullName()
              + " handles '"
              + event
              + "'. Use "
              + javaName(type(event))
              + ", or handle '"
              + other
              + "' events.");
    }
    for (String event : events) {
      List<String> keys = actionKeys(event, catalog);
      for (int i = 0; i < keys.size(); i++) {
        String key = keys.get(i);
        Class<?> record = actionRecord(key);
        Handler whole = new Handler(event, record);
        handlers.add(whole);
        expected.add(oneActionMessage(record, key, whole, javaName(type(event))));
        if (keys.size() > 1) {
          String sibling = keys.get((i + 1) % keys.size());
          Handler another = new Handler(sibling, record);
          handlers.add(another);
          expected.add(oneActionMessage(record, key, another, javaName(actionRecord(sibling))));
        }
      }
    }

    assertThat(compile(handlers)).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static String oneActionMessage(
      Class<?> record, String key, Handler handler, String rightType) {
    return javaName(record)
        + " holds only '"
        + key
        + "' payloads, but "
        + handler.fullName()
        + " handles '"
        + handler.key()
        + "'. Use "
        + rightType
        + ", or handle only '"
        + key
        + "'.";
  }

  /** One {@code @OnEvent(key)} handler method taking {@code payload}. */
  private record Handler(String key, Class<?> payload) {

    String method() {
      return "on_" + key.replace('.', '_') + "_taking_" + javaName(payload).replace('.', '_');
    }

    String fullName() {
      return "Handlers." + method();
    }

    String source() {
      return "  @OnEvent(\"%s\") void %s(%s event) {}%n"
          .formatted(key, method(), javaName(payload));
    }
  }

  /** The errors javac reports for one class holding every handler. */
  private List<String> compile(List<Handler> handlers) {
    Set<String> methods = new HashSet<>();
    handlers.forEach(h -> assertThat(methods.add(h.method())).as(h.method()).isTrue());
    String source =
        """
        package example;

        import dev.botwright.OnEvent;
        import dev.botwright.event.*;
        import jakarta.inject.Singleton;

        @Singleton
        class Handlers {
        %s}
        """
            .formatted(handlers.stream().map(Handler::source).collect(Collectors.joining()));
    // Surefire may start the JVM through a manifest-only jar; its own property has the real path.
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    // Processing only: javac still reports a type it cannot find, so a misspelt one fails here too.
    List<String> options =
        List.of(
            "-proc:only",
            "-processorpath",
            classPath,
            "-classpath",
            classPath,
            "-d",
            output.toString(),
            "-s",
            output.toString(),
            "-Xmaxerrs",
            "100000");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      javac.getTask(null, files, diagnostics, options, null, List.of(new Source(source))).call();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT))
        .toList();
  }

  private static List<String> events() {
    return List.copyOf(new TreeSet<>(EventTypes.events()));
  }

  private static Class<?> type(String event) {
    return EventTypes.of(event).orElseThrow(() -> new AssertionError("no type for " + event));
  }

  private static Class<?> actionRecord(String key) {
    return EventTypes.ofKey(key).orElseThrow(() -> new AssertionError("no record for " + key));
  }

  /** The event's keys that have their own record, sorted. */
  private static List<String> actionKeys(String event, List<String> catalog) {
    return catalog.stream()
        .filter(key -> key.startsWith(event + ".") && EventTypes.ofKey(key).isPresent())
        .sorted()
        .toList();
  }

  /**
   * {@code IssuesEvent.Opened}, as handlers spell it after {@code import dev.botwright.event.*}.
   */
  private static String javaName(Class<?> type) {
    return type.getCanonicalName().substring(type.getPackageName().length() + 1);
  }

  private static String eventOf(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  /** The processor's own catalog, from its jar on this module's test classpath. */
  private static List<String> catalog() {
    try (InputStream in =
        EveryEventPayloadCheckTest.class.getClassLoader().getResourceAsStream(CATALOG)) {
      assertThat(in).as(CATALOG + " on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String code) {
      super(URI.create("string:///example/Handlers.java"), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
