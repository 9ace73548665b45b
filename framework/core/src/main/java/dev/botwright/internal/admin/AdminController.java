package dev.botwright.internal.admin;

import dev.botwright.spi.DeliveryJournal;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists, shows and replays deliveries for operators. Exists only while {@code
 * botwright.admin.token} is set (404 otherwise); every request must carry it as a bearer token (401
 * otherwise, without a hint of the token); past {@code max-failures-per-address} wrong tokens
 * within a minute from one address, or {@code max-failures} from all (counted together with the
 * delivery log page's sign-in form, see {@link TokenGate}), it answers 429 with {@code Retry-After}
 * until the minute is over. Answers 501 when this mode keeps no journal (the in-memory queue).
 */
@Controller("${botwright.admin.path:/botwright/admin}/deliveries")
@Requires(property = "botwright.admin.token")
@ExecuteOn(TaskExecutors.BLOCKING)
final class AdminController {

  private static final Logger LOG = LoggerFactory.getLogger(AdminController.class);

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 500;

  /** GitHub's delivery ids are GUIDs; anything else cannot be in the journal. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  private final TokenGate gate;
  private final Optional<DeliveryJournal> journal;

  AdminController(TokenGate gate, Optional<DeliveryJournal> journal) {
    this.gate = gate;
    this.journal = journal;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> list(
      HttpRequest<?> request,
      @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @QueryValue String state,
      @Nullable @QueryValue Integer limit) {
    return guarded(
        request,
        authorization,
        journal -> {
          Optional<DeliveryState> wanted = parseState(state == null ? "dead" : state);
          if (wanted.isEmpty()) {
            return error(
                HttpStatus.BAD_REQUEST,
                "state '"
                    + state
                    + "' is not a delivery state: use one of "
                    + Arrays.stream(DeliveryState.values()).map(AdminController::lower).toList());
          }
          int count = limit == null ? DEFAULT_LIMIT : limit;
          if (count < 1 || count > MAX_LIMIT) {
            return error(
                HttpStatus.BAD_REQUEST,
                "limit " + count + " is out of range: use 1 to " + MAX_LIMIT);
          }
          return HttpResponse.ok(
              fields(
                  "state",
                  lower(wanted.get()),
                  "deliveries",
                  journal.list(wanted.get(), count).stream().map(DeliveryView::of).toList()));
        });
  }

  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> show(
      HttpRequest<?> request,
      @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @PathVariable String id) {
    return guarded(
        request,
        authorization,
        journal ->
            validId(id)
                ? journal
                    .find(id)
                    .<HttpResponse<?>>map(record -> HttpResponse.ok(DeliveryView.of(record)))
                    .orElseGet(() -> notFound(id))
                : notFound(id));
  }

  @Post(uri = "/{id}/replay", produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> replay(
      HttpRequest<?> request,
      @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @PathVariable String id) {
    return guarded(
        request,
        authorization,
        journal -> {
          if (!validId(id)) {
            return notFound(id);
          }
          DeliveryJournal.ReplayResult result = journal.replay(id);
          LOG.info("Admin API: replay of delivery {}: {}", id, lower(result));
          return switch (result) {
            case QUEUED -> HttpResponse.accepted().body(fields("id", id, "result", lower(result)));
            case ALREADY_PENDING ->
                HttpResponse.status(HttpStatus.CONFLICT)
                    .body(
                        fields(
                            "id",
                            id,
                            "result",
                            lower(result),
                            "message",
                            "delivery "
                                + id
                                + " is already queued or running; nothing was changed"));
            case NOT_FOUND -> notFound(id);
          };
        });
  }

  private HttpResponse<?> guarded(
      HttpRequest<?> request,
      String authorization,
      Function<DeliveryJournal, HttpResponse<?>> action) {
    if (!gate.isOn()) {
      // A blank BOTWRIGHT_ADMIN_TOKEN: the route exists, but the API is off.
      return HttpResponse.notFound();
    }
    InetAddress client = request.getRemoteAddress().getAddress();
    TokenGate.Lockout lock = gate.lockOf(client);
    if (lock != null) {
      // Refused before the token is checked, so guessing on while locked learns nothing.
      return error(HttpStatus.TOO_MANY_REQUESTS, lock.message())
          .header(HttpHeaders.RETRY_AFTER, Long.toString(lock.seconds()));
    }
    if (!gate.acceptsBearer(client, authorization)) {
      return error(
              HttpStatus.UNAUTHORIZED,
              "send the admin token (botwright.admin.token) as 'Authorization: Bearer <token>'")
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    if (journal.isEmpty()) {
      return error(
          HttpStatus.NOT_IMPLEMENTED,
          "no journal in this mode: deliveries are kept in memory only and cannot be listed or"
              + " replayed; use the durable journal or Redis (see docs/operations.md)");
    }
    return action.apply(journal.get());
  }

  private static boolean validId(String id) {
    return ID.matcher(id).matches();
  }

  private static Optional<DeliveryState> parseState(String state) {
    return Arrays.stream(DeliveryState.values())
        .filter(s -> s.name().equalsIgnoreCase(state.trim()))
        .findFirst();
  }

  private static HttpResponse<?> notFound(String id) {
    return error(
        HttpStatus.NOT_FOUND,
        "no delivery '"
            + id
            + "' within the journal's retention; check the id (X-GitHub-Delivery)");
  }

  private static io.micronaut.http.MutableHttpResponse<?> error(HttpStatus status, String message) {
    return HttpResponse.status(status).body(Map.of("message", message));
  }

  /** A JSON object whose fields keep the order given, so answers read the same every time. */
  private static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
