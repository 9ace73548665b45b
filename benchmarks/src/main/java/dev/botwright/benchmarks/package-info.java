/** Shared fixtures of the JMH micro-benchmarks: payloads, signatures and a benchmark context. */
package dev.botwright.benchmarks;
