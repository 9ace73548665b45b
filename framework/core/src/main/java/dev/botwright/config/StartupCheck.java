package dev.botwright.config;

import dev.botwright.internal.config.ConfigurationCheck;
import io.micronaut.core.annotation.Internal;
import java.util.List;

/**
 * A start-up check that an area contributes (the private key is readable, ...): each bean's
 * problems join the one message {@link ConfigurationCheck} fails start-up with, so the checks live
 * beside the code they protect while the operator still sees every mistake at once.
 */
@Internal
@FunctionalInterface
public interface StartupCheck {

  /**
   * What is wrong, one instruction per problem (say the setting, its value and the fix); empty when
   * nothing is.
   */
  List<String> problems();
}
