package io.polybot.sim;

import io.javalin.http.Context;
import io.polybot.core.json.Json;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.http.ApiError;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.tape.ActivityRows;
import io.polybot.sim.world.SimTruth;
import io.polybot.sim.world.World;
import io.polybot.sim.world.WorldDriver;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Operator and test endpoints under {@code /sim}: fund an account, read the truth, make the whale trade. */
final class SimOpsApi {
    private final World world;
    private final MatchingEngine engine;
    private final WorldDriver driver;
    private final ActivityRows rows;

    SimOpsApi(World world, MatchingEngine engine, WorldDriver driver, ActivityRows rows) {
        this.world = world;
        this.engine = engine;
        this.driver = driver;
        this.rows = rows;
    }

    /** {@code POST /sim/fund {"address": "0x...", "pusd": "1000"}}: credits pUSD, answers the new balance. */
    void fund(Context ctx) {
        JsonNode body = Json.mapper().readTree(ctx.body());
        WalletAddress address;
        BigDecimal pusd;
        try {
            address = new WalletAddress(body.path("address").asString(""));
            pusd = new BigDecimal(body.path("pusd").asString("").trim());
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("expected {\"address\": \"0x...\", \"pusd\": \"<amount>\"}");
        }
        if (pusd.signum() <= 0) throw ApiError.badRequest("pusd must be > 0");
        engine.creditPusd(address, pusd);
        ctx.json(Map.of("address", address.value(), "pusd", engine.balances(address).pusd().toPlainString()));
    }

    void truth(Context ctx) {
        ctx.json(view(world.truth()));
    }

    static Map<String, Object> view(SimTruth truth) {
        Map<String, Object> wallets = new LinkedHashMap<>();
        truth.walletTypes().entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
                .forEach(e -> wallets.put(e.getKey().value(), e.getValue().name()));
        Map<String, Object> markets = new LinkedHashMap<>();
        truth.trueProbabilities().entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
                .forEach(e -> markets.put(e.getKey().value(), e.getValue()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seed", truth.seed());
        out.put("wallets", wallets);
        out.put("linkedGroups", truth.linkedGroups().stream().map(g -> g.stream().map(WalletAddress::value).toList()).toList());
        out.put("markets", markets);
        return out;
    }

    /** {@code POST /sim/whale-trade}: the informed wallet trades now; answers its public trade row. */
    void whaleTrade(Context ctx) {
        Optional<Trade> trade = driver.triggerWhaleTrade();
        if (trade.isEmpty()) throw new ApiError(409, "the informed wallet found nothing to buy");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tradeId", trade.get().id());
        out.put("notional", trade.get().notional().stripTrailingZeros());
        out.put("trade", rows.taker(trade.get()));
        ctx.json(out);
    }
}
