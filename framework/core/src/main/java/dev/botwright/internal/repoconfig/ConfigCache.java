package dev.botwright.internal.repoconfig;

import dev.botwright.github.RepoRef;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Files read recently, per (installation, repository, ref, path), with their ETags: least recently
 * used first out, bounded in entries and in characters. Installations never share an entry: one
 * installation may read a repository another cannot.
 */
final class ConfigCache {

  /**
   * @param installationId the installation whose token read the file
   * @param repo {@code owner/repo} in lower case (GitHub's names ignore case)
   * @param ref the ref asked for, {@code ""} for the default branch
   * @param path the path in the repository
   */
  record Key(long installationId, String repo, String ref, String path) {

    static Key of(long installationId, RepoRef repo, @Nullable String ref, String path) {
      return new Key(
          installationId, repo.toString().toLowerCase(Locale.ROOT), ref == null ? "" : ref, path);
    }
  }

  /**
   * @param etag GitHub's ETag for the answer, if it sent one
   * @param text the file's text; {@code null} when the file does not exist
   * @param checked when GitHub last confirmed this answer
   */
  record Entry(@Nullable String etag, @Nullable String text, Instant checked) {

    Entry confirmedAt(Instant now) {
      return new Entry(etag, text, now);
    }

    long chars() {
      return text == null ? 0 : text.length();
    }
  }

  private final int maxEntries;
  private final long maxChars;
  private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long chars;

  ConfigCache(int maxEntries, long maxChars) {
    this.maxEntries = maxEntries;
    this.maxChars = maxChars;
  }

  synchronized Optional<Entry> get(Key key) {
    return Optional.ofNullable(entries.get(key));
  }

  synchronized void put(Key key, Entry entry) {
    remove(key);
    if (maxEntries <= 0 || entry.chars() > maxChars) {
      return;
    }
    entries.put(key, entry);
    chars += entry.chars();
    Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
    while ((entries.size() > maxEntries || chars > maxChars) && eldest.hasNext()) {
      chars -= eldest.next().getValue().chars();
      eldest.remove();
    }
  }

  /**
   * Makes every entry of {@code repo} (every installation and ref) stale: the next read asks GitHub
   * again, with the entry's ETag, so a file the push did not change still costs only a 304.
   */
  synchronized void invalidate(RepoRef repo) {
    String name = repo.toString().toLowerCase(Locale.ROOT);
    entries.replaceAll(
        (key, entry) -> key.repo().equals(name) ? entry.confirmedAt(Instant.EPOCH) : entry);
  }

  synchronized int size() {
    return entries.size();
  }

  synchronized long chars() {
    return chars;
  }

  private void remove(Key key) {
    Entry old = entries.remove(key);
    if (old != null) {
      chars -= old.chars();
    }
  }
}
