/**
 * How {@link dev.botwright.repoconfig.RepositoryConfigs} reads a bot's configuration files: the
 * Contents API reader, the {@code _extends} chain, YAML parsing, deep merge, binding, the per
 * installation cache and its invalidation on pushes.
 */
@NullMarked
package dev.botwright.internal.repoconfig;

import org.jspecify.annotations.NullMarked;
