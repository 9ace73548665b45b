package dev.botwright.internal.oauth;

import dev.botwright.oauth.SignInRequiredException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Answers {@link SignInRequiredException} with 401, a cleared cookie and a sign-in link. */
@Produces
@Singleton
@Requires(property = "botwright.oauth.enabled", value = "true")
final class SignInRequiredHandler
    implements ExceptionHandler<SignInRequiredException, HttpResponse<?>> {

  private final SessionCookies cookies;
  private final OAuthUrls urls;

  SignInRequiredHandler(SessionCookies cookies, OAuthUrls urls) {
    this.cookies = cookies;
    this.urls = urls;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, SignInRequiredException exception) {
    String back = request.getMethodName().equals("GET") ? request.getPath() : "/";
    String login =
        urls.login()
            + "?return_to="
            + URLEncoder.encode(ReturnTo.safe(back), StandardCharsets.UTF_8);
    return OAuthResponses.error(
            request,
            401,
            "sign_in_required",
            "Your GitHub session has ended. Sign in again to continue.",
            login)
        .cookie(cookies.clearSession());
  }
}
