package dev.botwright.internal.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.install.IndexedInstallation;
import dev.botwright.install.IndexedRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileInstallationIndexTest {

  private ApplicationContext context;
  private JsonMapper json;

  @TempDir Path dir;

  @BeforeAll
  void start() {
    context = ApplicationContext.run();
    json = context.getBean(JsonMapper.class);
  }

  @AfterAll
  void stop() {
    context.close();
  }

  @Test
  void aNewInstanceReadsWhatTheLastOneWrote() throws Exception {
    Path file = dir.resolve("index/installations.json");
    FileInstallationIndex first = new FileInstallationIndex(file, 10, json);
    first.save(new IndexedInstallation(1, "octocat", "User", false));
    first.save(new IndexedInstallation(2, "octo-org", "Organization", true));
    first.replaceRepositories(1, List.of(new IndexedRepository(10, "octocat/a", true)));
    first.link(7, 1);
    first.link(7, 2);

    FileInstallationIndex second = new FileInstallationIndex(file, 10, json);

    assertThat(second.installationsOf(7))
        .extracting(IndexedInstallation::id)
        .containsExactly(1L, 2L);
    assertThat(second.installation(2))
        .contains(new IndexedInstallation(2, "octo-org", "Organization", true));
    assertThat(second.repositories(1))
        .containsExactly(new IndexedRepository(10, "octocat/a", true));
    assertThat(dir.resolve("index").toFile().list()).containsExactly("installations.json");
    // The index names users and private repositories: owner-only, folder and file.
    assertThat(mode(dir.resolve("index"))).isEqualTo("rwx------");
    assertThat(mode(file)).isEqualTo("rw-------");
  }

  private static String mode(Path path) throws java.io.IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  @Test
  void theLeastRecentlyChangedInstallationGoesFirstWhenFull() {
    FileInstallationIndex index = new FileInstallationIndex(dir.resolve("i.json"), 2, json);
    index.save(new IndexedInstallation(1, "a", "User", false));
    index.save(new IndexedInstallation(2, "b", "User", false));
    index.link(7, 1);
    index.save(new IndexedInstallation(1, "a", "User", true));

    index.save(new IndexedInstallation(3, "c", "User", false));

    assertThat(index.installation(2)).isEmpty();
    assertThat(index.installation(1)).isPresent();
    assertThat(index.installation(3)).isPresent();
    assertThat(index.installationsOf(7)).extracting(IndexedInstallation::id).containsExactly(1L);
  }

  @Test
  void anUnreadableFileIsSetAsideAndTheIndexStartsEmpty() throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{not json");

    FileInstallationIndex index = new FileInstallationIndex(file, 10, json);

    assertThat(index.installation(1)).isEmpty();
    assertThat(dir.resolve("broken.json.unreadable")).hasContent("{not json");
    index.save(new IndexedInstallation(1, "a", "User", false));
    assertThat(new FileInstallationIndex(file, 10, json).installation(1)).isPresent();
  }
}
