package dev.botwright.internal.tracing;

import io.micronaut.core.annotation.Internal;

/** The attribute keys and outcome values of Botwright's spans (docs/tracing.md lists them). */
@Internal
public final class SpanAttributes {

  public static final String EVENT = "github.event";
  public static final String ACTION = "github.action";
  public static final String INSTALLATION_ID = "github.installation_id";
  public static final String DELIVERY_ID = "github.delivery_id";
  public static final String ATTEMPT = "botwright.attempt";
  public static final String OUTCOME = "botwright.outcome";
  public static final String HANDLER = "botwright.handler";
  public static final String METHOD = "http.request.method";
  public static final String ROUTE = "url.template";
  public static final String STATUS = "http.response.status_code";
  public static final String RETRIES = "botwright.github.retries";
  public static final String RATE_LIMIT_REMAINING = "github.rate_limit.remaining";

  /** Outcomes of a delivery attempt and of a handler. */
  public static final String HANDLED = "handled";

  public static final String RETRIED = "retried";
  public static final String DEAD = "dead";
  public static final String FAILED = "failed";

  private SpanAttributes() {}
}
