package dev.botwright.internal.install;

import dev.botwright.config.InstallConfiguration;
import dev.botwright.install.IndexedInstallation;
import dev.botwright.install.IndexedRepository;
import dev.botwright.install.InstallationIndex;
import dev.botwright.internal.files.AtomicFile;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default index: held in memory and written as one JSON snapshot after every change, to a
 * temporary file that then atomically replaces the old one, so a crash leaves either the old or the
 * new snapshot, never half of one. Installations change rarely (installs, renames, repository
 * selections), so rewriting the whole file is cheap, and a snapshot needs no compaction. Bounded by
 * {@code botwright.install.max-installations}: the least recently changed installation goes first.
 * An unreadable file is set aside and the index starts empty, because everything in it is learnt
 * again from webhooks and sign-ins.
 */
@Singleton
@Requires(property = "botwright.install.enabled", value = "true")
@Requires(missingBeans = InstallationIndex.class)
final class FileInstallationIndex implements InstallationIndex {

  private static final Logger LOG = LoggerFactory.getLogger(FileInstallationIndex.class);
  private static final Comparator<IndexedRepository> BY_NAME =
      Comparator.comparing(IndexedRepository::fullName);

  private final Path file;
  private final int capacity;
  private final JsonMapper json;
  // Insertion order is change order: save() re-inserts, so the eldest is the least recently
  // changed.
  private final LinkedHashMap<Long, IndexedInstallation> installations = new LinkedHashMap<>();
  private final Map<Long, Map<Long, IndexedRepository>> repositories = new HashMap<>();
  private final Map<Long, Set<Long>> links = new HashMap<>();

  @Inject
  FileInstallationIndex(InstallConfiguration config, JsonMapper json) {
    this(Path.of(config.getIndexFile()), config.getMaxInstallations(), json);
  }

  FileInstallationIndex(Path file, int capacity, JsonMapper json) {
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "botwright.install.max-installations must be at least 1, but is " + capacity + ".");
    }
    this.file = file;
    this.capacity = capacity;
    this.json = json;
    load();
  }

  @Override
  public synchronized List<IndexedInstallation> installationsOf(long userId) {
    List<IndexedInstallation> found = new ArrayList<>();
    for (Long id : links.getOrDefault(userId, Set.of())) {
      IndexedInstallation installation = installations.get(id);
      if (installation != null) {
        found.add(installation);
      }
    }
    return List.copyOf(found);
  }

  @Override
  public synchronized List<IndexedRepository> repositories(long installationId) {
    return repositories.getOrDefault(installationId, Map.of()).values().stream()
        .sorted(BY_NAME)
        .toList();
  }

  @Override
  public synchronized Optional<IndexedInstallation> installation(long installationId) {
    return Optional.ofNullable(installations.get(installationId));
  }

  @Override
  public synchronized void save(IndexedInstallation installation) {
    installations.remove(installation.id());
    installations.put(installation.id(), installation);
    Iterator<Long> eldest = installations.keySet().iterator();
    while (installations.size() > capacity) {
      long dropped = eldest.next();
      eldest.remove();
      forget(dropped);
    }
    write();
  }

  @Override
  public synchronized void delete(long installationId) {
    installations.remove(installationId);
    forget(installationId);
    write();
  }

  @Override
  public synchronized void replaceRepositories(
      long installationId, Collection<IndexedRepository> replacement) {
    Map<Long, IndexedRepository> held = new HashMap<>();
    replacement.forEach(repository -> held.put(repository.id(), repository));
    repositories.put(installationId, held);
    write();
  }

  @Override
  public synchronized void updateRepositories(
      long installationId, Collection<IndexedRepository> added, Collection<Long> removed) {
    Map<Long, IndexedRepository> held =
        repositories.computeIfAbsent(installationId, id -> new HashMap<>());
    added.forEach(repository -> held.put(repository.id(), repository));
    removed.forEach(held::remove);
    write();
  }

  @Override
  public synchronized void link(long userId, long installationId) {
    if (links.computeIfAbsent(userId, id -> new TreeSet<>()).add(installationId)) {
      write();
    }
  }

  @Override
  public synchronized void unlinkUser(long userId) {
    if (links.remove(userId) != null) {
      write();
    }
  }

  private void forget(long installationId) {
    repositories.remove(installationId);
    links.values().forEach(ids -> ids.remove(installationId));
    links.values().removeIf(Set::isEmpty);
  }

  private void load() {
    if (!Files.exists(file)) {
      return;
    }
    try {
      IndexSnapshot snapshot = json.readValue(Files.readAllBytes(file), IndexSnapshot.class);
      for (IndexSnapshot.Entry entry : snapshot.installations()) {
        installations.put(entry.installation().id(), entry.installation());
        Map<Long, IndexedRepository> held = new HashMap<>();
        entry.repositories().forEach(repository -> held.put(repository.id(), repository));
        repositories.put(entry.installation().id(), held);
      }
      for (IndexSnapshot.Link link : snapshot.links()) {
        links.computeIfAbsent(link.userId(), id -> new TreeSet<>()).add(link.installationId());
      }
    } catch (IOException | RuntimeException e) {
      Path aside = file.resolveSibling(file.getFileName() + ".unreadable");
      LOG.warn(
          "The installation index {} could not be read ({}); it was moved to {} and the index"
              + " starts empty, to be filled again from webhooks and sign-ins.",
          file,
          e.getClass().getSimpleName(),
          aside);
      installations.clear();
      repositories.clear();
      links.clear();
      try {
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException moveFailed) {
        throw new UncheckedIOException("Could not move the unreadable index " + file, moveFailed);
      }
    }
  }

  private void write() {
    List<IndexSnapshot.Entry> entries = new ArrayList<>();
    installations.forEach(
        (id, installation) -> entries.add(new IndexSnapshot.Entry(installation, repositories(id))));
    List<IndexSnapshot.Link> linkList = new ArrayList<>();
    links.forEach((user, ids) -> ids.forEach(id -> linkList.add(new IndexSnapshot.Link(user, id))));
    IndexSnapshot snapshot = new IndexSnapshot(IndexSnapshot.VERSION, entries, linkList);
    try {
      AtomicFile.replace(file, json.writeValueAsBytes(snapshot));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not write the installation index to "
              + file.toAbsolutePath()
              + ": make sure its folder is writable, or set botwright.install.index-file.",
          e);
    }
  }
}
