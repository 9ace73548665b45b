package dev.botwright.internal.dispatch;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The start-up check of command names, for commands compiled apart (another module's names never
 * met this module's at compile time).
 */
class CommandNamesTest {

  @Test
  void aValidFreeNamePasses() {
    assertThatCode(() -> CommandMethodProcessor.checkName("A#b", "add-label-2", Map.of()))
        .doesNotThrowAnyException();
  }

  @Test
  void aNameTakenInAnotherModuleFailsStartUp() {
    assertThatThrownBy(
            () ->
                CommandMethodProcessor.checkName(
                    "Tagger#tag", "label", Map.of("label", "Labels#label")))
        .hasMessage(
            "Commands Labels#label and Tagger#tag are both named 'label'. Rename one: a comment's"
                + " /label must run one method.");
  }

  @Test
  void invalidAndReservedNamesFailStartUp() {
    assertThatThrownBy(() -> CommandMethodProcessor.checkName("A#b", "Label", Map.of()))
        .hasMessage(
            "Command A#b has an invalid name 'Label': use lowercase letters, digits and '-', e.g."
                + " @Command(\"add-label\").");
    assertThatThrownBy(() -> CommandMethodProcessor.checkName("A#help", "help", Map.of()))
        .hasMessage(
            "Command A#help is named 'help', which Botwright answers itself with the list of"
                + " commands. Choose another name.");
  }
}
