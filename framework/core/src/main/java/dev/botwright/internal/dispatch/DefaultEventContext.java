package dev.botwright.internal.dispatch;

import dev.botwright.EventContext;
import dev.botwright.Metadata;
import dev.botwright.PermanentFailure;
import dev.botwright.event.EventTypes;
import dev.botwright.event.WebhookEvent;
import dev.botwright.github.GitHubClient;
import dev.botwright.github.IssueRef;
import dev.botwright.github.PullRequestRef;
import dev.botwright.github.RepoRef;
import dev.botwright.internal.client.EventClients;
import dev.botwright.internal.metadata.IssueMetadata;
import dev.botwright.repoconfig.ConfigFile;
import dev.botwright.repoconfig.RepositoryConfigs;
import dev.botwright.spi.Delivery;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The context of one delivery, shared by all of its handlers: the payload tree is parsed once, each
 * payload type is read once, the coordinates (repo, issue, sender) are read once without the full
 * tree, and the installation client is created once, all on first use.
 */
final class DefaultEventContext implements EventContext {

  private final Delivery delivery;
  private final JsonMapper jsonMapper;
  private final EventClients clients;
  private final RepositoryConfigs configs;
  private final Map<Class<?>, Object> payloads = new HashMap<>();
  // Read or created on first use (see the class comment), so null until then.
  private @Nullable WebhookEvent event;
  private @Nullable JsonNode tree;
  private @Nullable JsonNode coordinatesTree;
  private @Nullable GitHubClient client;
  private final int attempt;
  private volatile Class<?> handlerType = DefaultEventContext.class;

  DefaultEventContext(
      Delivery delivery, JsonMapper jsonMapper, EventClients clients, RepositoryConfigs configs) {
    this(delivery, jsonMapper, clients, configs, 1);
  }

  DefaultEventContext(
      Delivery delivery,
      JsonMapper jsonMapper,
      EventClients clients,
      RepositoryConfigs configs,
      int attempt) {
    this.attempt = attempt;
    this.delivery = delivery;
    this.jsonMapper = jsonMapper;
    this.clients = clients;
    this.configs = configs;
  }

  Delivery delivery() {
    return delivery;
  }

  /** Names the logger of {@link #log()} after the handler that is running. */
  void handlerType(Class<?> type) {
    this.handlerType = type;
  }

  @Override
  public String deliveryId() {
    return delivery.id();
  }

  @Override
  public String event() {
    return delivery.event();
  }

  @Override
  public int attempt() {
    return attempt;
  }

  @Override
  public Optional<String> action() {
    return Optional.ofNullable(delivery.action());
  }

  @Override
  public OptionalLong installationId() {
    return delivery.installationId() == 0
        ? OptionalLong.empty()
        : OptionalLong.of(delivery.installationId());
  }

  @Override
  public synchronized JsonNode payload() {
    if (tree == null) {
      try {
        tree = jsonMapper.readValue(delivery.body(), JsonNode.class);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "The " + eventKey() + " payload of delivery " + deliveryId() + " could not be read", e);
      }
    }
    return tree;
  }

  @Override
  public synchronized <T> T payload(Class<T> type) {
    if (WebhookEvent.class.isAssignableFrom(type)) {
      return typedPayload(type);
    }
    Object value = payloads.get(type);
    if (value == null) {
      try {
        // From the bytes unless the tree exists: building a tree only to convert it cost more.
        value =
            tree != null
                ? jsonMapper.readValueFromTree(tree, type)
                : jsonMapper.readValue(delivery.body(), type);
      } catch (IOException e) {
        throw new IllegalStateException(
            "The "
                + eventKey()
                + " payload of delivery "
                + deliveryId()
                + " could not be read as "
                + type.getName()
                + ": "
                + e.getMessage()
                + ". Check that the type matches this event's payload.",
            e);
      }
      payloads.put(type, value);
    }
    return type.cast(value);
  }

  /**
   * The generated record of this event and action, read once per delivery whatever type a handler
   * asks for: the record itself, its event's sealed interface or {@code WebhookEvent}.
   */
  private <T> T typedPayload(Class<T> type) {
    if (event == null) {
      if (EventTypes.of(delivery.event()).isEmpty()) {
        throw new PermanentFailure(
            "No type models the '"
                + delivery.event()
                + "' event of delivery "
                + deliveryId()
                + " (GitHub added it after this version of Botwright): take a JsonNode instead of "
                + type.getSimpleName());
      }
      event = EventTypes.read(delivery.event(), delivery.action(), delivery.body(), deliveryId());
    }
    if (!type.isInstance(event)) {
      throw new PermanentFailure(
          "The "
              + eventKey()
              + " payload of delivery "
              + deliveryId()
              + " is a "
              + event.getClass().getName()
              + ", not a "
              + type.getName()
              + ": take the type of the events the handler handles");
    }
    return type.cast(event);
  }

  @Override
  public RepoRef repo() {
    return coordinates().repo();
  }

  @Override
  public IssueRef issue() {
    return coordinates().issue();
  }

  @Override
  public PullRequestRef pullRequest() {
    return coordinates().pullRequest();
  }

  @Override
  public boolean isBot() {
    return coordinates().isBot();
  }

  private synchronized PayloadCoordinates coordinates() {
    if (coordinatesTree == null) {
      coordinatesTree =
          tree != null ? tree : CoordinatesReader.read(delivery.body()).orElseGet(this::payload);
    }
    return new PayloadCoordinates(coordinatesTree, eventKey(), deliveryId());
  }

  @Override
  public synchronized GitHubClient github() {
    if (client == null) {
      if (delivery.installationId() == 0 && !clients.servesDeliveriesWithoutInstallation()) {
        throw new IllegalStateException(
            "The "
                + eventKey()
                + " delivery "
                + deliveryId()
                + " has no installation, so there is no installation client: use an injected"
                + " GitHubClients (app() or installation(id)) instead of EventContext.github()");
      }
      if ("installation".equals(event())
          && ("deleted".equals(delivery.action()) || "suspend".equals(delivery.action()))) {
        throw new IllegalStateException(
            "Installation "
                + delivery.installationId()
                + " was just "
                + ("deleted".equals(delivery.action()) ? "deleted" : "suspended")
                + " ("
                + eventKey()
                + "), so GitHub would refuse its token: clean up local state"
                + " without calling GitHub, or use GitHubClients.app() for app-level calls");
      }
      client = clients.forDelivery(delivery.installationId(), deliveryId());
    }
    return client;
  }

  @Override
  public Metadata metadata(IssueRef issue) {
    return new IssueMetadata(github(), issue, delivery.installationId(), jsonMapper);
  }

  @Override
  public <T> Optional<T> config(ConfigFile file, Class<T> type) {
    return configs.read(configInstallation(), file, type);
  }

  @Override
  public <T> T config(ConfigFile file, Class<T> type, T defaults) {
    return configs.read(configInstallation(), file, type, defaults);
  }

  /** The installation whose token reads configuration: the one {@link #github()} would use. */
  private long configInstallation() {
    github();
    return delivery.installationId();
  }

  @Override
  public Logger log() {
    return new MdcLogger(LoggerFactory.getLogger(handlerType), Mdc.of(delivery));
  }
}
