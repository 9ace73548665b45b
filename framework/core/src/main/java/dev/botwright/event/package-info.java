/**
 * Typed, immutable models of GitHub webhook payloads, one {@link dev.botwright.event.GitHubEvent}
 * record per event, with the fields bots use most; {@link dev.botwright.event.EventTypes} maps an
 * event name to its record.
 */
package dev.botwright.event;
