package dev.botwright.internal.journal;

import io.micronaut.core.annotation.Internal;
import java.nio.file.Path;

/** Another process (or another journal in this process) already has the directory open. */
@Internal
public final class JournalLockedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  JournalLockedException(Path dir) {
    super(
        "The delivery journal directory "
            + dir.toAbsolutePath()
            + " is in use by another bot process (it holds "
            + dir.resolve("lock").toAbsolutePath()
            + "). Stop that process, or give each process its own directory with"
            + " botwright.journal.dir (BOTWRIGHT_JOURNAL_DIR); processes that share deliveries"
            + " need the Redis mode instead.");
  }
}
