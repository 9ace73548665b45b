/**
 * Bots' configuration files in repositories ({@code .github/my-bot.yml}): read with the owner's
 * {@code .github} repository as fallback and {@code _extends} chains, bound to records, and cached
 * with ETags. Handlers use {@link dev.botwright.EventContext#config}; other code injects {@link
 * dev.botwright.repoconfig.RepositoryConfigs}.
 */
@NullMarked
package dev.botwright.repoconfig;

import org.jspecify.annotations.NullMarked;
