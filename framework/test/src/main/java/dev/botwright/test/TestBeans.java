package dev.botwright.test;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes the shared {@link FakeGitHub} injectable into tests. */
@Factory
final class TestBeans {

  @Singleton
  FakeGitHub fakeGitHub() {
    return TestApp.get().github;
  }
}
