package dev.botwright.internal.config;

import dev.botwright.BotwrightConfigurationException;
import dev.botwright.config.AdminConfiguration;
import dev.botwright.config.AppConfiguration;
import dev.botwright.config.DispatchConfiguration;
import dev.botwright.config.GitHubApiConfiguration;
import dev.botwright.config.JournalConfiguration;
import dev.botwright.config.SetupConfiguration;
import dev.botwright.config.StartupCheck;
import dev.botwright.config.WebhookConfiguration;
import dev.botwright.internal.logging.Redaction;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the settings every bot needs once, at start-up, together with the {@link StartupCheck}s
 * other areas contribute (the private key is read, so a wrong one fails here rather than at the
 * first event), and fails with one message that lists every problem (see {@link
 * BotwrightConfigurationException}).
 *
 * <p>While the app id or private key is missing and setup mode is enabled ({@link
 * SetupConfiguration#awaitsSetup}), missing credentials are not problems: the server starts and the
 * setup pages provide them. Every other mistake still stops start-up.
 */
@Context
@Internal
public class ConfigurationCheck {

  ConfigurationCheck(
      AppConfiguration app,
      WebhookConfiguration webhook,
      GitHubApiConfiguration github,
      SetupConfiguration setup,
      DispatchConfiguration dispatch,
      JournalConfiguration journal,
      AdminConfiguration admin,
      @Nullable @Property(name = "botwright.environment") String environment,
      @Nullable @Property(name = "botwright.redis.url") String redisUrl,
      List<StartupCheck> checks) {
    List<String> problems = new ArrayList<>(problems(app, webhook, github, setup));
    problems.addAll(deliveryProblems(dispatch, journal));
    problems.addAll(adminProblems(admin));
    problems.addAll(ProxyCheck.problems(webhook, setup, environment, redisUrl));
    checks.forEach(check -> problems.addAll(check.problems()));
    if (!problems.isEmpty()) {
      throw new BotwrightConfigurationException(problems);
    }
  }

  /** The problems that stop start-up, given whether setup mode may supply the credentials. */
  static List<String> problems(
      AppConfiguration app,
      WebhookConfiguration webhook,
      GitHubApiConfiguration github,
      SetupConfiguration setup) {
    if (!setup.awaitsSetup(app)) {
      return problems(app, webhook, github);
    }
    // A key that was given but cannot be read is a mistake, not a missing credential: the auth
    // area's StartupCheck reports it in every mode.
    List<String> problems = new ArrayList<>();
    settingProblems(webhook, github, problems);
    if (setup.getPublicUrl() != null && !isHttpUrl(setup.getPublicUrl())) {
      problems.add(
          "botwright.setup.public-url is "
              + Redaction.quote(setup.getPublicUrl())
              + ": use the absolute http(s) URL GitHub reaches this server at, e.g."
              + " https://bot.example.com.");
    }
    return problems;
  }

  /** The problems with every credential required and setup mode off. */
  static List<String> problems(
      AppConfiguration app, WebhookConfiguration webhook, GitHubApiConfiguration github) {
    List<String> problems = new ArrayList<>();
    if (app.getId() == null) {
      problems.add(
          "botwright.app.id (environment variable APP_ID) is not set: use the App ID shown on"
              + " the GitHub App's settings page.");
    }
    if (app.getPrivateKey() == null && app.getPrivateKeyPath() == null) {
      problems.add(
          "botwright.app.private-key or botwright.app.private-key-path (PRIVATE_KEY or"
              + " PRIVATE_KEY_PATH) is not set: generate a private key on the GitHub App's"
              + " settings page and give its PEM text or file.");
    }
    if (webhook.getSecrets().isEmpty()) {
      problems.add(
          "botwright.webhook.secrets (WEBHOOK_SECRET) is not set: use the webhook secret from"
              + " the GitHub App's settings page. Botwright never accepts unsigned webhooks.");
    }
    settingProblems(webhook, github, problems);
    return problems;
  }

  /** Problems with the retry, queue and journal settings. */
  static List<String> deliveryProblems(
      DispatchConfiguration dispatch, JournalConfiguration journal) {
    List<String> problems = new ArrayList<>();
    if (dispatch.getMaxAttempts() < 1) {
      problems.add(
          "botwright.dispatch.max-attempts is "
              + dispatch.getMaxAttempts()
              + ": use 1 (no retry) or more; the default is "
              + DispatchConfiguration.DEFAULT_MAX_ATTEMPTS
              + ".");
    }
    if (!positive(dispatch.getRetryInitialBackoff())
        || !positive(dispatch.getRetryMaxBackoff())
        || dispatch.getRetryInitialBackoff().compareTo(dispatch.getRetryMaxBackoff()) > 0) {
      problems.add(
          "botwright.dispatch.retry-initial-backoff ("
              + dispatch.getRetryInitialBackoff()
              + ") and retry-max-backoff ("
              + dispatch.getRetryMaxBackoff()
              + ") must be positive, the initial no longer than the maximum, e.g. 10s and 10m.");
    }
    if (dispatch.getQueueMaxBytes() < 1) {
      problems.add(
          "botwright.dispatch.queue-max-bytes is "
              + dispatch.getQueueMaxBytes()
              + ": use a positive number of bytes, e.g. 268435456 (256 MB).");
    }
    if (dispatch.getShutdownTimeout() == null || dispatch.getShutdownTimeout().isNegative()) {
      problems.add(
          "botwright.dispatch.shutdown-timeout is "
              + dispatch.getShutdownTimeout()
              + ": use a duration of 0s or more, e.g. 30s.");
    }
    if (!journal.isEnabled()) {
      return problems;
    }
    if (journal.getDir() == null || journal.getDir().isBlank()) {
      problems.add(
          "botwright.journal.dir (BOTWRIGHT_JOURNAL_DIR) is empty: give a writable directory,"
              + " e.g. "
              + JournalConfiguration.DEFAULT_DIR
              + ".");
    }
    if (!positive(journal.getRetention())) {
      problems.add(
          "botwright.journal.retention (BOTWRIGHT_JOURNAL_RETENTION) is "
              + journal.getRetention()
              + ": use a positive duration; GitHub redelivers up to 3 days back, so at least 3d.");
    }
    if (journal.getMaxRemembered() < 1) {
      problems.add(
          "botwright.journal.max-remembered is "
              + journal.getMaxRemembered()
              + ": use a positive number of finished deliveries to remember; the default on this"
              + " heap is "
              + JournalConfiguration.DEFAULT_MAX_REMEMBERED
              + ".");
    }
    if (journal.getSegmentBytes() < 64 * 1024) {
      problems.add(
          "botwright.journal.segment-bytes is "
              + journal.getSegmentBytes()
              + ": use at least 65536 (64 KB); the default is "
              + JournalConfiguration.DEFAULT_SEGMENT_BYTES
              + ".");
    }
    if (!positive(journal.getCompactionInterval())) {
      problems.add(
          "botwright.journal.compaction-interval is "
              + journal.getCompactionInterval()
              + ": use a positive duration, e.g. 10m.");
    }
    return problems;
  }

  /** Problems with the admin API's settings: a token short enough to guess, or a bad limit. */
  static List<String> adminProblems(AdminConfiguration admin) {
    List<String> problems = new ArrayList<>();
    String token = admin.getToken();
    if (token != null && token.strip().length() < AdminConfiguration.MIN_TOKEN_LENGTH) {
      // The length only: the token itself is never echoed.
      problems.add(
          "botwright.admin.token (BOTWRIGHT_ADMIN_TOKEN) is "
              + token.strip().length()
              + " characters long: use at least "
              + AdminConfiguration.MIN_TOKEN_LENGTH
              + " random characters, e.g. the output of `openssl rand -hex 32`, or unset it to"
              + " turn the admin API off.");
    }
    if (admin.getMaxFailuresPerAddress() < 1 || admin.getMaxFailures() < 1) {
      problems.add(
          "botwright.admin.max-failures-per-address ("
              + admin.getMaxFailuresPerAddress()
              + ") and botwright.admin.max-failures ("
              + admin.getMaxFailures()
              + ") must be 1 or more wrong tokens per minute; the defaults are "
              + AdminConfiguration.DEFAULT_MAX_FAILURES_PER_ADDRESS
              + " and "
              + AdminConfiguration.DEFAULT_MAX_FAILURES
              + ".");
    }
    return problems;
  }

  private static boolean positive(java.time.Duration duration) {
    return duration != null && !duration.isNegative() && !duration.isZero();
  }

  private static void settingProblems(
      WebhookConfiguration webhook, GitHubApiConfiguration github, List<String> problems) {
    if (!webhook.getPath().startsWith("/")) {
      problems.add(
          "botwright.webhook.path (WEBHOOK_PATH) is "
              + Redaction.quote(webhook.getPath())
              + ": it must start with '/', e.g. /api/github/webhooks.");
    }
    String protocol = github.getGheProtocol();
    if (!protocol.equals("https") && !protocol.equals("http")) {
      problems.add(
          "botwright.github.ghe-protocol (GHE_PROTOCOL) is "
              + Redaction.quote(protocol)
              + ": use 'https' (or 'http' for a test server).");
    }
    if (github.getApiUrl() != null && !isHttpUrl(github.getApiUrl())) {
      problems.add(
          "botwright.github.api-url (GITHUB_API_URL) is "
              + Redaction.quote(github.getApiUrl())
              + ": use an absolute http(s) URL such as https://api.github.com.");
    }
    if (github.getWebUrl() != null && !isHttpUrl(github.getWebUrl())) {
      problems.add(
          "botwright.github.web-url is "
              + Redaction.quote(github.getWebUrl())
              + ": use an absolute http(s) URL such as https://github.com.");
    }
  }

  static boolean isHttpUrl(String url) {
    try {
      URI uri = URI.create(url);
      return uri.getHost() != null
          && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
