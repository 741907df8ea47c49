package io.polybot.store.repo;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.store.internal.BatchInsert;
import io.polybot.store.internal.Columns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Trades of all wallets (table {@code whale_trades}), each stored once whichever feed delivered
 * it: {@link WalletTrade#id()} (content plus occurrence) is the key.
 */
public final class WalletTradeRepository {
    private final Jdbi jdbi;
    private final Jdbi unflushed;

    /** @param unflushed the store's pool whose sessions commit without waiting for the WAL flush */
    public WalletTradeRepository(Jdbi jdbi, Jdbi unflushed) {
        this.jdbi = jdbi;
        this.unflushed = unflushed;
    }

    /** Stores the trade; false when a trade with the same id is already stored (another feed got there first). */
    public boolean insert(WalletTrade trade) {
        return jdbi.withHandle(handle -> insert(handle, trade));
    }

    /**
     * {@link #insert} for a batch, in one transaction and one round trip, committed without waiting for the WAL
     * flush (the store's unflushed pool, {@code synchronous_commit = off}): the live feed's trades written behind it
     * ({@code BatchWriter}). Answers how many were new. What a crash loses (the trades still queued, or the last
     * milliseconds of a database server's commits) the Data API backfill fetches again.
     */
    public int insertAllUnflushed(List<WalletTrade> batch) {
        return BatchInsert.total(BatchInsert.run(unflushed, INSERT, batch, WalletTradeRepository::bindTrade));
    }

    private static final String INSERT = """
            INSERT INTO whale_trades (id, wallet, condition_id, token_id, outcome, side, price, size,
                                      event_time, received_at, transaction_hash, occurrence, source)
            VALUES (:id, :wallet, :conditionId, :tokenId, :outcome, :side, :price, :size,
                    :eventTime, :receivedAt, :transactionHash, :occurrence, :source)
            ON CONFLICT (id) DO NOTHING""";

    private static boolean insert(Handle handle, WalletTrade trade) {
        return bindTrade(handle.createUpdate(INSERT), trade).execute() == 1;
    }

    /**
     * Stores a batch in one transaction, each trade once, with its maker flag when the source told it
     * ({@code makers} holds the ids of maker fills; the others were takers). A trade stored earlier by a
     * feed that did not know (maker NULL) gets its flag; answers how many rows were new or newly flagged.
     */
    public int insertAll(Collection<WalletTrade> batch, Set<String> makers, boolean makerKnown) {
        if (batch.isEmpty()) return 0;
        return jdbi.inTransaction(handle -> {
            var insert = handle.prepareBatch("""
                    INSERT INTO whale_trades (id, wallet, condition_id, token_id, outcome, side, price, size,
                                              event_time, received_at, transaction_hash, occurrence, source, maker)
                    VALUES (:id, :wallet, :conditionId, :tokenId, :outcome, :side, :price, :size,
                            :eventTime, :receivedAt, :transactionHash, :occurrence, :source, :maker)
                    ON CONFLICT (id) DO UPDATE SET maker = EXCLUDED.maker
                    WHERE whale_trades.maker IS NULL AND EXCLUDED.maker IS NOT NULL""");
            for (WalletTrade trade : batch) {
                bindTrade(insert, trade)
                        .bindByType("maker", makerKnown ? makers.contains(trade.id()) : null, Boolean.class)
                        .add();
            }
            int changed = 0;
            for (int rows : insert.execute()) changed += rows;
            return changed;
        });
    }

    /** The columns every insert of a trade binds. */
    private static <S extends SqlStatement<S>> S bindTrade(S statement, WalletTrade trade) {
        return statement.bind("id", trade.id())
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
                .bind("source", trade.source());
    }

    /** Every stored trade, oldest first, streamed to {@code sink} (a scoring run reads them all once). */
    public void forEach(Consumer<WalletTrade> sink) {
        // In a transaction: PostgreSQL streams by the fetch size only with autocommit off.
        jdbi.useTransaction(handle -> handle.createQuery("""
                        SELECT id, wallet, condition_id, token_id, outcome, side, price, size, event_time, received_at,
                               transaction_hash, occurrence, source
                        FROM whale_trades ORDER BY event_time, occurrence, id""")
                .setFetchSize(10_000)
                .map((rs, ctx) -> trade(rs))
                .forEach(sink));
    }

    /** Ids of the trades known to be maker fills. */
    public Set<String> makerTradeIds() {
        return jdbi.withHandle(handle -> new HashSet<>(handle.createQuery("SELECT id FROM whale_trades WHERE maker")
                .mapTo(String.class).list()));
    }

    /** Wallets with at least one trade whose maker flag is known: for them "not a maker id" means taker. */
    public Set<String> walletsWithKnownMakerFlag() {
        return jdbi.withHandle(handle -> new HashSet<>(handle.createQuery("SELECT DISTINCT wallet FROM whale_trades WHERE maker IS NOT NULL")
                .mapTo(String.class).list()));
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
