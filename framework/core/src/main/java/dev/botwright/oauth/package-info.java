/**
 * Users: sign in with GitHub (OAuth web flow with PKCE), encrypted cookie sessions, user-scoped
 * clients, token management routes and the device flow for command-line tools.
 */
package dev.botwright.oauth;
