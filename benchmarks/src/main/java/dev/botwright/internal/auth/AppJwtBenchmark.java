package dev.botwright.internal.auth;

import dev.botwright.benchmarks.BenchContext;
import dev.botwright.config.AppConfiguration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The app JWT that authenticates every token mint: {@link DefaultAppJwt#current()} while the last
 * JWT is still good, against a fresh RS256 signature (2048-bit key) per call, which is what a
 * framework that signs per mint pays. The gap is why a burst of mints over many installations costs
 * little CPU here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AppJwtBenchmark {

  private SteppingClock clock;
  private DefaultAppJwt jwt;

  /** Configures a throw-away key and signs once, so the key is parsed before measuring. */
  @Setup
  public void setUp() {
    AppConfiguration app = new AppConfiguration();
    app.setId("12345");
    app.setPrivateKey(BenchContext.privateKeyPem());
    clock = new SteppingClock(Instant.now());
    jwt = new DefaultAppJwt(app, clock);
    jwt.current();
  }

  /** The JWT is reused: one volatile read and an expiry check. */
  @Benchmark
  public String reused() {
    return jwt.current();
  }

  /** The clock jumps past the JWT's lifetime first, so every call signs a new one. */
  @Benchmark
  public String signedEachCall() {
    clock.advance(DefaultAppJwt.LIFETIME);
    return jwt.current();
  }

  /** A clock the benchmark moves forward by hand. */
  static final class SteppingClock extends Clock {
    private volatile Instant now;

    SteppingClock(Instant start) {
      this.now = start;
    }

    void advance(Duration step) {
      now = now.plus(step);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
