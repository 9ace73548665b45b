package dev.botwright.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.botwright.config.ClientConfiguration;
import io.micronaut.json.JsonMapper;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyCapTest {

  /** Holds every request until released, counting how many are inside at once. */
  static final class GatedTransport implements Transport {
    final AtomicInteger inside = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public HttpExchange send(String method, URI uri, Map<String, String> headers, byte[] body) {
      most.accumulateAndGet(inside.incrementAndGet(), Math::max);
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inside.decrementAndGet();
      }
      return new HttpExchange(204, Map.of(), new byte[0]);
    }

    @Override
    public void close() {}
  }

  @Test
  void capsRequestsInFlightAcrossInstallations() throws Exception {
    ClientConfiguration config = new ClientConfiguration();
    config.setMaxConcurrentRequests(2);
    GatedTransport transport = new GatedTransport();
    RequestExecutor executor =
        new RequestExecutor(
            transport,
            config,
            Clock.systemUTC(),
            d -> {},
            "ua",
            new JsonBodies(JsonMapper.createDefault()));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 1; i <= 4; i++) {
        RequestAuthorizer authorizer = installation(i);
        calls.add(
            threads.submit(
                () ->
                    executor.execute(
                        authorizer,
                        null,
                        Route.parse("GET /x"),
                        URI.create("http://127.0.0.1/x"),
                        null)));
      }
      await().atMost(5, TimeUnit.SECONDS).until(() -> transport.inside.get() == 2);
      Thread.sleep(200);
      assertThat(transport.most).hasValue(2);

      transport.release.countDown();
      for (Future<?> call : calls) {
        call.get(5, TimeUnit.SECONDS);
      }
      assertThat(transport.most).hasValue(2);
    } finally {
      threads.shutdownNow();
    }
  }

  private static RequestAuthorizer installation(long id) {
    return new RequestAuthorizer() {
      @Override
      public OptionalLong installationId() {
        return OptionalLong.of(id);
      }

      @Override
      public Attempts start() {
        return new Attempts() {
          @Override
          public String authorization() {
            return "token t";
          }

          @Override
          public java.util.Optional<java.time.Duration> afterUnauthorized(
              String message, java.util.Optional<java.time.Instant> date) {
            return java.util.Optional.empty();
          }
        };
      }
    };
  }
}
