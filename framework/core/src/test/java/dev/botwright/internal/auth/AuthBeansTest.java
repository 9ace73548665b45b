package dev.botwright.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.spi.InstallationTokenCache;
import dev.botwright.spi.InstallationTokenCache.Key;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The defaults are wired as beans from configuration alone, and a bot without a key starts. */
class AuthBeansTest {

  @Test
  void wiresTheDefaultsFromConfiguration() {
    try (ApplicationContext context =
        ApplicationContext.run(
            Map.of(
                "botwright.app.id", "12345",
                "botwright.app.private-key", TestKeys.pkcs8(TestKeys.RSA).replace("\n", "\\n"),
                "botwright.tokens.cache-size", "2"))) {
      String jwt = context.getBean(AppJwt.class).current();
      assertThat(DefaultAppJwtTest.verify(jwt, java.time.Instant.now()).getPayload().getIssuer())
          .isEqualTo("12345");

      InstallationTokenCache cache = context.getBean(InstallationTokenCache.class);
      assertThat(cache).isInstanceOf(InMemoryInstallationTokenCache.class);
      for (int i = 0; i < 3; i++) {
        cache.put(Key.of(i), InMemoryInstallationTokenCacheTest.token("t" + i));
      }
      assertThat(((InMemoryInstallationTokenCache) cache).size()).isEqualTo(2);

      assertThat(context.getBean(InstallationTokens.class))
          .isInstanceOf(DefaultInstallationTokens.class);
    }
  }
}
