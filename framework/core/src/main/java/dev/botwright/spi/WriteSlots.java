package dev.botwright.spi;

import java.time.Duration;

/**
 * Hands out the write slots of each installation, {@code interval} apart, so the GitHub client
 * spaces an installation's writes as GitHub asks ({@code botwright.client.pacing}). The default
 * keeps them in this process; declare a bean of this type to share them between processes (the
 * Redis mode does), so that two processes writing for one installation keep the spacing too.
 */
public interface WriteSlots {

  /**
   * Reserves the next free slot of {@code installationId} and the interval after it.
   *
   * @return how long the caller must wait for its slot; zero or negative to write now
   */
  Duration reserve(long installationId, Duration interval);
}
