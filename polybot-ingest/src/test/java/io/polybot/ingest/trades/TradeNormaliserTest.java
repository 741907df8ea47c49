package io.polybot.ingest.trades;

import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.polymarket.rtds.RtdsTrade;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradeNormaliserTest {
    static final Instant RECEIVED = Instant.parse("2026-09-24T10:00:01Z");
    final TradeNormaliser normaliser = new TradeNormaliser();

    static RtdsTrade rtds(String wallet, String side, String size, String price, String tx) {
        return new RtdsTrade(wallet, side, "52114319501245915516055106046884209969926127482827954674443846427813813222426",
                "0xbd31dc8a20211944f6b70f31557f1001557b59905b7738480ca09bd4532f84af", new BigDecimal(size), new BigDecimal(price),
                1758708000L, "Yes", 0, "title", "slug", "event-slug", tx, null);
    }

    @Test void normalisesAddressCaseAndDecimals() {
        WalletTrade t = normaliser.fromRtds(rtds("0x56687BF447DB6FFA42FFE2204A05EDAA20F55839", "BUY", "25.50", "0.620", "0xABC"), RECEIVED);
        assertThat(t.wallet().value()).isEqualTo("0x56687bf447db6ffa42ffe2204a05edaa20f55839");
        assertThat(t.side()).isEqualTo(Side.BUY);
        assertThat(t.size()).isEqualTo(Size.of("25.5"));
        assertThat(t.price()).isEqualTo(Price.of("0.62"));
        assertThat(t.eventTime()).isEqualTo(Instant.ofEpochSecond(1758708000L));
        assertThat(t.receivedAt()).isEqualTo(RECEIVED);
        assertThat(t.source()).isEqualTo("rtds");
    }

    @Test void identicalFillsInOneTransactionGetDistinctIds() {
        WalletTrade first = normaliser.fromRtds(rtds("0x" + "ab".repeat(20), "BUY", "10", "0.5", "0xabc"), RECEIVED);
        WalletTrade second = normaliser.fromRtds(rtds("0x" + "ab".repeat(20), "BUY", "10", "0.5", "0xabc"), RECEIVED);
        assertThat(first.occurrence()).isZero();
        assertThat(second.occurrence()).isEqualTo(1);
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test void sameFillSeenByAnotherNormaliserHasTheSameId() {
        WalletTrade a = normaliser.fromRtds(rtds("0x" + "ab".repeat(20), "SELL", "10", "0.5", "0xabc"), RECEIVED);
        WalletTrade b = new TradeNormaliser().fromRtds(rtds("0x" + "ab".repeat(20), "SELL", "10", "0.5", "0xabc"), RECEIVED.plusSeconds(5));
        assertThat(a.id()).isEqualTo(b.id());
    }

    @Test void rejectsUnusableTradesWithAReason() {
        assertThatThrownBy(() -> normaliser.fromRtds(rtds("not-an-address", "BUY", "10", "0.5", "0x1"), RECEIVED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address");
        assertThatThrownBy(() -> normaliser.fromRtds(rtds("0x" + "ab".repeat(20), "BUY", "10", "1.5", "0x1"), RECEIVED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("price must be in (0, 1)");
        assertThatThrownBy(() -> normaliser.fromRtds(rtds("0x" + "ab".repeat(20), "HOLD", "10", "0.5", "0x1"), RECEIVED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
