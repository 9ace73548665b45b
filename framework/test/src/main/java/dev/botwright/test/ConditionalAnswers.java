package dev.botwright.test;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Gives every successful {@code GET} answer an {@code ETag} (a hash of its body) and answers a
 * request whose {@code If-None-Match} names the current one with {@code 304 Not Modified} and no
 * body, as GitHub does; a 304 costs a real bot no rate limit.
 */
final class ConditionalAnswers {

  private ConditionalAnswers() {}

  static Response apply(Response response, ServeEvent serveEvent) {
    byte[] body = response.getBody();
    if (!serveEvent.getRequest().getMethod().value().equals("GET")
        || response.getStatus() != 200
        || body == null
        || body.length == 0) {
      return response;
    }
    String etag = etag(body);
    HttpHeader asked = serveEvent.getRequest().header("If-None-Match");
    if (asked.isPresent() && asked.values().stream().anyMatch(etag::equals)) {
      return Response.Builder.like(response)
          .but()
          .status(304)
          .body(new byte[0])
          .headers(response.getHeaders().plus(new HttpHeader("ETag", etag)))
          .build();
    }
    return Response.Builder.like(response)
        .but()
        .headers(response.getHeaders().plus(new HttpHeader("ETag", etag)))
        .build();
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 20) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
