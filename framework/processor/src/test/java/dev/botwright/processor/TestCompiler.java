package dev.botwright.processor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in memory with Micronaut's annotation processors (and so this module's
 * visitor, found through its services file) on the processor path, next to stand-ins for the
 * Botwright annotations and payload types.
 */
final class TestCompiler {

  private static final List<String> STUBS =
      List.of(
          "dev/botwright/OnEvent.java",
          "dev/botwright/OnDeliveryError.java",
          "dev/botwright/Sequential.java",
          "dev/botwright/DeliveryFailure.java",
          "dev/botwright/Command.java",
          "dev/botwright/Permission.java",
          "dev/botwright/event/IssueCommentEvent.java",
          "dev/botwright/OnSchedule.java",
          "dev/botwright/InstallationContext.java",
          "dev/botwright/RepositoryContext.java",
          "dev/botwright/event/GitHubEvent.java",
          "dev/botwright/event/IssuesEvent.java",
          "dev/botwright/event/PullRequestEvent.java");

  private TestCompiler() {}

  /**
   * What javac said about one compilation.
   *
   * @param errorLines each error's line in the compiled source, in the order of {@code errors}
   */
  record Result(boolean success, List<String> errors, List<Long> errorLines) {}

  /**
   * Compiles one source, {@code className} in package {@code example}, with the stubs.
   *
   * @param output where javac and the processors may write
   */
  static Result compile(Path output, String className, String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> units = new ArrayList<>();
    for (String stub : STUBS) {
      units.add(new Source(stub, read("/stubs/" + stub)));
    }
    units.add(new Source("example/" + className + ".java", source));
    String classPath = testClassPath();
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
            output.toString());
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      boolean success = javac.getTask(null, files, diagnostics, options, null, units).call();
      var errorDiagnostics =
          diagnostics.getDiagnostics().stream()
              .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
              .toList();
      return new Result(
          success,
          errorDiagnostics.stream().map(d -> d.getMessage(Locale.ROOT)).toList(),
          errorDiagnostics.stream().map(Diagnostic::getLineNumber).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Surefire may start the JVM through a manifest-only jar; its own property has the real path.
  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null ? surefire : System.getProperty("java.class.path");
  }

  private static String read(String resource) {
    try (InputStream in = TestCompiler.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String path, String code) {
      super(URI.create("string:///" + path), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
