package dev.botwright.oauth;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;

/**
 * Sets the session cookie a request's handling changed (a refreshed token, an ended session) on its
 * response, whatever the controller returned, including error responses.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "botwright.oauth.enabled", value = "true")
final class SessionCookieFilter {

  @ResponseFilter
  void apply(HttpRequest<?> request, MutableHttpResponse<?> response) {
    request.getAttribute(SessionCookies.PENDING, Cookie.class).ifPresent(response::cookie);
  }
}
