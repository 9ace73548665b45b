package dev.botwright.spi;

/**
 * Masks secrets in text that leaves the process (an error report, an audit line): the secrets this
 * bot was configured with and anything shaped like one (GitHub tokens, JWTs, private keys, webhook
 * signatures, {@code Authorization} and cookie values, secret fields of JSON bodies and query
 * strings). The framework provides the bean; inject it.
 */
@FunctionalInterface
public interface Redactor {

  /** {@code text} with every secret replaced by {@code [redacted]}. */
  String redact(String text);
}
