package io.polybot.store.repo;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.store.internal.Columns;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Trades of all wallets (table {@code whale_trades}), each stored once whichever feed delivered
 * it: {@link WalletTrade#id()} (content plus occurrence) is the key.
 */
public final class WalletTradeRepository {
    private final Jdbi jdbi;

    public WalletTradeRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    /** Stores the trade; false when a trade with the same id is already stored (another feed got there first). */
    public boolean insert(WalletTrade trade) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO whale_trades (id, wallet, condition_id, token_id, outcome, side, price, size,
                                                  event_time, received_at, transaction_hash, occurrence, source)
                        VALUES (:id, :wallet, :conditionId, :tokenId, :outcome, :side, :price, :size,
                                :eventTime, :receivedAt, :transactionHash, :occurrence, :source)
                        ON CONFLICT (id) DO NOTHING""")
                .bind("id", trade.id())
                .bind("wallet", trade.wallet().value())
                .bind("conditionId", trade.market().value())
                .bind("tokenId", trade.token().value())
                .bind("outcome", trade.outcome())
                .bind("side", trade.side().name())
                .bind("price", trade.price().value())
                .bind("size", trade.size().shares())
                .bind("eventTime", trade.eventTime())
                .bindByType("receivedAt", trade.receivedAt(), Instant.class)
                .bind("transactionHash", trade.transactionHash())
                .bind("occurrence", trade.occurrence())
                .bind("source", trade.source())
                .execute() == 1);
    }

    /** The wallet's latest trades, newest first. */
    public List<WalletTrade> byWallet(WalletAddress wallet, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT id, wallet, condition_id, token_id, outcome, side, price, size, event_time, received_at,
                               transaction_hash, occurrence, source
                        FROM whale_trades WHERE wallet = :wallet
                        ORDER BY event_time DESC, occurrence DESC, id
                        LIMIT :limit""")
                .bind("wallet", wallet.value())
                .bind("limit", limit)
                .map((rs, ctx) -> trade(rs))
                .list());
    }

    public long count() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM whale_trades").mapTo(Long.class).one());
    }

    private static WalletTrade trade(ResultSet rs) throws SQLException {
        return new WalletTrade(rs.getString("id"), new WalletAddress(rs.getString("wallet")),
                new ConditionId(rs.getString("condition_id")), new TokenId(rs.getString("token_id")), rs.getString("outcome"),
                Side.valueOf(rs.getString("side")), new Price(rs.getBigDecimal("price")), new Size(rs.getBigDecimal("size")),
                Columns.instant(rs, "event_time"), Columns.instant(rs, "received_at"), rs.getString("transaction_hash"),
                rs.getInt("occurrence"), rs.getString("source"));
    }
}
