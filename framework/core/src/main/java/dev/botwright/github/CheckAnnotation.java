package dev.botwright.github;

import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A note on lines of a file, shown in a check run and on the pull request's "Files changed" tab.
 * Checked against GitHub's limits when built, so a mistake fails where it is made rather than as a
 * 422 from GitHub.
 *
 * <pre>{@code
 * CheckAnnotation.failure("src/App.java", 12, "Unused import")
 *     .withTitle("unused-import")
 *     .withColumns(1, 24);
 * }</pre>
 *
 * @param path the file, relative to the repository root, e.g. {@code src/App.java}
 * @param startLine the first line, from 1
 * @param endLine the last line, at least {@code startLine}
 * @param startColumn the first column, from 1; only on a one-line annotation
 * @param endColumn the last column; only on a one-line annotation
 * @param level how serious it is
 * @param message what is wrong (at most 64 KB)
 * @param title a heading (at most 255 characters)
 * @param rawDetails more details, shown verbatim (at most 64 KB)
 */
public record CheckAnnotation(
    String path,
    int startLine,
    int endLine,
    @Nullable Integer startColumn,
    @Nullable Integer endColumn,
    Level level,
    String message,
    @Nullable String title,
    @Nullable String rawDetails) {

  /** GitHub's limit on {@link #title}, in characters. */
  public static final int MAX_TITLE = 255;

  /** GitHub's limit on {@link #message} and {@link #rawDetails}: 64 KB, counted in UTF-8 bytes. */
  public static final int MAX_MESSAGE_BYTES = 64 * 1024;

  /** How serious an annotation is. */
  public enum Level {
    /** Information only. */
    NOTICE,
    /** Worth a look. */
    WARNING,
    /** Must be fixed. */
    FAILURE;

    /** GitHub's spelling, e.g. {@code "failure"}. */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Checks the fields against GitHub's rules and limits. */
  public CheckAnnotation {
    Objects.requireNonNull(level, "level");
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException(
          "A check annotation needs the path of a file in the repository, e.g. src/App.java");
    }
    String where = path + ":" + startLine;
    if (startLine < 1 || endLine < startLine) {
      throw new IllegalArgumentException(
          "Check annotation at "
              + where
              + ": lines "
              + startLine
              + "-"
              + endLine
              + " are not a range; lines count from 1 and endLine must be at least startLine");
    }
    if ((startColumn != null || endColumn != null) && startLine != endLine) {
      throw new IllegalArgumentException(
          "Check annotation at "
              + where
              + ": GitHub takes columns only on a one-line annotation, but it spans lines "
              + startLine
              + "-"
              + endLine
              + "; drop the columns or use one line");
    }
    if ((startColumn != null && startColumn < 1)
        || (startColumn != null && endColumn != null && endColumn < startColumn)) {
      throw new IllegalArgumentException(
          "Check annotation at "
              + where
              + ": columns "
              + startColumn
              + "-"
              + endColumn
              + " are not a range; columns count from 1 and endColumn must be at least startColumn");
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("Check annotation at " + where + " needs a message");
    }
    checkBytes(where, "message", message);
    checkBytes(where, "rawDetails", rawDetails);
    if (title != null && title.length() > MAX_TITLE) {
      throw new IllegalArgumentException(
          "Check annotation at "
              + where
              + ": the title is "
              + title.length()
              + " characters long; GitHub takes at most "
              + MAX_TITLE
              + ". Shorten it and put the rest in the message");
    }
  }

  private static void checkBytes(String where, String field, @Nullable String value) {
    if (value == null) {
      return;
    }
    int bytes = value.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_MESSAGE_BYTES) {
      throw new IllegalArgumentException(
          "Check annotation at "
              + where
              + ": the "
              + field
              + " is "
              + bytes
              + " bytes; GitHub takes at most 64 KB ("
              + MAX_MESSAGE_BYTES
              + " bytes). Shorten it, or link to the full report with detailsUrl");
    }
  }

  /** A failure on one line. */
  public static CheckAnnotation failure(String path, int line, String message) {
    return of(Level.FAILURE, path, line, message);
  }

  /** A warning on one line. */
  public static CheckAnnotation warning(String path, int line, String message) {
    return of(Level.WARNING, path, line, message);
  }

  /** A notice on one line. */
  public static CheckAnnotation notice(String path, int line, String message) {
    return of(Level.NOTICE, path, line, message);
  }

  /** An annotation of {@code level} on one line. */
  public static CheckAnnotation of(Level level, String path, int line, String message) {
    return new CheckAnnotation(path, line, line, null, null, level, message, null, null);
  }

  /** This annotation over lines {@code startLine} to {@code endLine}, without columns. */
  public CheckAnnotation withLines(int startLine, int endLine) {
    return new CheckAnnotation(
        path, startLine, endLine, null, null, level, message, title, rawDetails);
  }

  /** This one-line annotation narrowed to columns {@code startColumn} to {@code endColumn}. */
  public CheckAnnotation withColumns(int startColumn, int endColumn) {
    return new CheckAnnotation(
        path, startLine, endLine, startColumn, endColumn, level, message, title, rawDetails);
  }

  /** This annotation with a heading. */
  public CheckAnnotation withTitle(String title) {
    return new CheckAnnotation(
        path, startLine, endLine, startColumn, endColumn, level, message, title, rawDetails);
  }

  /** This annotation with details shown verbatim, e.g. a compiler's full output. */
  public CheckAnnotation withRawDetails(String rawDetails) {
    return new CheckAnnotation(
        path, startLine, endLine, startColumn, endColumn, level, message, title, rawDetails);
  }

  /** The annotation as GitHub's API takes it. */
  Map<String, Object> toParameters() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("path", path);
    fields.put("start_line", startLine);
    fields.put("end_line", endLine);
    putIfPresent(fields, "start_column", startColumn);
    putIfPresent(fields, "end_column", endColumn);
    fields.put("annotation_level", level.value());
    fields.put("message", message);
    putIfPresent(fields, "title", title);
    putIfPresent(fields, "raw_details", rawDetails);
    return fields;
  }

  private static void putIfPresent(Map<String, Object> fields, String name, @Nullable Object v) {
    if (v != null) {
      fields.put(name, v);
    }
  }
}
