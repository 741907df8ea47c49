/**
 * Ethereum primitives: Keccak and EIP-712 encoding, signature recovery, EIP-55 addresses, V3 keystores.
 */
package io.polybot.polymarket.crypto;
