/**
 * A small Polygon JSON-RPC client (JDK HttpClient, web3j ABI only): block number, CTF and pUSD
 * balances, and exchange fill events decoded into typed records (PROTOCOL §7).
 */
package io.polybot.polymarket.rpc;
