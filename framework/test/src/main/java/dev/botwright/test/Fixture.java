package dev.botwright.test;

import io.micronaut.json.tree.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A webhook payload to send with {@link WebhookSender}: loaded by event name, from a classpath
 * resource or built in code, then varied by dotted path. Immutable: every change returns a copy.
 *
 * <pre>{@code
 * webhooks.send(Fixture.of("issues.opened").with("issue.user.login", "alice"));
 * }</pre>
 *
 * <p>{@link #of(String) Fixture.of("issues.opened")} reads {@code fixtures/issues.opened.json} from
 * the test classpath if the project has one, else the GitHub example of that name the kit ships
 * (from {@code @octokit/webhooks-examples}, MIT), else a payload synthesized from GitHub's webhook
 * schema: the nearest example of the same event with the action changed and every field the action
 * requires added, or the schema's smallest payload when the event has no example. So every event
 * key GitHub describes has a fixture. The kit's payloads carry installation {@value
 * #DEFAULT_INSTALLATION_ID}, the one {@link FakeGitHub} knows; when a payload has no {@code
 * installation}, {@link WebhookSender} adds that one, as GitHub does for every delivery to an App.
 * {@link #installation(long)} picks another id and {@link #withoutInstallation()} sends none.
 */
public final class Fixture {

  /**
   * The installation of the kit's payloads, and the one {@link WebhookSender} adds to a payload
   * that has none: {@link FakeGitHub#INSTALLATION_ID}.
   */
  public static final long DEFAULT_INSTALLATION_ID = FakeGitHub.INSTALLATION_ID;

  /** Where {@link #of(String)} looks first, on the test classpath. */
  public static final String FIXTURES = "fixtures/";

  /** Null until given with {@link #forEvent}, for a payload built in the test. */
  private final @Nullable String event;

  private final JsonNode payload;

  /** The bytes as loaded, sent as they are while the payload is unchanged; else null. */
  private final byte @Nullable [] original;

  private final boolean defaultInstallation;

  private Fixture(
      @Nullable String event,
      JsonNode payload,
      byte @Nullable [] original,
      boolean defaultInstallation) {
    this.event = event;
    this.payload = payload;
    this.original = original;
    this.defaultInstallation = defaultInstallation;
  }

  /**
   * The fixture named {@code name}: {@code fixtures/<name>.json} on the test classpath, else the
   * shipped GitHub example {@code <name>}, else one synthesized from GitHub's schema for that event
   * key (see the class comment).
   *
   * @param name an event key such as {@code issues.opened}, {@code push} or {@code issues.opened.2}
   * @throws AssertionError when none exists, naming the nearest shipped examples
   */
  public static Fixture of(String name) {
    checkName(name);
    Optional<byte[]> own = Resources.find(FIXTURES + name + ".json");
    if (own.isPresent()) {
      return load(eventOf(name), own.get(), FIXTURES + name + ".json");
    }
    if (ShippedExamples.names().contains(name)) {
      return example(name);
    }
    Optional<JsonNode> synthesized = SynthesizedFixtures.synthesize(name);
    if (synthesized.isPresent()) {
      return new Fixture(name, kitInstallation(synthesized.get()), null, true);
    }
    return example(name);
  }

  /**
   * The smallest payload GitHub's webhook schema allows for {@code eventKey}: only the fields it
   * requires, null wherever it allows null. Send it to check that a bot copes with what GitHub may
   * leave out.
   *
   * @throws AssertionError when GitHub's schema has no such event key
   */
  public static Fixture minimal(String eventKey) {
    checkName(eventKey);
    byte[] bytes =
        SynthesizedFixtures.minimal(eventKey)
            .orElseThrow(
                () ->
                    new AssertionError(
                        "GitHub's webhook schema has no event key '"
                            + eventKey
                            + "'. Nearest shipped examples: "
                            + String.join(", ", ShippedExamples.nearest(eventKey, 5))));
    JsonNode payload = JsonTree.parse(bytes, "the schema payload of " + eventKey);
    return new Fixture(eventKey, kitInstallation(payload), null, true);
  }

  /**
   * An {@code issue_comment.created} payload ({@link #of(String) Fixture.of}'s) whose comment is
   * {@code body}, written by the user {@code author}: what a slash command arrives as. Vary it as
   * any fixture, e.g. {@code .with("sender.type", "Bot")} for a bot's comment.
   *
   * <pre>{@code
   * github.stubPermission("alice", "write");
   * webhooks.send(Fixture.comment("alice", "/label bug")).assertHandled();
   * }</pre>
   */
  public static Fixture comment(String author, String body) {
    return of("issue_comment.created")
        .with("comment.body", body)
        .with("comment.user.login", author)
        .with("sender.login", author)
        .with("sender.type", "User");
  }

  /** The shipped GitHub example {@code name} (e.g. {@code issues.opened}), ignoring your own. */
  public static Fixture example(String name) {
    checkName(name);
    byte[] bytes =
        ShippedExamples.load(name)
            .orElseThrow(
                () ->
                    new AssertionError(
                        "No fixture named '"
                            + name
                            + "': there is no "
                            + FIXTURES
                            + name
                            + ".json on the test classpath and no shipped example of that name."
                            + " Nearest shipped examples: "
                            + String.join(", ", ShippedExamples.nearest(name, 5))
                            + " (Fixture.examples() lists all "
                            + ShippedExamples.names().size()
                            + ")"));
    JsonNode payload = JsonTree.parse(bytes, "shipped example " + name);
    JsonNode normal = kitInstallation(payload);
    return new Fixture(eventOf(name), normal, normal == payload ? bytes : null, true);
  }

  /** A kit payload's installation is the one FakeGitHub knows, whatever the example had. */
  private static JsonNode kitInstallation(JsonNode payload) {
    JsonNode installation = payload.isObject() ? payload.get("installation") : null;
    if (installation == null || !installation.isObject()) {
      return payload;
    }
    JsonNode id = installation.get("id");
    if (id != null && id.isNumber() && id.getLongValue() == DEFAULT_INSTALLATION_ID) {
      return payload;
    }
    return JsonTree.set(
        payload, "installation.id", JsonNode.createNumberNode(DEFAULT_INSTALLATION_ID));
  }

  /**
   * A classpath resource, e.g. {@code fixtures/greeting.json}; its event comes from the file name
   * ({@code pull_request.synchronize.json} is {@code pull_request.synchronize}).
   */
  public static Fixture resource(String path) {
    byte[] bytes = Resources.read(path);
    String file = path.substring(path.lastIndexOf('/') + 1);
    String name = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
    return load(eventOf(name), bytes, path);
  }

  /** A payload written as JSON in the test; give it an event with {@link #forEvent(String)}. */
  public static Fixture json(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return load(null, bytes, "the JSON given to Fixture.json");
  }

  /** A payload built as a map (values as for {@link #with}); see {@link #forEvent(String)}. */
  public static Fixture of(Map<String, ?> payload) {
    return new Fixture(null, JsonTree.node(payload, "payload"), null, true);
  }

  /** The names of every shipped GitHub example, e.g. {@code issues.opened}, sorted. */
  public static List<String> examples() {
    return ShippedExamples.names();
  }

  /**
   * A copy with {@code value} at {@code path}: dotted field names and array indices ({@code
   * issue.labels.0.name}); missing or null objects along the way are created, and an index equal to
   * an array's size appends. Setting {@code action} also changes {@link #event()}'s action.
   *
   * @param value a String, number, Boolean, {@code null}, Map, List or {@link JsonNode}
   * @throws IllegalArgumentException naming the path when it runs into a value or past an array
   */
  public Fixture with(String path, @Nullable Object value) {
    return changed(path, JsonTree.set(payload, path, JsonTree.node(value, path)));
  }

  /** A copy with the parsed {@code json} (any JSON value) at {@code path}; see {@link #with}. */
  public Fixture withJson(String path, String json) {
    JsonNode value = JsonTree.parse(json.getBytes(StandardCharsets.UTF_8), "The JSON for " + path);
    return changed(path, JsonTree.set(payload, path, value));
  }

  /**
   * A copy without the field or array element at {@code path}.
   *
   * @throws IllegalArgumentException when the path does not exist, so a typo does not pass
   */
  public Fixture without(String path) {
    return changed(path, JsonTree.remove(payload, path));
  }

  /** A copy whose {@code installation.id} is {@code id} (other installation fields kept). */
  public Fixture installation(long id) {
    return with("installation.id", id);
  }

  /** A copy with no {@code installation}, which {@link WebhookSender} then leaves out too. */
  public Fixture withoutInstallation() {
    JsonNode without =
        payload.isObject() && payload.get("installation") != null
            ? JsonTree.remove(payload, "installation")
            : payload;
    return new Fixture(event, without, without == payload ? original : null, false);
  }

  /** A copy sent as {@code eventKey}, e.g. {@code issues.opened} or {@code push}. */
  public Fixture forEvent(String eventKey) {
    checkName(eventKey);
    return new Fixture(eventOf(eventKey), payload, original, defaultInstallation);
  }

  /**
   * The event key this fixture is sent as, e.g. {@code issues.opened}: from its name or file name,
   * or {@link #forEvent(String)}; empty for a payload built in code and not given one.
   */
  public Optional<String> event() {
    return Optional.ofNullable(event);
  }

  /** The payload's {@code action}, if it has a string one. */
  public Optional<String> action() {
    JsonNode action = payload.isObject() ? payload.get("action") : null;
    return action != null && action.isString()
        ? Optional.of(action.getStringValue())
        : Optional.empty();
  }

  /** The payload as an (immutable) JSON tree. */
  public JsonNode json() {
    return payload;
  }

  /** The payload's bytes: the file's own while unchanged, else the tree written as JSON. */
  public byte[] bytes() {
    return original != null ? original.clone() : JsonTree.write(payload);
  }

  /** Whether {@link WebhookSender} adds an installation when the payload has none. */
  boolean addsDefaultInstallation() {
    return defaultInstallation;
  }

  @Override
  public String toString() {
    return "Fixture[" + (event != null ? event : "no event") + "]";
  }

  private Fixture changed(String path, JsonNode changed) {
    String key = event;
    if (event != null && path.equals("action")) {
      String base = event.contains(".") ? event.substring(0, event.indexOf('.')) : event;
      JsonNode action = changed.get("action");
      key = action != null && action.isString() ? base + "." + action.getStringValue() : base;
    }
    return new Fixture(key, changed, null, defaultInstallation);
  }

  private static Fixture load(@Nullable String event, byte[] bytes, String what) {
    return new Fixture(event, JsonTree.parse(bytes, what), bytes, true);
  }

  /** {@code issues.opened.2} is sent as {@code issues.opened}. */
  private static String eventOf(String name) {
    String key = name;
    while (key.matches(".+\\.\\d+")) {
      key = key.substring(0, key.lastIndexOf('.'));
    }
    return key;
  }

  private static void checkName(String name) {
    if (name == null || !name.matches("[a-z0-9_-]+(\\.[a-z0-9_-]+)*") || name.endsWith(".json")) {
      throw new IllegalArgumentException(
          "Bad fixture name '"
              + name
              + "': use an event key such as issues.opened or push (no '.json'; for a file on the"
              + " classpath use Fixture.resource(path))");
    }
  }
}
