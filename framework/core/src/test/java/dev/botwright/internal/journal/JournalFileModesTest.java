package dev.botwright.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.internal.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal holds payloads from private repositories: its folder and files are owner-only from
 * the moment they exist, also when the process runs with a umask that lets everyone read.
 */
class JournalFileModesTest {

  @TempDir Path tmp;

  @Test
  void aFreshJournalIsOwnerOnly() throws IOException {
    Path dir = tmp.resolve("data/journal");

    try (JournalLog log = JournalLog.open(dir, 256, false, (record, location) -> {})) {
      for (int i = 0; i < 4; i++) {
        log.append(received("d-" + i));
      }
      log.compact((received, latest) -> Compactor.Keep.ALL, locations -> {});
      log.append(received("d-after"));
    }

    assertThat(mode(dir)).isEqualTo("rwx------");
    assertThat(mode(dir.getParent())).isEqualTo("rwx------");
    Map<String, String> files = modes(dir);
    assertThat(files).containsKey("lock");
    assertThat(files.keySet()).anyMatch(name -> name.endsWith(".log"));
    assertThat(files).allSatisfy((name, mode) -> assertThat(mode).as(name).isEqualTo("rw-------"));
  }

  @Test
  void aJournalFolderAnEarlierVersionLeftOpenIsTightened() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("journal"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (JournalLog log = JournalLog.open(dir, 1 << 20, false, (record, location) -> {})) {
      log.append(received("d-1"));
    }
    Path segment = Segments.path(dir, 1);
    Files.setPosixFilePermissions(segment, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));

    try (JournalLog log = JournalLog.open(dir, 1 << 20, false, (record, location) -> {})) {
      assertThat(mode(dir)).isEqualTo("rwx------");
      assertThat(mode(segment)).isEqualTo("rw-------");
    }
  }

  /**
   * The attack: another local user reads a segment in the moment between its creation and a later
   * {@code chmod}. A child JVM runs with umask 000 (so anything created with default modes is
   * world-readable) and reports each file's mode right after the step that created it.
   */
  @Test
  void underAPermissiveUmaskNoFileIsEverReadableByOthers() throws Exception {
    Path dir = tmp.resolve("run");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                "/bin/sh",
                "-c",
                "umask 000 && exec \"$0\" -cp \"$1\" \"$2\" \"$3\"",
                java,
                System.getProperty("java.class.path"),
                UmaskProbe.class.getName(),
                dir.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(output).isZero();

    Map<String, String> seen = new LinkedHashMap<>();
    for (String line : output.strip().split("\n")) {
      String[] parts = line.split(" ");
      if (parts.length == 2) {
        seen.put(parts[0], parts[1]);
      }
    }
    // The probe's control file proves the umask really let everyone read and write.
    assertThat(seen).containsEntry("control", "rw-rw-rw-");
    seen.remove("control");
    assertThat(seen)
        .containsKeys(
            "journal/", "journal/lock", "journal/0000000000000001.log", "files/state.json")
        .allSatisfy(
            (path, mode) ->
                assertThat(mode.substring(3)).as(path + " " + mode).isEqualTo("------"));
  }

  /** Runs in the child JVM: creates each kind of file and prints its mode at once. */
  static final class UmaskProbe {
    public static void main(String[] args) throws IOException {
      Path root = Path.of(args[0]);
      Files.createDirectories(root);
      Path control = Files.createFile(root.resolve("control"));
      print("control", control);
      Path dir = root.resolve("journal");
      try (JournalLog log = JournalLog.open(dir, 256, false, (record, location) -> {})) {
        print("journal/", dir);
        print("journal/lock", dir.resolve("lock"));
        for (int i = 0; i < 4; i++) {
          log.append(received("d-" + i));
          for (long segment : Segments.list(dir)) {
            print("journal/" + Segments.path(dir, segment).getFileName(), segment, dir);
          }
        }
        log.compact((received, latest) -> Compactor.Keep.ALL, locations -> {});
        for (long segment : Segments.list(dir)) {
          print("journal/compacted-" + segment, segment, dir);
        }
      }
      Path state = root.resolve("files/state.json");
      AtomicFile.replace(state, "{}".getBytes(StandardCharsets.UTF_8));
      print("files/", state.getParent());
      print("files/state.json", state);
    }

    private static void print(String name, long segment, Path dir) throws IOException {
      print(name, Segments.path(dir, segment));
    }

    private static void print(String name, Path path) throws IOException {
      System.out.println(name + " " + mode(path));
    }
  }

  static LogRecord.Received received(String id) {
    return new LogRecord.Received(
        id,
        "issues",
        "opened",
        42L,
        Map.of("X-GitHub-Event", "issues"),
        ("{\"payload\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8),
        1_700_000_000_000L);
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static Map<String, String> modes(Path dir) throws IOException {
    Map<String, String> modes = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.forEach(files::add);
    }
    for (Path file : files) {
      modes.put(file.getFileName().toString(), mode(file));
    }
    return modes;
  }
}
