package dev.botwright.redis;

import dev.botwright.internal.queue.DeliveryStorageContract;
import dev.botwright.spi.DeliveryStorage;
import dev.botwright.spi.DeliveryStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The storage contract on Redis: each storage opened is another process on the same keys. */
class RedisStorageTest extends DeliveryStorageContract {

  @RegisterExtension static final SharedRedis SERVER = new SharedRedis();
  private final List<Redis> processes = new ArrayList<>();
  private RedisConfiguration config;

  @BeforeEach
  void prefix(TestInfo info) {
    config = SERVER.config(info, "contract-");
  }

  @AfterEach
  void closeProcesses() {
    // JUnit runs a subclass' @AfterEach first: the runners go before their connections.
    closeAll();
    processes.forEach(Redis::close);
  }

  @Override
  protected DeliveryStorage storage(int capacity) {
    config.setMaxBacklog(capacity);
    Redis redis = Connect.process(config);
    processes.add(redis);
    return new RedisStorage(redis, clock);
  }

  @Override
  protected DeliveryStore store(DeliveryStorage storage) {
    return new RedisDeliveryStore(processes.get(processes.size() - 1));
  }

  @Override
  protected boolean durable() {
    return true;
  }
}
