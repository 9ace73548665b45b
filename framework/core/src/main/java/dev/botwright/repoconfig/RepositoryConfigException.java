package dev.botwright.repoconfig;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * A configuration file could not be read: invalid YAML or JSON, a value of the wrong type, a broken
 * {@code _extends} chain or a file over 1 MB. The message names the file ({@code owner/repo:path}),
 * and where it applies the key and the line, and says what to fix.
 */
public class RepositoryConfigException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  private final String file;

  /**
   * @param file the file at fault, as {@code owner/repo:path}
   * @param message what is wrong and what to do, naming the file
   */
  public RepositoryConfigException(String file, String message) {
    super(message);
    this.file = file;
  }

  /**
   * @param file the file at fault, as {@code owner/repo:path}
   * @param message what is wrong and how to fix it
   * @param cause the parser's or binder's own error, or null
   */
  public RepositoryConfigException(String file, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.file = file;
  }

  /** The file at fault, as {@code owner/repo:path}, e.g. {@code octo/hello:.github/my-bot.yml}. */
  public String file() {
    return file;
  }
}
