package io.polybot.app.config;

import io.polybot.core.money.Usd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolybotConfigTest {
    @TempDir Path dir;

    @Test void defaultsMatchTheArchitecture() {
        PolybotConfig cfg = PolybotConfig.load(null, Map.of());
        assertThat(cfg.gateway().port()).isEqualTo(8080);
        assertThat(cfg.gateway().host()).isEqualTo("127.0.0.1");
        assertThat(cfg.whaleCopy().minWhaleNotional()).isEqualTo(Usd.of("10000"));
        assertThat(cfg.risk().maxPositionShare()).isEqualByComparingTo("0.05");
        assertThat(cfg.risk().maxPositionsPerEvent()).isEqualTo(2);
        assertThat(cfg.risk().maxSlippage()).isEqualByComparingTo("0.03");
        assertThat(cfg.risk().maxEntryPrice()).isEqualByComparingTo("0.95");
        assertThat(cfg.risk().maxBookAge()).isEqualTo(Duration.ofSeconds(30));
        assertThat(cfg.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".polybot"));
        assertThat(cfg.demo().seed()).isEqualTo(42);
    }

    @Test void aFileOverridesDefaultsAndTheCommandLineOverridesTheFile() throws Exception {
        Path file = dir.resolve("polybot.conf");
        Files.writeString(file, """
                polybot.gateway.port = 9000
                polybot.execution.fixed-notional = 25.50
                polybot.risk.max-slippage = 0.01
                """);
        PolybotConfig cfg = PolybotConfig.load(file, Map.of("polybot.gateway.port", 9100));
        assertThat(cfg.gateway().port()).isEqualTo(9100);
        assertThat(cfg.fixedNotional()).isEqualTo(Usd.of("25.5"));
        assertThat(cfg.risk().maxSlippage()).isEqualByComparingTo(new BigDecimal("0.01"));
    }

    @Test void moneyKeepsEveryDecimalItWasGiven() {
        PolybotConfig cfg = PolybotConfig.load(null, Map.of("polybot.execution.fixed-notional", "0.1000000000000000055511151231257827"));
        assertThat(cfg.fixedNotional().amount()).isEqualTo(new BigDecimal("0.1000000000000000055511151231257827"));
    }

    @Test void aBadValueNamesTheKey() {
        assertThatThrownBy(() -> PolybotConfig.load(null, Map.of("polybot.risk.max-slippage", "lots")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("risk.max-slippage");
        assertThatThrownBy(() -> PolybotConfig.load(null, Map.of("polybot.gateway.port", 70000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gateway.port");
        assertThatThrownBy(() -> PolybotConfig.load(null, Map.of("polybot.demo.speed", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("demo.speed");
        assertThatThrownBy(() -> PolybotConfig.load(null, Map.of("polybot.risk.max-position-share", "1.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max position share");
    }

    @Test void executionModesDefaultToSimWithLiveDisabledAndCappedAtFiftyDollars() {
        var modes = PolybotConfig.load(null, Map.of()).execution().modes();
        assertThat(modes.mode()).isEqualTo(io.polybot.execution.mode.ExecutionMode.SIM);
        assertThat(modes.liveEnabled()).isFalse();
        assertThat(modes.liveMaxOrderNotional()).isEqualTo(io.polybot.core.money.Usd.of("50"));
        assertThat(modes.liveKeystore()).isNull();
        assertThat(PolybotConfig.load(null, Map.of()).polymarket().clob()).hasToString("https://clob.polymarket.com");

        assertThatThrownBy(() -> PolybotConfig.load(null, Map.of("polybot.execution.mode", "real-money")))
                .hasMessageContaining("sim, paper or live");
        assertThatThrownBy(() -> PolybotConfig.load(null, Map.of("polybot.execution.live.max-order-notional", "0")))
                .hasMessageContaining("execution.live.max-order-notional");
        assertThatThrownBy(() -> PolybotConfig.load(null, Map.of("polybot.polymarket.clob-url", "clob.polymarket.com")))
                .hasMessageContaining("polymarket.clob-url");
    }

    @Test void theSizerIsChosenInConfig() {
        PolybotConfig defaults = PolybotConfig.load(null, Map.of());
        assertThat(defaults.execution().sizer()).isEqualTo(PolybotConfig.SizerKind.FIXED);
        assertThat(defaults.execution().heartbeatInterval()).isEqualTo(Duration.ofSeconds(5));
        PolybotConfig kelly = PolybotConfig.load(null, Map.of("polybot.execution.sizer", "kelly", "polybot.execution.kelly.fraction", "0.5"));
        assertThat(kelly.execution().sizer()).isEqualTo(PolybotConfig.SizerKind.KELLY);
        assertThat(kelly.execution().kellyFraction()).isEqualByComparingTo("0.5");
        assertThatThrownBy(() -> PolybotConfig.load(null, Map.of("polybot.execution.sizer", "martingale")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("execution.sizer must be fixed, proportional or kelly");
    }

    @Test void aMissingConfigFileIsAClearError() {
        assertThatThrownBy(() -> PolybotConfig.load(dir.resolve("nope.conf"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("config file not found");
    }
}
