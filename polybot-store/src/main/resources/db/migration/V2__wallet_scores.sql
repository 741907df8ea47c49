-- Wallet scores as history (issue 5): one row per wallet per scoring run, so a score can be
-- followed over time. The latest run is also copied into the score columns of `whales`.
-- Ratios are NUMERIC rounded to 6 decimals by the scorer; money is exact.

CREATE TABLE wallet_scores (
    id                         BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    address                    TEXT        NOT NULL,
    computed_at                TIMESTAMPTZ NOT NULL,
    trades                     INTEGER     NOT NULL CHECK (trades >= 0),
    -- finished positions in the sample, and the distinct events among them (the honest sample size)
    positions                  INTEGER     NOT NULL CHECK (positions >= 0),
    independent_events         INTEGER     NOT NULL CHECK (independent_events >= 0),
    wins                       INTEGER     NOT NULL CHECK (wins >= 0),
    win_rate                   NUMERIC     NOT NULL,
    win_rate_lower             NUMERIC     NOT NULL,
    win_rate_upper             NUMERIC     NOT NULL,
    rolling_positions          INTEGER     NOT NULL,
    rolling_wins               INTEGER     NOT NULL,
    rolling_win_rate           NUMERIC     NOT NULL,
    rolling_win_rate_lower     NUMERIC     NOT NULL,
    rolling_win_rate_upper     NUMERIC     NOT NULL,
    average_entry_price        NUMERIC     NOT NULL,
    sharpe                     NUMERIC     NOT NULL,
    kelly_fraction             NUMERIC     NOT NULL,
    expected_value_per_dollar  NUMERIC     NOT NULL,
    realised_pnl               NUMERIC     NOT NULL,
    markout_1h                 NUMERIC     NOT NULL,
    markout_1h_trades          INTEGER     NOT NULL,
    markout_24h                NUMERIC     NOT NULL,
    markout_24h_trades         INTEGER     NOT NULL,
    decayed                    BOOLEAN     NOT NULL,
    score                      NUMERIC     NOT NULL,
    -- set when the wallet was scored with its linked group (trades pooled, one sample)
    linked_group               TEXT,
    classification             TEXT,
    classification_evidence    JSONB       NOT NULL DEFAULT '{}'::jsonb,
    UNIQUE (address, computed_at)
);
CREATE INDEX wallet_scores_address_time_idx ON wallet_scores (address, computed_at DESC);
CREATE INDEX wallet_scores_time_idx ON wallet_scores (computed_at DESC);
