package io.polybot.sim;

import io.javalin.http.Context;
import io.polybot.core.json.Json;
import io.polybot.core.market.ConditionId;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.funding.Funding;
import io.polybot.sim.funding.FundingTransfer;
import io.polybot.sim.http.ApiError;
import io.polybot.sim.http.Params;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.resolution.Redemption;
import io.polybot.sim.resolution.Settlement;
import io.polybot.sim.tape.ActivityRows;
import io.polybot.sim.world.LinkedGroup;
import io.polybot.sim.world.SimMarket;
import io.polybot.sim.world.SimTruth;
import io.polybot.sim.world.World;
import io.polybot.sim.world.SimDriver;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operator and test endpoints under {@code /sim}: fund an account, read the truth, make the whale
 * trade, read funding transfers (the chain's public record, not truth), redeem resolved positions.
 */
final class SimOpsApi {
    private final World world;
    private final MatchingEngine engine;
    private final SimDriver driver;
    private final ActivityRows rows;
    private final Settlement settlement;
    private final Funding funding;

    SimOpsApi(World world, MatchingEngine engine, SimDriver driver, ActivityRows rows, Settlement settlement, Funding funding) {
        this.world = world;
        this.engine = engine;
        this.driver = driver;
        this.rows = rows;
        this.settlement = settlement;
        this.funding = funding;
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
        ctx.json(view(world.truth(), world, settlement));
    }

    /**
     * The truth as JSON: {@code wallets} (address to type), {@code linkedGroups} (owner, funder,
     * behaviour, wallets), {@code markets} (condition id to true "Yes" probability), and
     * {@code outcomes} (condition id to winning token and outcome, for markets resolved so far).
     */
    static Map<String, Object> view(SimTruth truth, World world, Settlement settlement) {
        Map<String, Object> wallets = new LinkedHashMap<>();
        truth.walletTypes().entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
                .forEach(e -> wallets.put(e.getKey().value(), e.getValue().name()));
        Map<String, Object> markets = new LinkedHashMap<>();
        truth.trueProbabilities().entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.value().compareTo(b.value())))
                .forEach(e -> markets.put(e.getKey().value(), e.getValue()));
        Map<String, Object> outcomes = new LinkedHashMap<>();
        for (SimMarket m : world.markets()) {
            settlement.resolution(m.market().conditionId()).ifPresent(r -> outcomes.put(m.market().conditionId().value(), Map.of(
                    "winner", r.winner().value(),
                    "outcome", m.market().token(r.winner()).map(t -> t.outcome()).orElse(""),
                    "resolvedAt", r.time().toString())));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seed", truth.seed());
        out.put("wallets", wallets);
        out.put("linkedGroups", truth.linkedGroups().stream().map(SimOpsApi::group).toList());
        out.put("markets", markets);
        out.put("outcomes", outcomes);
        return out;
    }

    private static Map<String, Object> group(LinkedGroup g) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("owner", g.owner());
        out.put("funder", g.funder().value());
        out.put("behaviour", g.behaviour().name());
        out.put("wallets", g.wallets().stream().map(WalletAddress::value).toList());
        return out;
    }

    /**
     * {@code GET /sim/funding[?user=0x...]}: collateral transfers into wallets ({@code from}, {@code to},
     * {@code amount}, {@code timestamp} in seconds, {@code transactionHash}), as a chain explorer shows
     * them. Evidence, not truth: exchange hot wallets fund many unrelated wallets.
     */
    void funding(Context ctx) {
        Optional<WalletAddress> user = Params.text(ctx, "user").map(SimOpsApi::address);
        ctx.json(funding.transfers(user).stream().map(SimOpsApi::transfer).toList());
    }

    private static Map<String, Object> transfer(FundingTransfer t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", t.from().value());
        out.put("to", t.to().value());
        out.put("amount", t.amount().stripTrailingZeros());
        out.put("timestamp", t.time().getEpochSecond());
        out.put("transactionHash", t.transactionHash());
        return out;
    }

    /** {@code POST /sim/redeem {"address": "0x..."}}: redeems the wallet's positions in resolved markets. */
    void redeem(Context ctx) {
        JsonNode body = Json.mapper().readTree(ctx.body());
        WalletAddress address = address(body.path("address").asString(""));
        List<Redemption> made = settlement.redeemAll(address);
        ctx.json(Map.of("address", address.value(), "redeemed", made.stream().map(r -> Map.of(
                "conditionId", r.market().value(), "shares", r.shares().stripTrailingZeros(),
                "payout", r.payout().stripTrailingZeros(), "transactionHash", r.transactionHash())).toList(),
                "pusd", engine.balances(address).pusd().stripTrailingZeros().toPlainString()));
    }

    /** {@code POST /sim/resolve {"conditionId": "0x..."}}: resolves a market now, to its drawn outcome (tests, operators). */
    void resolve(Context ctx) {
        JsonNode body = Json.mapper().readTree(ctx.body());
        SimMarket market;
        try {
            market = world.market(new ConditionId(body.path("conditionId").asString(""))).orElseThrow(() -> ApiError.notFound("market not found"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("expected {\"conditionId\": \"0x...\"}");
        }
        driver.resolveNow(market);
        ctx.json(Map.of("conditionId", market.market().conditionId().value(), "winner", market.winner().tokenId().value()));
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

    private static WalletAddress address(String raw) {
        try {
            return new WalletAddress(raw);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid address");
        }
    }
}
