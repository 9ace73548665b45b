package dev.botwright.internal.files;

import io.micronaut.core.annotation.Internal;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a whole file so a reader, or the next start after a crash, sees the old content or the
 * new, never half of it: the bytes go to a temporary file in the same folder, readable by the owner
 * only (the files hold tokens, keys and user ids), are forced to disk, and the temporary file is
 * moved over the target.
 */
@Internal
public final class AtomicFile {

  private AtomicFile() {}

  /**
   * Writes {@code content} to {@code file}, creating its folder (owner-only) when missing. Where
   * the file system cannot move atomically the file is replaced by an ordinary move.
   *
   * @throws IOException when the folder is not writable or the disk is full; the target is then
   *     unchanged and no temporary file is left behind
   */
  public static void replace(Path file, byte[] content) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    OwnerOnly.createDirectories(dir);
    Path temp =
        Files.createTempFile(
            dir, "." + target.getFileName() + ".tmp-", "", OwnerOnly.fileAttributes(dir));
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
