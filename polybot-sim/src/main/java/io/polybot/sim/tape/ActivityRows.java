package io.polybot.sim.tape;

import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.matching.MakerFill;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.world.SimMarket;
import io.polybot.sim.world.SimWallet;
import io.polybot.sim.world.World;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Turns engine trades into public activity rows, with the market and profile data of the world. */
public final class ActivityRows {
    private final World world;

    public ActivityRows(World world) { this.world = world; }

    /** The taker's row: each fill once (Data API {@code takerOnly=true}, RTDS). */
    public ActivityRow taker(Trade trade) {
        return row(trade, trade.taker(), trade.side(), trade.token(), trade.size(), trade.price());
    }

    /** One row per maker order filled, on the maker's side, token (the complement for a minted or merged pair) and price. */
    public List<ActivityRow> makers(Trade trade) {
        return trade.makerFills().stream().map((MakerFill f) -> row(trade, f.maker(), f.side(), f.token(), f.size(), f.price())).toList();
    }

    /** The rows of {@code wallet} in this trade: its taker row and its maker fills. */
    public List<ActivityRow> of(Trade trade, WalletAddress wallet) {
        List<ActivityRow> out = new java.util.ArrayList<>();
        if (trade.taker().equals(wallet)) out.add(taker(trade));
        for (MakerFill f : trade.makerFills())
            if (f.maker().equals(wallet)) out.add(row(trade, f.maker(), f.side(), f.token(), f.size(), f.price()));
        return out;
    }

    private ActivityRow row(Trade trade, WalletAddress wallet, Side side, TokenId token, BigDecimal size, BigDecimal price) {
        Optional<SimMarket> market = world.market(trade.market());
        Optional<SimWallet> profile = world.wallet(wallet);
        Optional<OutcomeToken> outcome = market.flatMap(m -> m.market().token(token));
        return new ActivityRow(wallet.value(), side.name(), token.value(), trade.market().value(),
                size.stripTrailingZeros(), price.stripTrailingZeros(), trade.matchTime().getEpochSecond(),
                market.map(m -> m.market().question()).orElse(""), market.map(m -> m.market().slug()).orElse(""), "",
                market.map(m -> m.market().eventSlug()).orElse(""), outcome.map(OutcomeToken::outcome).orElse(trade.outcome()),
                outcome.map(OutcomeToken::outcomeIndex).orElse(trade.outcomeIndex()),
                profile.map(SimWallet::name).orElse(""), profile.map(SimWallet::pseudonym).orElse(""), "", "", "",
                trade.transactionHash());
    }
}
