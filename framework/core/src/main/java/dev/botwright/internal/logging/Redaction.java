package dev.botwright.internal.logging;

import io.micronaut.core.annotation.Internal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in text bound for a log line or an error message: the values this process was
 * configured with (webhook secrets, client secret, private key lines, session keys; see {@link
 * #register}) and anything shaped like a secret whatever its source (GitHub tokens, JWTs, PEM
 * private keys, webhook signatures, {@code Authorization} and {@code Cookie} values, and secret
 * fields of JSON bodies, forms and query strings). What is masked becomes {@value #MASK}.
 */
@Internal
public final class Redaction {

  /** What a secret is replaced with. */
  public static final String MASK = "[redacted]";

  /** Shorter values are not registered: masking them would mangle ordinary words. */
  static final int MIN_SECRET_LENGTH = 6;

  private static final String SECRET_NAMES =
      "token|access_token|refresh_token|client_secret|webhook_secret|secret|pem|code|code_verifier"
          + "|state|password|private_key|privateKey|accessToken|refreshToken|clientSecret"
          + "|webhookSecret";

  private static final List<Rule> RULES =
      List.of(
          // A PEM private key, whole or cut off, in plain text or JSON-escaped.
          rule(
              "-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----.*?(?:-----END \\1PRIVATE KEY-----|\\z)",
              Pattern.DOTALL,
              m -> "-----BEGIN " + m.group(1) + "PRIVATE KEY-----" + MASK),
          rule("\\beyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]*)?", 0, m -> MASK),
          rule("\\b(gh[pousr]_|github_pat_)[A-Za-z0-9_]{8,}", 0, m -> m.group(1) + MASK),
          rule("\\b(sha1|sha256)=[0-9a-fA-F]{40,}", 0, m -> m.group(1) + "=" + MASK),
          // The value of an Authorization header, keeping its scheme.
          rule(
              "(?i)(\\b(?:proxy-)?authorization\"?\\s*[:=]\\s*\"?)((?:bearer|token|basic|jwt)\\s+)?"
                  + "[^\\s\",;]+",
              0,
              m -> m.group(1) + (m.group(2) == null ? "" : m.group(2)) + MASK),
          // Every value of a Cookie or Set-Cookie header (attributes after ';' stay readable).
          rule(
              "(?i)(\\b(?:set-)?cookie\"?\\s*[:=]\\s*\"?)([^\\r\\n\"]*)",
              0,
              m -> m.group(1) + maskCookies(m.group(2))),
          // Botwright's own cookies wherever they appear.
          rule(
              "\\b((?:__Host-|__Secure-)?botwright_[A-Za-z0-9_]*)=(?!\\[redacted\\])[^;\\s,\"&]+",
              0,
              m -> m.group(1) + "=" + MASK),
          // Secret fields of JSON bodies.
          rule(
              "(\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*\"",
              Pattern.CASE_INSENSITIVE,
              m -> m.group(1) + MASK + "\""),
          // Secret parameters of forms and query strings; a value a rule above has already
          // masked in part (token=ghp_[redacted]) is masked whole, not cut at its bracket.
          rule(
              "(^|[?&\\s\"'(\\[])("
                  + SECRET_NAMES
                  + ")=(?!\\[redacted\\])(?:\\[redacted\\]|[^&\\s\"';,)\\]]){4,}",
              Pattern.CASE_INSENSITIVE,
              m -> m.group(1) + m.group(2) + "=" + MASK),
          // A password in a URL: redis://:password@host, https://user:token@host.
          rule(
              "(\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@]*:)[^@\\s/]+@",
              0,
              m -> m.group(1) + MASK + "@"));

  private static final Pattern COOKIE_VALUE =
      Pattern.compile("(^|;\\s*|,\\s*)([^=;,\\s]+)=([^;,]*)");
  private static final Set<String> COOKIE_ATTRIBUTES =
      Set.of("path", "domain", "expires", "max-age", "samesite", "priority");

  private static final Pattern KEY_BASE64 = Pattern.compile("[A-Za-z0-9+/=_-]{60,}");

  private static volatile List<String> secrets = List.of();

  private Redaction() {}

  /**
   * Masks {@code secret} wherever it appears from now on; each line of a multi-line value (a PEM
   * key) is masked on its own. Values shorter than {@value #MIN_SECRET_LENGTH} characters are
   * ignored. Registering a value twice is harmless.
   */
  public static void register(String secret) {
    if (secret == null) {
      return;
    }
    Set<String> values = new LinkedHashSet<>();
    String text = secret.replace("\\r", "").replace("\\n", "\n");
    if (text.strip().length() >= MIN_SECRET_LENGTH) {
      values.add(text.strip());
    }
    for (String line : text.split("\\R")) {
      String value = line.strip();
      if (value.length() >= MIN_SECRET_LENGTH && !value.startsWith("-----")) {
        values.add(value);
      }
    }
    synchronized (Redaction.class) {
      Set<String> all = new LinkedHashSet<>(secrets);
      if (all.addAll(values)) {
        List<String> longestFirst = new ArrayList<>(all);
        longestFirst.sort((a, b) -> b.length() - a.length());
        secrets = List.copyOf(longestFirst);
      }
    }
  }

  /** {@code text} with every secret masked; the same instance when there was none. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (Rule rule : RULES) {
      result = rule.apply(result);
    }
    for (String secret : secrets) {
      if (result.contains(secret)) {
        result = result.replace(secret, MASK);
      }
    }
    return result.equals(text) ? text : result;
  }

  /**
   * Whether a configuration value is key material rather than the name or path it should be: it
   * holds a PEM armour line or {@code PRIVATE KEY}, spans lines, or holds a run of 60 or more
   * base64 characters mixing upper and lower case and digits (a key squeezed into one line; a hex
   * digest in a file name is not one).
   */
  public static boolean looksLikeKeyMaterial(String value) {
    if (value == null) {
      return false;
    }
    return value.contains("-----BEGIN")
        || value.contains("PRIVATE KEY")
        || value.contains("\n")
        || value.contains("\r")
        || hasBase64Run(value);
  }

  /**
   * A configuration value quoted for an error message, or a description of it when it must not be
   * shown: key material is never echoed, and secrets inside it are masked.
   */
  public static String quote(String value) {
    if (looksLikeKeyMaterial(value)) {
      return "(not shown: it looks like key material)";
    }
    return "'" + redact(value) + "'";
  }

  private static boolean hasBase64Run(String value) {
    Matcher m = KEY_BASE64.matcher(value);
    while (m.find()) {
      String run = m.group();
      if (run.chars().anyMatch(Character::isUpperCase)
          && run.chars().anyMatch(Character::isLowerCase)
          && run.chars().anyMatch(Character::isDigit)
          && !run.matches("[0-9a-fA-F]+")) {
        return true;
      }
    }
    return false;
  }

  private static String maskCookies(String header) {
    Matcher m = COOKIE_VALUE.matcher(header);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      boolean attribute = COOKIE_ATTRIBUTES.contains(m.group(2).toLowerCase(java.util.Locale.ROOT));
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(attribute ? m.group() : m.group(1) + m.group(2) + "=" + MASK));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Rule rule(String regex, int flags, Function<Matcher, String> replacement) {
    return new Rule(Pattern.compile(regex, flags), replacement);
  }

  private record Rule(Pattern pattern, Function<Matcher, String> replacement) {
    String apply(String text) {
      Matcher m = pattern.matcher(text);
      if (!m.find()) {
        return text;
      }
      StringBuilder out = new StringBuilder(text.length());
      do {
        m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
      } while (m.find());
      m.appendTail(out);
      return out.toString();
    }
  }
}
