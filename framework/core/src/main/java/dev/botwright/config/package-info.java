/** Configuration of the framework, and the mapping from Probot's environment variables. */
package dev.botwright.config;
