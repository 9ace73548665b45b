package dev.botwright.internal.oauth;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import java.util.Map;

/**
 * Sets the session cookies a request's handling changed (a renewed access cookie, an ended session)
 * on its response, whatever the controller returned, including error responses.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "botwright.oauth.enabled", value = "true")
final class SessionCookieFilter {

  @ResponseFilter
  @SuppressWarnings("unchecked")
  void apply(HttpRequest<?> request, MutableHttpResponse<?> response) {
    request
        .getAttribute(SessionCookies.PENDING, Map.class)
        .ifPresent(pending -> ((Map<String, Cookie>) pending).values().forEach(response::cookie));
  }
}
