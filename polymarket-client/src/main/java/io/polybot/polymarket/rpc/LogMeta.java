package io.polybot.polymarket.rpc;

/** Where a log came from: emitting contract, block, transaction and position in the block. */
public record LogMeta(String address, long blockNumber, String transactionHash, long logIndex) {}
