/**
 * API authentication: L1 EIP-712 {@code ClobAuth} headers and L2 HMAC request signing (PROTOCOL §2).
 */
package io.polybot.polymarket.auth;
