-- Whether the wallet was the maker of a stored trade (issue 5). RTDS reports each fill once, on its
-- taker side, and says nothing about makers; the Data API's takerOnly=false adds the maker rows, so a
-- backfill can tell. NULL: not known (the trade came from a feed that does not say).
ALTER TABLE whale_trades ADD COLUMN maker BOOLEAN;
CREATE INDEX whale_trades_maker_idx ON whale_trades (wallet) WHERE maker;
