package dev.botwright.internal.setup;

import dev.botwright.internal.web.HtmlPage;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The setup pages: register a new app from the manifest, GitHub's callback, and the import of an
 * existing app. {@link SetupFilter} hides them outside setup mode and from other machines.
 */
@Controller(SetupUrls.SETUP_PATH)
@Requires(property = "botwright.setup.enabled", notEquals = "false")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SetupController {

  private static final Logger LOG = LoggerFactory.getLogger(SetupController.class);
  static final String STATE_COOKIE = "botwright_setup_state";
  static final String CSRF_COOKIE = "botwright_setup_csrf";

  private final ManifestLoader manifests;
  private final SetupUrls urls;
  private final SetupStates states;
  private final ManifestConversion conversion;
  private final CredentialsInstaller installer;
  private final JsonMapper json;

  SetupController(
      ManifestLoader manifests,
      SetupUrls urls,
      SetupStates states,
      ManifestConversion conversion,
      CredentialsInstaller installer,
      JsonMapper json) {
    this.manifests = manifests;
    this.urls = urls;
    this.states = states;
    this.conversion = conversion;
    this.installer = installer;
    this.json = json;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<String> register() {
    AppManifest manifest = manifests.load();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("manifestFile", manifests.source());
    values.put("setupUrl", SetupUrls.SETUP_PATH);
    if (!manifest.isValid()) {
      values.put(
          "problems",
          manifest.problems().stream()
              .map(p -> "<li>" + HtmlPage.escape(p) + "</li>")
              .collect(Collectors.joining()));
      return Pages.page(
          HttpStatus.INTERNAL_SERVER_ERROR,
          "The app manifest needs fixing",
          "problems.html",
          values);
    }
    String state = states.issue(SetupStates.Purpose.MANIFEST);
    String manifestJson = toJson(manifest.fields());
    values.put("credentialsFile", installer.fileName());
    values.put("registerUrl", urls.register(state));
    values.put("manifest", manifestJson);
    values.put("manifestPretty", manifestJson);
    values.put("webhookUrl", urls.webhook());
    values.put("importUrl", SetupUrls.IMPORT_PATH);
    return Pages.page(HttpStatus.OK, "Register your GitHub App", "register.html", values)
        .cookie(cookie(STATE_COOKIE, state));
  }

  @Get(uri = "/callback", produces = MediaType.TEXT_HTML)
  HttpResponse<String> callback(
      @QueryValue @Nullable String code,
      @QueryValue @Nullable String state,
      @CookieValue(STATE_COOKIE) @Nullable String boundState) {
    String refused = checkState(state, boundState);
    if (refused != null) {
      LOG.warn("Setup callback refused: {}", refused);
      return Pages.error(HttpStatus.BAD_REQUEST, refused, SetupUrls.SETUP_PATH);
    }
    Credentials credentials;
    try {
      credentials = conversion.convert(code);
    } catch (SetupException e) {
      LOG.warn("Setup callback failed: {}", e.getMessage());
      return Pages.error(HttpStatus.BAD_GATEWAY, e.getMessage(), SetupUrls.SETUP_PATH);
    }
    return installed(credentials).cookie(expired(STATE_COOKIE));
  }

  @Get(uri = "/import", produces = MediaType.TEXT_HTML)
  HttpResponse<String> importForm() {
    return importPage(HttpStatus.OK, null, "");
  }

  @Post(uri = "/import", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
  HttpResponse<String> importApp(
      @Part("csrf") @Nullable String csrf,
      @Part("app_id") @Nullable String appId,
      @Part("webhook_secret") @Nullable String webhookSecret,
      @Part("private_key") @Nullable CompletedFileUpload privateKey,
      @CookieValue(CSRF_COOKIE) @Nullable String boundCsrf) {
    if (csrf == null
        || boundCsrf == null
        || !same(csrf, boundCsrf)
        || states.consume(SetupStates.Purpose.IMPORT, csrf) != SetupStates.Check.VALID) {
      LOG.warn(
          "Setup import refused: the form's CSRF token is missing, expired or not this browser's");
      return Pages.error(
          HttpStatus.FORBIDDEN,
          "This form is out of date or was not sent from this browser's setup page. Open the"
              + " page again and resubmit.",
          SetupUrls.IMPORT_PATH);
    }
    String id = appId == null ? "" : appId.strip();
    try {
      if (!id.matches("[0-9]{1,20}")) {
        throw new SetupException("The App ID must be the number shown on the app's settings page.");
      }
      if (webhookSecret == null || webhookSecret.isBlank()) {
        throw new SetupException(
            "The webhook secret is required: GitHub signs every delivery with it.");
      }
      try {
        CredentialsFile.quote(webhookSecret);
      } catch (IllegalArgumentException e) {
        throw new SetupException(
            "The webhook secret cannot hold a line break or both kinds of quote; choose another"
                + " on the app's settings page.");
      }
      String pem = pem(privateKey);
      ManifestConversion.checkKey(pem);
      return installed(new Credentials(id, pem, webhookSecret, null, null, null, null));
    } catch (SetupException e) {
      LOG.warn("Setup import refused: {}", e.getMessage());
      return importPage(HttpStatus.BAD_REQUEST, e.getMessage(), id);
    }
  }

  private HttpResponse<String> importPage(
      HttpStatus status, @Nullable String problem, String appId) {
    String csrf = states.issue(SetupStates.Purpose.IMPORT);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("credentialsFile", installer.fileName());
    values.put("importUrl", SetupUrls.IMPORT_PATH);
    values.put("setupUrl", SetupUrls.SETUP_PATH);
    values.put("csrf", csrf);
    values.put("appId", appId);
    values.put(
        "problem",
        problem == null
            ? ""
            : "<p class=\"problem\" id=\"problem\">" + HtmlPage.escape(problem) + "</p>");
    MutableHttpResponse<String> page =
        Pages.page(status, "Use an existing GitHub App", "import.html", values)
            .cookie(cookie(CSRF_COOKIE, csrf));
    // With no-referrer a browser sends "Origin: null" with the form, which SetupFilter refuses as
    // foreign; same-origin still sends nothing to other sites.
    page.getHeaders().set("Referrer-Policy", "same-origin");
    return page;
  }

  private MutableHttpResponse<String> installed(Credentials credentials) {
    try {
      installer.install(credentials);
    } catch (SetupException e) {
      LOG.error("Setup could not save the credentials: {}", e.getMessage());
      return Pages.error(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage(), SetupUrls.SETUP_PATH);
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", credentials.slug() != null ? credentials.slug() : "app");
    values.put("appId", credentials.appId());
    values.put("credentialsFile", installer.fileName());
    values.put(
        "install",
        credentials.htmlUrl() == null
            ? "<p>Install the app on your repositories from its settings page on GitHub.</p>"
            : "<p><a class=\"button\" id=\"install\" href=\""
                + HtmlPage.escape(credentials.htmlUrl() + "/installations/new")
                + "\">Install the app on your repositories</a></p>");
    return Pages.page(HttpStatus.OK, "Your GitHub App is ready", "success.html", values);
  }

  /** Why the callback's state is refused, or null when it is this browser's, fresh and unused. */
  private String checkState(@Nullable String state, @Nullable String boundState) {
    if (state == null || state.isEmpty()) {
      return "GitHub's redirect has no state, so it cannot be matched to a registration started"
          + " here. Start again from the setup page.";
    }
    if (boundState == null || !same(state, boundState)) {
      return "This registration was not started in this browser (its setup cookie is missing or"
          + " different). Start again from the setup page in the same browser.";
    }
    return switch (states.consume(SetupStates.Purpose.MANIFEST, state)) {
      case VALID -> null;
      case EXPIRED ->
          "This registration was started more than an hour ago and has expired."
              + " Start again from the setup page.";
      case UNKNOWN ->
          "This registration link was already used or is unknown to this server"
              + " (it may have restarted). Start again from the setup page.";
    };
  }

  private static String pem(@Nullable CompletedFileUpload upload) throws SetupException {
    if (upload == null || upload.getSize() == 0) {
      throw new SetupException(
          "Choose the .pem private key file downloaded from the app's settings page.");
    }
    if (upload.getSize() > 64 * 1024) {
      throw new SetupException("The private key file is larger than 64 KB; choose the .pem file.");
    }
    try {
      return new String(upload.getBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new SetupException("The uploaded private key could not be read.", e);
    }
  }

  private Cookie cookie(String name, String value) {
    return Cookie.of(name, value)
        .httpOnly(true)
        .sameSite(SameSite.Lax)
        .path(SetupUrls.SETUP_PATH)
        .maxAge(SetupStates.LIFETIME)
        .secure(urls.secure());
  }

  private static Cookie expired(String name) {
    return Cookie.of(name, "").path(SetupUrls.SETUP_PATH).maxAge(0).httpOnly(true);
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private String toJson(Map<String, Object> fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
