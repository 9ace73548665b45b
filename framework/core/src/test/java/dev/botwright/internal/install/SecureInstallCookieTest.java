package dev.botwright.internal.install;

import static dev.botwright.internal.install.InstallTestBeans.USER_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.botwright.install.IndexedInstallation;
import dev.botwright.install.InstallationIndex;
import dev.botwright.internal.setup.SetupHttp;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Behind a TLS-terminating proxy the request is plain HTTP but the browser speaks https: the
 * install cookie follows the configured public URL, so it is Secure and {@code __Host-} prefixed.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecureInstallCookieTest implements TestPropertyProvider {

  private final FakeInstallGitHub github = new FakeInstallGitHub();

  @Inject EmbeddedServer server;
  @Inject InstallStates states;
  @Inject InstallationIndex index;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = InstallFlowTest.properties(github);
    properties.put("botwright.setup.public-url", "https://bot.example.test");
    return properties;
  }

  @AfterAll
  void stop() {
    github.close();
  }

  @Test
  void theCookieIsSecureAndHostPrefixedOverAPlainHttpRequest() {
    HttpResponse<String> link =
        SetupHttp.get(
            uri("/github/install?return_to=/done&plan=pro"),
            "Accept",
            "text/html",
            USER_HEADER,
            InstallFlowTest.SIGNED_IN);
    String location = link.headers().firstValue("Location").orElseThrow();
    String state = location.substring(location.indexOf("state=") + 6);
    String nonce = states.verify(state).nonce();

    assertThat(link.headers().allValues("Set-Cookie"))
        .singleElement()
        .satisfies(
            cookie ->
                assertThat(cookie)
                    .startsWith("__Host-botwright_install=" + nonce + ";")
                    .contains("Path=/")
                    .containsIgnoringCase("Secure")
                    .containsIgnoringCase("HttpOnly")
                    .contains("SameSite=Lax")
                    .doesNotContainIgnoringCase("Domain="));

    // A cookie without the prefix, as a sibling subdomain could plant it, is not this browser's.
    HttpResponse<String> planted = callback(state, "botwright_install=" + nonce);
    assertThat(planted.statusCode()).isEqualTo(403);
    assertThat(planted.body()).contains(InstallFlowTest.OTHER_BROWSER);
    assertThat(index.installationsOf(7)).isEmpty();

    HttpResponse<String> linked = callback(state, "__Host-botwright_install=" + nonce);
    assertThat(linked.statusCode()).isEqualTo(302);
    assertThat(linked.headers().allValues("Set-Cookie"))
        .singleElement()
        .satisfies(cookie -> assertThat(cookie).startsWith("__Host-botwright_install=;"));
    assertThat(index.installationsOf(7)).extracting(IndexedInstallation::id).containsExactly(42L);
  }

  private HttpResponse<String> callback(String state, String cookie) {
    return SetupHttp.get(
        uri("/github/setup?installation_id=42&setup_action=install&state=" + state),
        "Accept",
        "text/html",
        USER_HEADER,
        InstallFlowTest.SIGNED_IN,
        "Cookie",
        cookie);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getPort() + path);
  }
}
