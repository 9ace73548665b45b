package dev.botwright.internal.webhook;

import dev.botwright.benchmarks.Payloads;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What intake spends on the request thread before it acknowledges a delivery: the HMAC-SHA256
 * signature check over the exact body, and the one streaming pass that validates the JSON and picks
 * out {@code action} and {@code installation.id}. Both run on every delivery before the 202, so
 * they bound acknowledgement latency and how many deliveries one core can accept; GitHub allows
 * bodies up to 25 MB, so the 5 MB case shows the cost grows with size and nothing worse.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WebhookIntakeBenchmark {

  /** Body size: the real {@code issues.opened} payload padded to 10 KB, or grown to 5 MB. */
  @Param({"10KB", "5MB"})
  public String size;

  private byte[] body;
  private String signature;
  private WebhookSignatureVerifier verifier;
  private WebhookPayloadScanner scanner;

  /** Builds the body and its signature; checks both pass so the benchmark times the happy path. */
  @Setup
  public void setUp() throws Exception {
    body = Payloads.issuesOpenedOfSize(Payloads.bytes(size));
    signature = Payloads.signature(body);
    verifier = new WebhookSignatureVerifier(List.of(Payloads.SECRET));
    scanner = new WebhookPayloadScanner(25 * 1024 * 1024);
    if (verifier.verify(body, signature) != WebhookSignatureVerifier.Result.VALID) {
      throw new IllegalStateException("The benchmark body's signature does not verify");
    }
    if (scanner.scan(body).installationId() != 1) {
      throw new IllegalStateException("The benchmark body has no installation id");
    }
  }

  /** One {@code X-Hub-Signature-256} check: hex decode, Mac clone, HMAC over the body, compare. */
  @Benchmark
  public Object verifySignature() {
    return verifier.verify(body, signature);
  }

  /** One streaming validation pass that reads {@code action} and {@code installation.id}. */
  @Benchmark
  public Object scanPayload() throws Exception {
    return scanner.scan(body);
  }
}
