package dev.botwright.test;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.botwright.internal.client.AnswerShapes;
import io.micronaut.json.tree.JsonNode;
import java.util.Optional;

/**
 * Completes the fake's successful JSON answers of the routes Botwright's typed helpers read with
 * the fields GitHub always sends ({@link TypedAnswers}), so {@code github.stub(route, 200,
 * "{\"title\":\"Crash\"}")} still reads as an {@code Issue}. Other answers pass untouched. Then
 * answers conditional requests as GitHub does ({@link ConditionalAnswers}).
 */
final class AnswerCompleter implements ResponseTransformerV2 {

  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    return ConditionalAnswers.apply(complete(response, serveEvent), serveEvent);
  }

  private static Response complete(Response response, ServeEvent serveEvent) {
    if (response.getStatus() < 200 || response.getStatus() >= 300) {
      return response;
    }
    byte[] body = response.getBody();
    if (body == null || body.length == 0) {
      return response;
    }
    Optional<JsonNode> shape =
        TypedAnswers.shapeFor(
            serveEvent.getRequest().getMethod().value(), serveEvent.getRequest().getUrl());
    if (shape.isEmpty()) {
      return response;
    }
    JsonNode answer;
    try {
      answer = JsonTree.parse(body, "the answer");
    } catch (AssertionError | RuntimeException notJson) {
      return response;
    }
    byte[] completed = JsonTree.write(AnswerShapes.complete(answer, shape.get()));
    return Response.Builder.like(response).but().body(completed).build();
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public String getName() {
    return "botwright-answer-completer";
  }
}
