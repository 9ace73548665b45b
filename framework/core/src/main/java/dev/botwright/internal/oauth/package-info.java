/**
 * How users sign in (the OAuth web flow with PKCE, encrypted cookie sessions, refreshes and
 * revocations, the token management routes) behind {@link dev.botwright.oauth.UserSessions} and
 * {@link dev.botwright.oauth.UserTokens}.
 */
package dev.botwright.internal.oauth;
