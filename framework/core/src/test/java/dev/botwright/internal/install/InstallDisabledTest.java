package dev.botwright.internal.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.install.InstallationIndex;
import dev.botwright.internal.dispatch.HandlerRegistry;
import dev.botwright.internal.setup.SetupHttp;
import io.micronaut.context.BeanContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Off by default: no routes, no index, and the framework subscribes the bot to nothing. */
@MicronautTest
class InstallDisabledTest {

  @Inject EmbeddedServer server;
  @Inject BeanContext context;
  @Inject HandlerRegistry registry;

  @Test
  void nothingIsOnWithoutConfiguration() {
    assertThat(context.findBean(InstallationIndex.class)).isEmpty();
    assertThat(registry.listensTo("installation", "created")).isFalse();
    assertThat(registry.listensTo("installation_target", "renamed")).isFalse();
    assertThat(registry.listensTo("github_app_authorization", "revoked")).isFalse();
    assertThat(
            SetupHttp.get(URI.create("http://127.0.0.1:" + server.getPort() + "/github/install"))
                .statusCode())
        .isEqualTo(404);
  }
}
