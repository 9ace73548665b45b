package dev.botwright.internal.deliverylog;

import dev.botwright.internal.admin.TokenGate;
import dev.botwright.internal.reconcile.Redelivery;
import dev.botwright.internal.web.HtmlPage;
import dev.botwright.spi.Delivery;
import dev.botwright.spi.DeliveryJournal;
import dev.botwright.spi.DeliveryJournal.DeliveryRecord;
import dev.botwright.spi.DeliveryJournal.DeliveryState;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery log page's routes: the sign-in form (the admin token, limited like the admin API's
 * bearer token, once per session), the list, one delivery, and its two actions. Every action is a
 * POST carrying the session's CSRF token; {@link PageGuard} checks host, peer and origin first.
 */
@Controller(DeliveryPage.PATH)
@Requires(property = "botwright.admin.token")
@ExecuteOn(TaskExecutors.BLOCKING)
final class DeliveryPageController {

  /** Records read per state for the list and the chart. */
  static final int SCAN = 500;

  /** Rows shown at most. */
  static final int SHOWN = 100;

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryPageController.class);
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  private final TokenGate gate;
  private final PageSessions sessions;
  private final Optional<DeliveryJournal> journal;
  private final FailureTraces traces;
  private final PayloadMasking masking;
  private final Redelivery redelivery;

  DeliveryPageController(
      TokenGate gate,
      PageSessions sessions,
      Optional<DeliveryJournal> journal,
      FailureTraces traces,
      PayloadMasking masking,
      Redelivery redelivery) {
    this.gate = gate;
    this.sessions = sessions;
    this.journal = journal;
    this.traces = traces;
    this.masking = masking;
    this.redelivery = redelivery;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> list(
      @CookieValue(PageSessions.COOKIE) @Nullable String cookie,
      @QueryValue @Nullable String event,
      @QueryValue @Nullable String state,
      @QueryValue @Nullable String installation,
      @QueryValue @Nullable String repository,
      @QueryValue @Nullable String from,
      @QueryValue @Nullable String to) {
    return signedIn(
        cookie,
        (journal, csrf) -> {
          DeliveryQuery query =
              DeliveryQuery.parse(event, state, installation, repository, from, to);
          List<DeliveryRecord> all = new ArrayList<>();
          for (DeliveryState s : DeliveryState.values()) {
            all.addAll(journal.list(s, SCAN));
          }
          List<ListView.Row> rows = new ArrayList<>();
          all.stream()
              .filter(r -> query.states().contains(r.state()) && query.matches(r))
              .sorted(Comparator.comparing(DeliveryRecord::receivedAt).reversed())
              .map(r -> new ListView.Row(r, repositoryOf(journal, r.id())))
              .filter(row -> query.matchesRepository(row.repository()))
              .limit(SHOWN)
              .forEach(rows::add);
          String chart = MinuteChart.svg(all, Instant.now());
          return DeliveryPage.response(
              HttpStatus.OK, ListView.render(query, rows, SCAN, chart, csrf));
        });
  }

  @Get(uri = "/{id}", produces = MediaType.TEXT_HTML)
  HttpResponse<?> show(
      @CookieValue(PageSessions.COOKIE) @Nullable String cookie,
      @PathVariable String id,
      @QueryValue @Nullable String done) {
    return signedIn(
        cookie,
        (journal, csrf) -> detail(journal, id, csrf, HttpStatus.OK, DetailView.notice(done), ""));
  }

  @Post(uri = "/{id}/replay", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> replay(
      @CookieValue(PageSessions.COOKIE) @Nullable String cookie,
      @PathVariable String id,
      @Body Map<String, String> form) {
    return action(
        cookie,
        form,
        (journal, csrf) -> {
          if (!ID.matcher(id).matches()) {
            return missing(id, csrf);
          }
          DeliveryJournal.ReplayResult result = journal.replay(id);
          LOG.info("Delivery log page: replay of delivery {}: {}", id, result);
          return HttpResponse.seeOther(
              URI.create(path(id) + "?done=" + result.name().toLowerCase(java.util.Locale.ROOT)));
        });
  }

  @Post(uri = "/{id}/redeliver", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> redeliver(
      @CookieValue(PageSessions.COOKIE) @Nullable String cookie,
      @PathVariable String id,
      @Body Map<String, String> form) {
    return action(
        cookie,
        form,
        (journal, csrf) -> {
          Optional<DeliveryRecord> record =
              ID.matcher(id).matches() ? journal.find(id) : Optional.empty();
          if (record.isEmpty()) {
            return missing(id, csrf);
          }
          Optional<String> problem = redelivery.redeliver(id, record.get().receivedAt());
          return problem.isPresent()
              ? detail(journal, id, csrf, HttpStatus.BAD_GATEWAY, "", problem.get())
              : HttpResponse.seeOther(URI.create(path(id) + "?done=redelivery"));
        });
  }

  @Post(uri = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, String> form) {
    if (!gate.isOn()) {
      return HttpResponse.notFound();
    }
    InetAddress client = request.getRemoteAddress().getAddress();
    TokenGate.Lockout lock = gate.lockOf(client);
    if (lock != null) {
      return DeliveryPage.response(
              HttpStatus.TOO_MANY_REQUESTS, DeliveryPage.signIn(capitalized(lock.message())))
          .header(HttpHeaders.RETRY_AFTER, Long.toString(lock.seconds()));
    }
    if (!gate.acceptsToken(client, form.get("token"))) {
      return DeliveryPage.response(
          HttpStatus.UNAUTHORIZED,
          DeliveryPage.signIn("That is not the admin token (botwright.admin.token)."));
    }
    LOG.info("Delivery log page: signed in from {}", client.getHostAddress());
    return HttpResponse.seeOther(URI.create(DeliveryPage.PATH))
        .cookie(
            Cookie.of(PageSessions.COOKIE, sessions.open())
                .path(DeliveryPage.PATH)
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .secure(request.isSecure())
                .maxAge(sessions.lifetime()));
  }

  @Post(uri = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
  HttpResponse<?> signOut(
      @CookieValue(PageSessions.COOKIE) @Nullable String cookie, @Body Map<String, String> form) {
    return action(
        cookie,
        form,
        (journal, csrf) -> {
          // Ends it here too, so a copy of the cookie taken before signing out is refused.
          sessions.of(cookie).ifPresent(sessions::end);
          return HttpResponse.seeOther(URI.create(DeliveryPage.PATH))
              .cookie(
                  Cookie.of(PageSessions.COOKIE, "")
                      .path(DeliveryPage.PATH)
                      .httpOnly(true)
                      .maxAge(0));
        });
  }

  private HttpResponse<?> detail(
      DeliveryJournal journal,
      String id,
      String csrf,
      HttpStatus status,
      String notice,
      String problem) {
    Optional<DeliveryRecord> record =
        ID.matcher(id).matches() ? journal.find(id) : Optional.empty();
    if (record.isEmpty()) {
      return missing(id, csrf);
    }
    Optional<Delivery> delivery = journal.delivery(id);
    return DeliveryPage.response(
        status,
        DetailView.render(
            record.get(),
            delivery.flatMap(d -> masking.repository(d.body())),
            delivery.map(Delivery::headers).orElse(Map.of()),
            delivery.map(d -> masking.show(d.body())),
            traces.of(id),
            notice,
            problem,
            csrf));
  }

  private HttpResponse<?> missing(String id, String csrf) {
    return DeliveryPage.response(
        HttpStatus.NOT_FOUND,
        DeliveryPage.frame(
            "No such delivery",
            csrf,
            "<p id=\"problem\" class=\"problem\">No delivery '"
                + HtmlPage.escape(id)
                + "' within the journal's retention.</p><p><a href=\""
                + DeliveryPage.PATH
                + "\">All deliveries</a></p>"));
  }

  /** A page for a signed-in operator; the sign-in form (401) for anyone else. */
  private HttpResponse<?> signedIn(@Nullable String cookie, View view) {
    if (!gate.isOn()) {
      return HttpResponse.notFound();
    }
    Optional<PageSessions.Session> session = sessions.of(cookie);
    if (session.isEmpty()) {
      return DeliveryPage.response(HttpStatus.UNAUTHORIZED, DeliveryPage.signIn(""));
    }
    if (journal.isEmpty()) {
      return DeliveryPage.response(
          HttpStatus.NOT_IMPLEMENTED,
          DeliveryPage.frame(
              "Delivery log",
              sessions.csrf(session.get()),
              "<p class=\"problem\">No journal in this mode: deliveries are kept in memory only"
                  + " and cannot be listed or replayed; use the durable journal or Redis (see"
                  + " docs/operations.md).</p>"));
    }
    return view.render(journal.get(), sessions.csrf(session.get()));
  }

  /** Like {@link #signedIn}, and the form must carry the session's CSRF token (403 otherwise). */
  private HttpResponse<?> action(@Nullable String cookie, Map<String, String> form, View view) {
    return signedIn(
        cookie,
        (journal, csrf) -> {
          Optional<PageSessions.Session> session = sessions.of(cookie);
          if (session.isEmpty() || !sessions.csrfMatches(session.get(), form.get("csrf"))) {
            LOG.warn("Delivery log form refused: its CSRF token is missing or not this session's");
            return DeliveryPage.response(
                HttpStatus.FORBIDDEN,
                DeliveryPage.frame(
                    "Refused",
                    csrf,
                    "<p id=\"problem\" class=\"problem\">This form is out of date or was not sent"
                        + " from this session's delivery log page, so it changed nothing. Open the"
                        + " page again and use its buttons.</p>"));
          }
          return view.render(journal, csrf);
        });
  }

  private Optional<String> repositoryOf(DeliveryJournal journal, String id) {
    return journal.delivery(id).flatMap(d -> masking.repository(d.body()));
  }

  private static String path(String id) {
    return DeliveryPage.PATH + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  private static String capitalized(String message) {
    return Character.toUpperCase(message.charAt(0)) + message.substring(1) + ".";
  }

  /** What a signed-in request shows, given the journal and the session's CSRF token. */
  @FunctionalInterface
  private interface View {
    HttpResponse<?> render(DeliveryJournal journal, String csrf);
  }
}
