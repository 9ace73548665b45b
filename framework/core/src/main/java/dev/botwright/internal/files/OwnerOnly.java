package dev.botwright.internal.files;

import io.micronaut.core.annotation.Internal;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Creates folders and files that only the bot's own user may read: the permissions are given to the
 * system call that creates them ({@code mkdir}/{@code open} with mode {@code 0700}/{@code 0600}),
 * so there is no moment, whatever the umask, when another user could open them; a {@code chmod}
 * after creation would leave such a moment. On file systems without POSIX permissions (Windows) the
 * folder's own access rules apply.
 */
@Internal
public final class OwnerOnly {

  private static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private OwnerOnly() {}

  /**
   * Creates {@code dir} and every missing parent with mode {@code 0700}; folders that exist are
   * left as they are.
   */
  public static Path createDirectories(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return dir;
    }
    if (!posix(absolute)) {
      Files.createDirectories(absolute);
      return dir;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      createDirectories(parent);
    }
    try {
      Files.createDirectory(absolute, folder());
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(absolute)) {
        throw e;
      }
    }
    return dir;
  }

  /**
   * Opens {@code file} with {@code options}; when the options create it, it is created with mode
   * {@code 0600}.
   */
  public static FileChannel open(Path file, OpenOption... options) throws IOException {
    Set<OpenOption> set = Set.of(options);
    return FileChannel.open(file, set, posix(file) ? new FileAttribute<?>[] {file()} : none());
  }

  /** Opens {@code file} for writing from its start, creating it with mode {@code 0600}. */
  public static FileChannel create(Path file) throws IOException {
    return open(
        file,
        StandardOpenOption.CREATE,
        StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  /** The attribute for a new owner-only file, or none where the file system has no POSIX modes. */
  static FileAttribute<?>[] fileAttributes(Path dir) {
    return posix(dir) ? new FileAttribute<?>[] {file()} : none();
  }

  /**
   * Takes group and world access away from {@code path} if it has any: for a folder or file an
   * earlier version created with the umask's mode. New ones are created owner-only.
   */
  public static void tighten(Path path) throws IOException {
    if (!posix(path)) {
      return;
    }
    Set<PosixFilePermission> current =
        Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
    Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
    for (PosixFilePermission permission : current) {
      if (permission.name().startsWith("OWNER_")) {
        owner.add(permission);
      }
    }
    if (!owner.equals(current)) {
      Files.setPosixFilePermissions(path, owner);
    }
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static FileAttribute<Set<PosixFilePermission>> folder() {
    return PosixFilePermissions.asFileAttribute(FOLDER);
  }

  private static FileAttribute<Set<PosixFilePermission>> file() {
    return PosixFilePermissions.asFileAttribute(FILE);
  }

  private static FileAttribute<?>[] none() {
    return new FileAttribute<?>[0];
  }
}
