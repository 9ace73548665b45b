/**
 * The hand-written payload records Botwright bound with micronaut-serde before the generated ones
 * (commit 80fe7fb, {@code dev.botwright.event}), copied unchanged but for the package, the {@code
 * GitHubEvent} annotation and {@code implements WebhookEvent}, neither of which serde reads. They
 * are the baseline {@code PayloadParsingBenchmark} measures the generated records against.
 */
package dev.botwright.benchmarks.baseline;
