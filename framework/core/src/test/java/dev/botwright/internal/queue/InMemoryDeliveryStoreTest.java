package dev.botwright.internal.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InMemoryDeliveryStoreTest {

  private final AtomicLong now = new AtomicLong();
  private final InMemoryDeliveryStore store = new InMemoryDeliveryStore(3, now::get);
  private final Duration window = Duration.ofSeconds(10);

  @Test
  void anIdIsNewOnceWithinTheWindowAndNewAgainAfterIt() {
    assertThat(store.recordIfNew("a", window)).isTrue();
    assertThat(store.recordIfNew("a", window)).isFalse();
    now.addAndGet(window.toNanos() - 1);
    assertThat(store.recordIfNew("a", window)).isFalse();
    now.addAndGet(1);
    assertThat(store.recordIfNew("a", window)).isTrue();
  }

  @Test
  void expiredIdsAreDropped() {
    store.recordIfNew("a", window);
    store.recordIfNew("b", window);
    now.addAndGet(window.toNanos());
    store.recordIfNew("c", window);
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void forgetMakesAnIdNewAgain() {
    store.recordIfNew("a", window);
    store.forget("a");
    assertThat(store.recordIfNew("a", window)).isTrue();
  }

  @Test
  void theOldestIdIsEvictedBeyondTheBound() {
    store.recordIfNew("a", window);
    store.recordIfNew("b", window);
    store.recordIfNew("c", window);
    store.recordIfNew("d", window);
    assertThat(store.size()).isEqualTo(3);
    assertThat(store.recordIfNew("a", window)).isTrue();
    assertThat(store.recordIfNew("d", window)).isFalse();
  }

  @Test
  void exactlyOneOfConcurrentCallsWins() throws Exception {
    InMemoryDeliveryStore shared = new InMemoryDeliveryStore(1_000, System::nanoTime);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 50; round++) {
        String id = "id-" + round;
        var calls =
            IntStream.range(0, 8)
                .mapToObj(i -> (Callable<Boolean>) () -> shared.recordIfNew(id, window))
                .toList();
        long wins = 0;
        for (Future<Boolean> f : pool.invokeAll(calls)) {
          wins += f.get() ? 1 : 0;
        }
        assertThat(wins).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
