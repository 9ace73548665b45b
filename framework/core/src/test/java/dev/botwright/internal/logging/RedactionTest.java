package dev.botwright.internal.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void masksGitHubTokensKeepingTheirKind() {
    assertThat(
            Redaction.redact("token ghs_16C7e42F292c6912E7710c838347Ae178B4a and ghu_abcdefgh12"))
        .isEqualTo("token ghs_[redacted] and ghu_[redacted]");
    assertThat(
            Redaction.redact("gho_abcdefghij ghp_abcdefghij ghr_abcdefghij github_pat_11AAAA_bb"))
        .isEqualTo("gho_[redacted] ghp_[redacted] ghr_[redacted] github_pat_[redacted]");
  }

  @Test
  void aFormParameterWhoseValueIsATokenIsMaskedOnceAndWhole() {
    assertThat(Redaction.redact("token=ghp_abcdefghijklmnop0123&page=2"))
        .isEqualTo("token=[redacted]&page=2");
    assertThat(Redaction.redact("?access_token=gho_abcdefghijklmnop0123"))
        .isEqualTo("?access_token=[redacted]");
  }

  @Test
  void masksJwtsSignaturesAndAuthorizationHeaders() {
    assertThat(Redaction.redact("jwt eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjM0NSJ9.c2lnbmF0dXJl end"))
        .isEqualTo("jwt [redacted] end");
    assertThat(Redaction.redact("X-Hub-Signature-256: sha256=" + "ab".repeat(32)))
        .isEqualTo("X-Hub-Signature-256: sha256=[redacted]");
    assertThat(Redaction.redact("Authorization: Bearer opaque/token+of?any=length"))
        .isEqualTo("Authorization: Bearer [redacted]");
    assertThat(Redaction.redact("{\"Authorization\": \"token abc.def\"}"))
        .isEqualTo("{\"Authorization\": \"token [redacted]\"}");
  }

  @Test
  void masksCookieValuesButNotTheirAttributes() {
    assertThat(Redaction.redact("Cookie: botwright_session=abc123def456; other=xyz987654"))
        .isEqualTo("Cookie: botwright_session=[redacted]; other=[redacted]");
    assertThat(
            Redaction.redact(
                "Set-Cookie: __Host-botwright_session=sealedValue1; Path=/; HttpOnly; Max-Age=60"))
        .isEqualTo("Set-Cookie: __Host-botwright_session=[redacted]; Path=/; HttpOnly; Max-Age=60");
    assertThat(Redaction.redact("sent botwright_oauth_state=QWERTYUIOPasdfghjkl123 back"))
        .isEqualTo("sent botwright_oauth_state=[redacted] back");
  }

  @Test
  void masksSecretFieldsOfJsonFormsAndQueries() {
    assertThat(
            Redaction.redact(
                "{\"token\":\"v1.opaque\",\"expires_at\":\"2026-01-01T00:00:00Z\","
                    + "\"client_secret\":\"s3cr\\\"et\"}"))
        .isEqualTo(
            "{\"token\":\"[redacted]\",\"expires_at\":\"2026-01-01T00:00:00Z\","
                + "\"client_secret\":\"[redacted]\"}");
    assertThat(Redaction.redact("client_id=Iv1.x&client_secret=abcdef&code=1234abcd&grant=x"))
        .isEqualTo("client_id=Iv1.x&client_secret=[redacted]&code=[redacted]&grant=x");
    assertThat(Redaction.redact("GET /callback?code=0123abcd&state=xyz12345 HTTP/1.1"))
        .isEqualTo("GET /callback?code=[redacted]&state=[redacted] HTTP/1.1");
    assertThat(Redaction.redact("redis://:hunter22@localhost:6379/0"))
        .isEqualTo("redis://:[redacted]@localhost:6379/0");
  }

  @Test
  void masksPrivateKeysWholeCutOffOrJsonEscaped() {
    String pem =
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\nq83vEi\n-----END RSA PRIVATE KEY-----\n";
    assertThat(Redaction.redact("key=" + pem + "after"))
        .isEqualTo("key=-----BEGIN RSA PRIVATE KEY-----[redacted]\nafter");
    assertThat(Redaction.redact("{\"pem\":\"-----BEGIN PRIVATE KEY-----\\nMIIEv\\n-----END"))
        .isEqualTo("{\"pem\":\"-----BEGIN PRIVATE KEY-----[redacted]");
  }

  @Test
  void masksRegisteredValuesAndEachLineOfARegisteredKey() {
    Redaction.register("It's a distinctive webhook secret");
    Redaction.register(
        "-----BEGIN RSA PRIVATE KEY-----\\nLINEONEofTheKey0\\nLINETWOofTheKey1\\n-----END");
    Redaction.register("short");

    assertThat(Redaction.redact("secret It's a distinctive webhook secret!"))
        .isEqualTo("secret [redacted]!");
    assertThat(Redaction.redact("a line LINETWOofTheKey1 alone"))
        .isEqualTo("a line [redacted] alone");
    assertThat(Redaction.redact("short words stay")).isEqualTo("short words stay");
  }

  @Test
  void leavesOrdinaryLinesAloneAsTheSameInstance() {
    String line = "Delivery 72d3162e issues.opened for installation 42 handled in 12 ms";
    assertThat(Redaction.redact(line)).isSameAs(line);
    String minted = "minted installation token for installation 2311213, expires at 2026-12-05";
    assertThat(Redaction.redact(minted)).isSameAs(minted);
  }

  @Test
  void tellsKeyMaterialFromPaths() {
    assertThat(Redaction.looksLikeKeyMaterial("-----BEGIN RSA PRIVATE KEY-----")).isTrue();
    assertThat(Redaction.looksLikeKeyMaterial("line one\nline two")).isTrue();
    assertThat(
            Redaction.looksLikeKeyMaterial(
                "LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQpNSUlFb3dJQkFBS0NB"))
        .isTrue();
    assertThat(Redaction.looksLikeKeyMaterial("/etc/bot/keys/my-app.2026-01-01.private-key.pem"))
        .isFalse();
    assertThat(Redaction.looksLikeKeyMaterial("/keys/" + "0123456789abcdef".repeat(4) + ".pem"))
        .isFalse();
    assertThat(Redaction.quote("-----BEGIN RSA PRIVATE KEY-----\nMIIE"))
        .isEqualTo("(not shown: it looks like key material)");
    assertThat(Redaction.quote("hooks")).isEqualTo("'hooks'");
  }
}
