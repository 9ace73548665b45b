package dev.botwright.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void replacesTheWholeFileOwnerOnlyAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("sub/folder/state.json");

    AtomicFile.replace(file, "first, longer content".getBytes(StandardCharsets.UTF_8));
    AtomicFile.replace(file, "second".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.readString(file)).isEqualTo("second");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aFailedWriteLeavesTheTargetAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("target-is-a-folder");
    Files.createDirectories(file.resolve("not-empty"));

    assertThatThrownBy(() -> AtomicFile.replace(file, new byte[] {1}))
        .isInstanceOf(IOException.class);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
