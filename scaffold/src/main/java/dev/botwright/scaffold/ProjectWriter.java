package dev.botwright.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a project so that a failure leaves nothing half-written: files go to a hidden temporary
 * folder next to the destination, the optional {@code finish} step (git) runs there, and only then
 * is the folder moved into place in one rename. Anything created on the way is removed on failure,
 * including on Ctrl+C.
 */
final class ProjectWriter {

  /** Work done on the complete project before it is moved into place. */
  interface FinishStep {
    void run(Path projectDir);
  }

  private static final Set<String> EXECUTABLE = Set.of("mvnw");

  private ProjectWriter() {}

  /** Refuses a destination that cannot receive a new project, before anything is generated. */
  static void checkDestination(Path destination, boolean force) {
    if (Files.exists(destination) && !Files.isDirectory(destination)) {
      throw new ScaffoldException(
          destination + " is a file, not a folder: choose another destination.");
    }
    if (!force && !isEmptyOrMissing(destination)) {
      throw new ScaffoldException(
          destination
              + " is not empty: choose a new folder, or pass --force to write the project into"
              + " it (files of the same name are replaced, others are kept).");
    }
  }

  static void write(Path destination, Map<String, String> files, FinishStep finish) {
    Path target = destination.toAbsolutePath().normalize();
    Deque<Path> createdParents = new ArrayDeque<>();
    Path staging = null;
    Thread cleanup = null;
    try {
      createParents(target.getParent(), createdParents);
      staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
      Path stagingDir = staging;
      cleanup = new Thread(() -> deleteQuietly(stagingDir), "create-bot-cleanup");
      Runtime.getRuntime().addShutdownHook(cleanup);
      for (Map.Entry<String, String> file : files.entrySet()) {
        writeFile(staging, file.getKey(), file.getValue());
      }
      finish.run(staging);
      moveIntoPlace(staging, target);
      staging = null;
    } catch (IOException e) {
      throw new ScaffoldException(describe(target, e), e);
    } finally {
      if (staging != null) {
        deleteQuietly(staging);
        createdParents.forEach(ProjectWriter::deleteOne);
      }
      if (cleanup != null) {
        removeHook(cleanup);
      }
    }
  }

  private static void writeFile(Path root, String relative, String content) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    if (EXECUTABLE.contains(file.getFileName().toString())) {
      makeExecutable(file);
    }
  }

  private static void makeExecutable(Path file) throws IOException {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      permissions.add(PosixFilePermission.OWNER_EXECUTE);
      permissions.add(PosixFilePermission.GROUP_EXECUTE);
      permissions.add(PosixFilePermission.OTHERS_EXECUTE);
      Files.setPosixFilePermissions(file, permissions);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system (Windows): scripts there are not run through a mode bit.
    }
  }

  private static void moveIntoPlace(Path staging, Path target) throws IOException {
    if (isEmptyOrMissing(target)) {
      Files.deleteIfExists(target);
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staging, target);
      }
      return;
    }
    // --force into a folder with content: the generation itself has already succeeded.
    try (Stream<Path> paths = Files.walk(staging)) {
      for (Path source : paths.filter(Files::isRegularFile).toList()) {
        Path destination = target.resolve(staging.relativize(source).toString());
        Files.createDirectories(destination.getParent());
        Files.move(source, destination, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    deleteQuietly(staging);
  }

  private static void createParents(Path parent, Deque<Path> created) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
      missing.push(p);
    }
    while (!missing.isEmpty()) {
      Path p = missing.pop();
      Files.createDirectory(p);
      created.push(p);
    }
  }

  static boolean isEmptyOrMissing(Path dir) {
    if (!Files.isDirectory(dir)) {
      return !Files.exists(dir);
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Path target, IOException e) {
    if (e instanceof AccessDeniedException) {
      return "Cannot write to "
          + e.getMessage()
          + ": permission denied. Choose a destination you can write to.";
    }
    if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      return "Cannot create "
          + target
          + ": "
          + e.getMessage()
          + " is in the way (a file, not a folder). Choose another destination.";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return "Cannot write "
          + target
          + ": "
          + fse.getReason()
          + " ("
          + fse.getFile()
          + "). Choose a destination you can write to.";
    }
    return "Cannot write " + target + ": " + e + ". Choose a destination you can write to.";
  }

  /** Deletes a file or an empty folder; a folder someone else has written into is kept. */
  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Not empty any more: what is in it is not ours to delete.
    }
  }

  static void deleteQuietly(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(ProjectWriter::deleteOne);
    } catch (IOException | UncheckedIOException e) {
      // Best effort: a leftover hidden staging folder is harmless and named after the project.
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook runs and finds nothing left to delete.
    }
  }
}
