package dev.botwright.spi;

import java.time.Instant;

/**
 * Remembers which single-use states (of sign-in and install links) were used, so each is accepted
 * once. The default keeps them in this process's memory, bounded; with Redis on they are shared by
 * every process. Replace it by declaring a bean of this type. Implementations must be thread-safe.
 */
public interface OneTimeStates {

  /**
   * Marks {@code id} used for {@code purpose}.
   *
   * @param purpose the flow the state belongs to, e.g. {@code sign-in} or {@code install}
   * @param id the state's unique id (a random nonce, never a secret the caller still needs)
   * @param expiresAt when the state stops being accepted anyway; it need not be remembered longer
   * @return {@code true} the first time, {@code false} when it was used before (a replay) or has
   *     already expired
   */
  boolean useOnce(String purpose, String id, Instant expiresAt);
}
