package dev.botwright.github;

import dev.botwright.event.ContentDirectory;
import dev.botwright.event.ContentFile;
import dev.botwright.event.SubmoduleContent;
import dev.botwright.event.SymlinkContent;
import java.util.List;

/**
 * What GitHub's contents API finds at a path: a file, a directory's listing, a symlink or a
 * submodule. {@link Repositories#getContentEntry} returns it; tell the kinds apart with {@code
 * instanceof}:
 *
 * <pre>{@code
 * if (repos.getContentEntry(repo, "docs", null).orElse(null) instanceof ContentEntry.Directory dir) {
 *   dir.entries().forEach(entry -> log.info("{} ({})", entry.path(), entry.type()));
 * }
 * }</pre>
 */
public sealed interface ContentEntry {

  /**
   * A file, with its base64 content and blob {@code sha} (a symlink to a file in the same
   * repository reads as the file, as GitHub answers).
   */
  record File(ContentFile file) implements ContentEntry {}

  /** A directory: one entry per file, directory, symlink or submodule in it (at most 1,000). */
  record Directory(List<ContentDirectory> entries) implements ContentEntry {}

  /** A symlink whose target is outside the repository or not a file. */
  record Symlink(SymlinkContent symlink) implements ContentEntry {}

  /** A git submodule, with the URL of its repository. */
  record Submodule(SubmoduleContent submodule) implements ContentEntry {}
}
