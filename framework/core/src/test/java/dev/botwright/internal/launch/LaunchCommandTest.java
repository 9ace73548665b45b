package dev.botwright.internal.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaunchCommandTest {

  @Test
  void findsEachRegisteredCommandByItsFirstArgument() {
    assertThat(LaunchCommand.find("deliveries", "list"))
        .get()
        .extracting(LaunchCommand::name)
        .isEqualTo("deliveries");
    assertThat(LaunchCommand.find("receive", "--event", "issues"))
        .get()
        .extracting(LaunchCommand::name)
        .isEqualTo("receive");
    assertThat(LaunchCommand.find("action"))
        .get()
        .extracting(LaunchCommand::name)
        .isEqualTo("action");
  }

  @Test
  void startsTheServerForAnyOtherArguments() {
    assertThat(LaunchCommand.find()).isEmpty();
    assertThat(LaunchCommand.find((String[]) null)).isEmpty();
    assertThat(LaunchCommand.find("--port=3000")).isEmpty();
    assertThat(LaunchCommand.find("list", "deliveries")).isEmpty();
  }
}
