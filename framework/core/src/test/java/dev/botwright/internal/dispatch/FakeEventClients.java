package dev.botwright.internal.dispatch;

import dev.botwright.github.Checks;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.GitHubResponse;
import dev.botwright.github.Issues;
import dev.botwright.github.PullRequests;
import dev.botwright.github.Repositories;
import dev.botwright.internal.client.EventClients;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Stands in for the real client factory; records every client it creates. */
@Singleton
@Replaces(EventClients.class)
@Requires(property = "botwright.test.fake-event-clients", value = "true")
public class FakeEventClients implements EventClients {

  /** One created client. */
  public record Created(long installationId, String deliveryId, FakeClient client) {}

  private final List<Created> created = new CopyOnWriteArrayList<>();

  @Override
  public GitHubClient forDelivery(long installationId, String deliveryId) {
    FakeClient client = new FakeClient(installationId, deliveryId);
    created.add(new Created(installationId, deliveryId, client));
    return client;
  }

  /** Clients created for {@code deliveryId}. */
  public List<Created> createdFor(String deliveryId) {
    return created.stream().filter(c -> c.deliveryId().equals(deliveryId)).toList();
  }

  public List<Created> created() {
    return List.copyOf(created);
  }

  /** A client that only remembers which installation and delivery it belongs to. */
  public record FakeClient(long installationId, String deliveryId) implements GitHubClient {

    @Override
    public GitHubResponse request(String route, Map<String, ?> parameters) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public <T> T request(String route, Map<String, ?> parameters, Class<T> type) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Stream<JsonNode> paginate(String route, Map<String, ?> parameters) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public <T> Stream<T> paginate(String route, Map<String, ?> parameters, Class<T> type) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public JsonNode graphql(String query, Map<String, ?> variables) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Issues issues() {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public PullRequests pulls() {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Checks checks() {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Repositories repos() {
      throw new UnsupportedOperationException("not used by these tests");
    }
  }
}
