package io.polybot.polymarket.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OrderBuilderTest {
    private static final PrivateKeySigner KEY =
            PrivateKeySigner.fromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1_790_000_000_123L), ZoneOffset.UTC);
    private static final String WALLET = "0xA639F225d414fc8A3576eAe2d6Cb7AfBa7BB8939";

    private final OrderBuilder builder = new OrderBuilder(KEY, 137, CLOCK, new SplittableRandom(3));

    private static LimitOrderArgs buy() {
        return LimitOrderArgs.of("1234", new BigDecimal("0.45"), new BigDecimal("10"), OrderSide.BUY, new BigDecimal("0.01"));
    }

    @Test
    void defaultsToV2EoaWithClockTimestampAndASaltBelowNow() {
        SignedClobOrder signed = builder.buildLimit(buy());
        ClobOrder o = signed.order();
        assertThat(o.version()).isEqualTo(OrderVersion.V2);
        assertThat(o.maker()).isEqualTo(KEY.address());
        assertThat(o.signer()).isEqualTo(KEY.address());
        assertThat(o.timestamp()).isEqualTo(BigInteger.valueOf(1_790_000_000_123L));
        assertThat(o.salt()).isPositive().isLessThan(BigInteger.valueOf(1_790_000_000_123L));
        assertThat(o.makerAmount()).isEqualTo(BigInteger.valueOf(4_500_000));
        assertThat(o.takerAmount()).isEqualTo(BigInteger.valueOf(10_000_000));
        assertThat(signed.orderHash()).isEqualTo(OrderHashing.orderHash(o, ExchangeDomain.forOrder(OrderVersion.V2, 137, false)));
    }

    @Test
    void sameSaltAndTimestampGiveTheSameOrderId() {
        // Idempotent retries rely on this: a deterministic salt reproduces the venue's order id.
        LimitOrderArgs args = buy().withSalt(BigInteger.valueOf(99)).withTimestampMs(5L);
        assertThat(builder.buildLimit(args).orderHash()).isEqualTo(builder.buildLimit(args).orderHash());
    }

    @Test
    void proxyWalletIsMakerAndTheEoaSigns() {
        ClobOrder o = builder.buildLimit(buy().withWallet(SignatureType.POLY_PROXY, WALLET)).order();
        assertThat(o.maker()).isEqualTo(WALLET);
        assertThat(o.signer()).isEqualTo(KEY.address());
    }

    @Test
    void depositWalletIsMakerAndSigner() {
        SignedClobOrder signed = builder.buildLimit(buy().withWallet(SignatureType.POLY_1271, WALLET));
        assertThat(signed.order().signer()).isEqualTo(WALLET);
        assertThat(signed.signature()).hasSize(2 + 2 * DepositWalletSignature.LENGTH);
        assertThat(DepositWalletSignature.recoverOwner(signed.order(),
                ExchangeDomain.forOrder(OrderVersion.V2, 137, false), signed.signature())).isEqualTo(KEY.address().toLowerCase());
    }

    @Test
    void depositWalletIsNotAllowedInV1() {
        assertThatThrownBy(() -> builder.buildLimit(buy().withVersion(OrderVersion.V1).withWallet(SignatureType.POLY_1271, WALLET)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("POLY_1271");
    }

    @Test
    void v3UsesExchangeV3RegardlessOfNegRisk() {
        var domain = ExchangeDomain.forOrder(OrderVersion.V3, 137, true);
        assertThat(domain.verifyingContract()).isEqualTo("0xe3333700cA9d93003F00f0F71f8515005F6c00Aa");
        assertThat(ExchangeDomain.forOrder(OrderVersion.V2, 137, true).verifyingContract())
                .isEqualTo("0xe2222d279d744050d28e00520010520000310F59");
        assertThat(ExchangeDomain.forOrder(OrderVersion.V1, 80002, false).verifyingContract())
                .isEqualTo("0xdFE02Eb6733538f8Ea35D585af8DE5958AD99E40");
    }

    @Test
    void rejectsPricesOutsideTheTickRangeOrOffTheGrid() {
        assertThatThrownBy(() -> builder.buildLimit(LimitOrderArgs.of("1", new BigDecimal("0.995"), BigDecimal.TEN, OrderSide.BUY,
                new BigDecimal("0.01")))).hasMessageContaining("invalid price (0.995), min: 0.01 - max: 0.99");
        assertThatThrownBy(() -> builder.buildLimit(LimitOrderArgs.of("1", new BigDecimal("0.123"), BigDecimal.TEN, OrderSide.BUY,
                new BigDecimal("0.005")))).hasMessageContaining("not on the tick grid");
    }

    @Test
    void rejectsBadTokenIdsAndBuilderCodes() {
        assertThatThrownBy(() -> builder.buildLimit(LimitOrderArgs.of("0xabc", new BigDecimal("0.5"), BigDecimal.TEN,
                OrderSide.BUY, new BigDecimal("0.1")))).hasMessageContaining("tokenId");
        assertThatThrownBy(() -> builder.buildLimit(buy().withBuilderCode("0x1234"))).hasMessageContaining("builder code");
    }

    @Test
    void rejectsUnknownChains() {
        assertThatThrownBy(() -> new OrderBuilder(KEY, 1)).hasMessageContaining("chain id 1");
    }

    @Test
    void domainVersionMustMatchTheOrder() {
        ClobOrder v2 = builder.buildLimit(buy()).order();
        assertThatThrownBy(() -> OrderHashing.digest(v2, ExchangeDomain.forOrder(OrderVersion.V3, 137, false)))
                .hasMessageContaining("does not match");
    }
}
