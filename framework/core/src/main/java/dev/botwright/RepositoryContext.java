package dev.botwright;

import dev.botwright.event.Repository;
import dev.botwright.github.RepoRef;

/**
 * What an {@link OnSchedule} method knows about the repository it runs for: its installation's
 * context, and the repository as {@code GET /installation/repositories} listed it.
 *
 * <pre>{@code
 * @OnSchedule(every = "1d")
 * void nightly(RepositoryContext ctx) {
 *   if (!ctx.repository().archived()) {
 *     ctx.github().issues().create(ctx.repo(), "Nightly report", null);
 *   }
 * }
 * }</pre>
 */
public interface RepositoryContext extends InstallationContext {

  /** The repository's coordinates. */
  RepoRef repo();

  /** The repository as listed (default branch, visibility, archived, ...). */
  Repository repository();
}
