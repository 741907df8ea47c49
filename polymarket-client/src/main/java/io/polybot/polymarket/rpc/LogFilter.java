package io.polybot.polymarket.rpc;

import java.util.List;

/**
 * An {@code eth_getLogs} filter: an inclusive block range, the emitting contracts and the
 * accepted topic0 values (any of them).
 */
public record LogFilter(long fromBlock, long toBlock, List<String> addresses, List<String> topic0s) {
    public LogFilter {
        addresses = List.copyOf(addresses);
        topic0s = List.copyOf(topic0s);
        if (fromBlock < 0 || toBlock < fromBlock)
            throw new IllegalArgumentException("block range must be 0 <= from <= to, was " + fromBlock + ".." + toBlock);
    }

    /** Every V1 and V2 fill event of the given exchanges in a block range. */
    public static LogFilter fills(long fromBlock, long toBlock, List<String> exchanges) {
        return new LogFilter(fromBlock, toBlock, exchanges, ExchangeEvents.FILL_TOPICS);
    }

    /** All current and legacy exchanges (V1, V2, neg-risk, V3). */
    public static List<String> allExchanges() {
        return List.of(PolygonContracts.CTF_EXCHANGE_V2, PolygonContracts.NEG_RISK_CTF_EXCHANGE_V2, PolygonContracts.EXCHANGE_V3,
                PolygonContracts.CTF_EXCHANGE_V1, PolygonContracts.NEG_RISK_CTF_EXCHANGE_V1);
    }

}
