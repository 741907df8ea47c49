package io.polybot.store.internal;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.OrderHash;
import io.polybot.core.signal.SignalId;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.store.repo.AuditEntry;
import io.polybot.store.repo.DailyPnl;
import io.polybot.store.repo.User;
import io.polybot.store.repo.Whale;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericTypes;
import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.postgres.PostgresPlugin;

import javax.sql.DataSource;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the store's {@link Jdbi}: Polybot value types bind and map as their NUMERIC or TEXT
 * column, {@link Instant} as TIMESTAMPTZ (microseconds), and the store's flat records map by
 * constructor.
 */
public final class StoreJdbi {
    private StoreJdbi() {}

    public static Jdbi create(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());

        decimal(jdbi, Price.class, Price::value, Price::new);
        decimal(jdbi, Size.class, Size::shares, Size::new);
        decimal(jdbi, Usd.class, Usd::amount, Usd::new);
        text(jdbi, TokenId.class, TokenId::value, TokenId::new);
        text(jdbi, ConditionId.class, ConditionId::value, ConditionId::new);
        text(jdbi, WalletAddress.class, WalletAddress::value, WalletAddress::new);
        text(jdbi, OrderHash.class, OrderHash::value, OrderHash::new);
        text(jdbi, SignalId.class, SignalId::value, SignalId::new);

        // Registered last so they win over Jdbi's built-in java.time handling (which goes through java.sql.Timestamp).
        jdbi.registerArgument(argument(Instant.class, Types.TIMESTAMP_WITH_TIMEZONE,
                (position, statement, value) -> statement.setObject(position, Columns.timestamp(value))));
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> Columns.instant(rs, column));
        jdbi.registerArgument(argument(LocalDate.class, Types.DATE,
                (position, statement, value) -> statement.setObject(position, value)));
        jdbi.registerColumnMapper(LocalDate.class, (rs, column, ctx) -> rs.getObject(column, LocalDate.class));

        jdbi.registerRowMapper(ConstructorMapper.factory(Whale.class));
        jdbi.registerRowMapper(ConstructorMapper.factory(DailyPnl.class));
        jdbi.registerRowMapper(ConstructorMapper.factory(User.class));
        jdbi.registerRowMapper(ConstructorMapper.factory(AuditEntry.class));
        return jdbi;
    }

    private static <T> void decimal(Jdbi jdbi, Class<T> type, Function<T, BigDecimal> get, Function<BigDecimal, T> make) {
        jdbi.registerArgument(argument(type, Types.NUMERIC, (position, statement, value) -> statement.setBigDecimal(position, get.apply(value))));
        jdbi.registerColumnMapper(type, (ColumnMapper<T>) (rs, column, ctx) -> {
            BigDecimal value = rs.getBigDecimal(column);
            return value == null ? null : make.apply(value);
        });
    }

    private static <T> void text(Jdbi jdbi, Class<T> type, Function<T, String> get, Function<String, T> make) {
        jdbi.registerArgument(argument(type, Types.VARCHAR, (position, statement, value) -> statement.setString(position, get.apply(value))));
        jdbi.registerColumnMapper(type, (ColumnMapper<T>) (rs, column, ctx) -> {
            String value = rs.getString(column);
            return value == null ? null : make.apply(value);
        });
    }

    @FunctionalInterface
    private interface Setter<T> {
        void set(int position, java.sql.PreparedStatement statement, T value) throws java.sql.SQLException;
    }

    private static <T> ArgumentFactory.Preparable argument(Class<T> type, int sqlType, Setter<T> setter) {
        return new ArgumentFactory.Preparable() {
            @Override public Optional<Function<Object, Argument>> prepare(Type requested, ConfigRegistry config) {
                if (!type.equals(GenericTypes.getErasedType(requested))) return Optional.empty();
                return Optional.of(value -> (position, statement, ctx) -> {
                    if (value == null) statement.setNull(position, sqlType);
                    else setter.set(position, statement, type.cast(value));
                });
            }
        };
    }
}
