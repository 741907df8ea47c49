/**
 * HTTP plumbing shared by the REST clients: client-side rate limits per endpoint family,
 * retry rules and the injected sleeper that keeps tests free of real waits.
 */
package io.polybot.polymarket.http;
