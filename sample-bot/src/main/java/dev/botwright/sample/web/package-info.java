/**
 * The sample's web pages: sign in with GitHub, your installations and their repositories, install
 * on another account, and a file's source read with your own token. On with sign-in configured.
 */
package dev.botwright.sample.web;
