/** The GitHub client a handler uses: route-style requests, pagination, GraphQL, typed helpers. */
package dev.botwright.github;
