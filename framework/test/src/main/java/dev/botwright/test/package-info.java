/**
 * Botwright's testing kit: {@link dev.botwright.test.BotTest} starts the bot against a {@link
 * dev.botwright.test.FakeGitHub}; {@link dev.botwright.test.WebhookSender} delivers signed {@link
 * dev.botwright.test.Fixture}s (your own or GitHub's shipped examples) through the real webhook
 * route and waits for the handlers. The fake checks routes against GitHub's REST API description.
 */
@NullMarked
package dev.botwright.test;

import org.jspecify.annotations.NullMarked;
