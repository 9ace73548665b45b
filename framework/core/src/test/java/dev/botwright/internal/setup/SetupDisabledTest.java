package dev.botwright.internal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** With the production switch off the setup beans do not exist at all. */
@MicronautTest
@Property(name = "botwright.setup.enabled", value = "false")
class SetupDisabledTest {

  @Inject EmbeddedServer server;
  @Inject ApplicationContext context;

  @Test
  void noSetupRoutesOrFilterExist() {
    assertThat(context.containsBean(SetupController.class)).isFalse();
    assertThat(context.containsBean(SetupFilter.class)).isFalse();
    assertThat(SetupHttp.get(server.getURI().resolve("/setup")).statusCode()).isEqualTo(404);
  }
}
