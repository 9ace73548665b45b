package dev.botwright.internal.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A bot started with its credentials (application-test.yml) has no setup pages. */
@MicronautTest
@Property(name = "spec.name", value = "SetupRoutesGoneTest")
class SetupRoutesGoneTest {

  @Inject EmbeddedServer server;
  @Inject SetupMode mode;

  @Test
  void setupRoutesAnswer404AndTheRootIsNotRedirected() {
    assertThat(mode.isWaiting()).isFalse();
    for (String path :
        new String[] {"/setup", "/setup/callback?code=c&state=s", "/setup/import", "/"}) {
      assertThat(SetupHttp.get(server.getURI().resolve(path)).statusCode()).as(path).isEqualTo(404);
    }
  }
}
