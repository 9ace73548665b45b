package dev.botwright.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.List;

/**
 * The delivery log page {@code /botwright/deliveries} ({@code botwright.admin.page.*}): on while
 * the admin token is set, for browsers on the bot's own machine unless {@code allow-remote}; the
 * operator signs in with the admin token once per session.
 */
@ConfigurationProperties("botwright.admin.page")
public class DeliveryPageConfiguration {

  /** How long a sign-in lasts. */
  public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofHours(8);

  /**
   * Payload fields shown as {@code [redacted]}, by name at any depth: personal data and anything a
   * payload might carry that is secret. Secret-shaped values are masked wherever they are.
   */
  public static final List<String> DEFAULT_REDACTED_FIELDS =
      List.of("email", "token", "secret", "password", "client_secret", "private_key", "key");

  private boolean enabled = true;
  private boolean allowRemote;
  private Duration sessionTimeout = DEFAULT_SESSION_TIMEOUT;
  private List<String> redactedFields = DEFAULT_REDACTED_FIELDS;

  /**
   * Whether the page exists while the admin token is set ({@code BOTWRIGHT_ADMIN_PAGE_ENABLED}).
   */
  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Whether browsers on other machines may open the page ({@code
   * BOTWRIGHT_ADMIN_PAGE_ALLOW_REMOTE}); off by default, like the setup pages. Set it only behind
   * TLS.
   */
  public boolean isAllowRemote() {
    return allowRemote;
  }

  public void setAllowRemote(boolean allowRemote) {
    this.allowRemote = allowRemote;
  }

  /**
   * How long a sign-in lasts ({@code BOTWRIGHT_ADMIN_PAGE_SESSION_TIMEOUT}); default {@code 8h}. A
   * restart signs everyone out.
   */
  public Duration getSessionTimeout() {
    return sessionTimeout;
  }

  public void setSessionTimeout(Duration sessionTimeout) {
    this.sessionTimeout = sessionTimeout;
  }

  /**
   * Payload field names whose values the page masks, at any depth ({@code
   * BOTWRIGHT_ADMIN_PAGE_REDACTED_FIELDS}, comma-separated); default {@link
   * #DEFAULT_REDACTED_FIELDS}.
   */
  public List<String> getRedactedFields() {
    return redactedFields;
  }

  public void setRedactedFields(List<String> redactedFields) {
    this.redactedFields = List.copyOf(redactedFields);
  }
}
