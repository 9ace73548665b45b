/**
 * Generates Botwright's typed model from GitHub's OpenAPI descriptions: webhook payload records,
 * REST answer records, schema-derived payloads for the testing kit and the events reference page. A
 * build tool; nothing here ships in a bot.
 */
package dev.botwright.codegen;
