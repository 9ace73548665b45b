package dev.botwright.client;

import io.micronaut.core.annotation.Internal;
import java.time.Duration;

/**
 * Hands out the write slots of each installation, {@code interval} apart. The default keeps them in
 * this process; a bean of this type shares them between processes (the Redis mode), so that two
 * processes writing for one installation keep the spacing too.
 */
@Internal
public interface WriteSlots {

  /**
   * Reserves the next free slot of {@code installationId} and the interval after it.
   *
   * @return how long the caller must wait for its slot; zero or negative to write now
   */
  Duration reserve(long installationId, Duration interval);
}
