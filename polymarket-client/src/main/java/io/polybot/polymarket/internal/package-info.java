/**
 * Not API: JSON and hex helpers used inside this SDK; may change without notice.
 */
package io.polybot.polymarket.internal;
