package dev.botwright.internal.commands;

import dev.botwright.Permission;
import io.micronaut.core.annotation.Internal;

/**
 * What {@code /help} tells about one {@link dev.botwright.Command}.
 *
 * @param name the command's name, without the slash
 * @param description its {@code description}, possibly empty
 * @param permission the role it needs
 * @param usage how it is written, e.g. {@code /label LABEL [MORE...]}
 */
@Internal
public record CommandInfo(String name, String description, Permission permission, String usage) {}
