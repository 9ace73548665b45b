/** The GitHub client a handler uses: route-style requests, pagination, GraphQL, typed helpers. */
@NullMarked
package dev.botwright.github;

import org.jspecify.annotations.NullMarked;
