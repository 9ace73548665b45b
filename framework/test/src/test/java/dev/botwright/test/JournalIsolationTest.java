package dev.botwright.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.config.DispatchConfiguration;
import dev.botwright.config.JournalConfiguration;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@BotTest
@Property(name = "botwright.dispatch.max-attempts", value = "3")
class JournalIsolationTest {

  @Inject JournalConfiguration journal;
  @Inject DispatchConfiguration dispatch;

  @Test
  void eachTestClassHasItsOwnJournalUnderTarget() {
    Path dir = journal.path().toAbsolutePath();
    assertThat(journal.isEnabled()).isTrue();
    assertThat(dir.toString()).contains("botwright-journals").contains("JournalIsolationTest-");
    assertThat(dir).isDirectory();
  }

  @Test
  void aTestMayRaiseTheAttempts() {
    assertThat(dispatch.getMaxAttempts()).isEqualTo(3);
  }
}
