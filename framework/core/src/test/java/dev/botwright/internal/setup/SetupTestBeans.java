package dev.botwright.internal.setup;

import dev.botwright.EventContext;
import dev.botwright.OnEvent;
import dev.botwright.internal.web.ClientAddress;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Beans of the setup tests. */
final class SetupTestBeans {

  private SetupTestBeans() {}

  /** Comments on opened issues: needs an installation token minted with the app's new key. */
  @Singleton
  @Requires(property = "botwright.test.setup-handler", value = "true")
  static class Commenter {
    final List<String> handled = new CopyOnWriteArrayList<>();

    @OnEvent("issues.opened")
    void greet(EventContext context) {
      context.github().issues().createComment(context.issue(), "Set up without a restart");
      handled.add(context.deliveryId());
    }
  }

  /** Pretends requests come from another machine while {@link #remote} is set. */
  @Singleton
  @Replaces(ClientAddress.class)
  @Requires(property = "botwright.test.client-address", value = "switchable")
  static class SwitchableClientAddress implements ClientAddress {
    volatile InetAddress remote;

    @Override
    public InetAddress of(HttpRequest<?> request) {
      InetAddress pretend = remote;
      return pretend != null ? pretend : new ClientAddress.Socket().of(request);
    }
  }
}
