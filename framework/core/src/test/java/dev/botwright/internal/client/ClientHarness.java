package dev.botwright.internal.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.botwright.config.ClientConfiguration;
import dev.botwright.config.GitHubApiConfiguration;
import dev.botwright.internal.auth.AppJwt;
import dev.botwright.internal.auth.InstallationTokens;
import dev.botwright.spi.InstallationTokenCache.Key;
import dev.botwright.spi.InstallationTokenCache.Token;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WireMock GitHub on 127.0.0.1, configuration bound by Micronaut, fake auth, a clock that only
 * moves when the recording sleeper "sleeps".
 */
final class ClientHarness implements AutoCloseable {

  static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

  final WireMockServer github =
      new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
  final MutableClock clock = new MutableClock(START);
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  final FakeAppJwt jwt = new FakeAppJwt();
  final FakeTokens tokens = new FakeTokens(clock);
  final ApplicationContext context;
  final DefaultGitHubClients clients;

  ClientHarness() {
    this(Map.of());
  }

  ClientHarness(Map<String, Object> config) {
    github.start();
    Map<String, Object> properties = new HashMap<>();
    properties.put("botwright.github.api-url", baseUrl());
    // The client's own defaults, not the fast settings other core tests start with.
    properties.put("botwright.client.pacing", true);
    properties.put("botwright.client.retry-delay", "1s");
    properties.putAll(config);
    context = ApplicationContext.run(properties);
    Sleeper sleeper =
        duration -> {
          sleeps.add(duration);
          clock.advance(duration);
        };
    clients =
        new DefaultGitHubClients(
            context.getBean(GitHubApiConfiguration.class),
            context.getBean(ClientConfiguration.class),
            context.getBean(JsonMapper.class),
            jwt,
            tokens,
            clock,
            sleeper);
  }

  String baseUrl() {
    return "http://127.0.0.1:" + github.port();
  }

  @Override
  public void close() {
    clients.close();
    context.close();
    github.stop();
  }

  /** A clock moved by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    synchronized void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  /** Signs nothing; records clock corrections. */
  static final class FakeAppJwt implements AppJwt {
    final List<Instant> corrections = new ArrayList<>();

    @Override
    public String current() {
      return "jwt-" + (corrections.size() + 1);
    }

    @Override
    public void correctClock(Instant githubNow) {
      corrections.add(githubNow);
    }
  }

  /** Hands out "tok-N" tokens, minted at a chosen time; records invalidations. */
  static final class FakeTokens implements InstallationTokens {
    final Clock clock;
    final AtomicInteger gets = new AtomicInteger();
    final List<Key> invalidated = new CopyOnWriteArrayList<>();
    volatile Token current;
    private int minted;

    FakeTokens(Clock clock) {
      this.clock = clock;
      mint(clock.instant().minus(Duration.ofMinutes(10)));
    }

    synchronized void mint(Instant mintedAt) {
      minted++;
      current = new Token("tok-" + minted, mintedAt.plus(Duration.ofHours(1)), mintedAt);
    }

    @Override
    public Token get(Key key) {
      gets.incrementAndGet();
      return current;
    }

    @Override
    public void invalidate(Key key, Token rejected) {
      invalidated.add(key);
      mint(clock.instant());
    }
  }
}
