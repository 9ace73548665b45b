package dev.botwright.internal.client.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.spi.GitHubResponseCache;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseCacheWiringTest {

  @Test
  void theInMemoryCacheIsOnByDefault() {
    try (ApplicationContext context = ApplicationContext.run()) {
      assertThat(context.findBean(GitHubResponseCache.class))
          .containsInstanceOf(InMemoryGitHubResponseCache.class);
    }
  }

  @Test
  void switchingItOffLeavesNoCache() {
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("botwright.client.cache.enabled", false))) {
      assertThat(context.findBean(GitHubResponseCache.class)).isEmpty();
    }
  }
}
