/**
 * Order building, amount rounding, EIP-712 hashing and signing, and the {@code POST /order} body (PROTOCOL §3).
 */
package io.polybot.polymarket.order;
