-- Polybot initial schema (ARCHITECTURE §6). Runs on PostgreSQL 15 and 17.
-- Money, prices and sizes are NUMERIC without a fixed scale, so every BigDecimal round-trips exactly.
-- All times are TIMESTAMPTZ (microsecond precision).

-- Markets and their outcome tokens ---------------------------------------------------------------

CREATE TABLE markets (
    condition_id    TEXT        PRIMARY KEY,
    question        TEXT        NOT NULL,
    slug            TEXT,
    event_slug      TEXT,
    category        TEXT,
    tick_size       NUMERIC     NOT NULL CHECK (tick_size > 0),
    min_order_size  NUMERIC     NOT NULL CHECK (min_order_size >= 0),
    neg_risk        BOOLEAN     NOT NULL,
    end_date        TIMESTAMPTZ,
    status          TEXT        NOT NULL,
    winning_token   TEXT,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX markets_event_slug_idx ON markets (event_slug);
CREATE INDEX markets_status_idx ON markets (status);

CREATE TABLE market_tokens (
    token_id        TEXT    PRIMARY KEY,
    condition_id    TEXT    NOT NULL REFERENCES markets (condition_id) ON DELETE CASCADE,
    outcome         TEXT    NOT NULL,
    outcome_index   INTEGER NOT NULL,
    -- order of the token in Market.tokens, so the list round-trips exactly
    list_position   INTEGER NOT NULL
);
CREATE INDEX market_tokens_condition_idx ON market_tokens (condition_id, list_position);

-- Whales: every scored wallet, its class and whitelist state -------------------------------------

CREATE TABLE whales (
    address                   TEXT        PRIMARY KEY,
    label                     TEXT,
    whitelisted               BOOLEAN     NOT NULL DEFAULT FALSE,
    pinned                    BOOLEAN     NOT NULL DEFAULT FALSE,
    banned                    BOOLEAN     NOT NULL DEFAULT FALSE,
    reason                    TEXT,
    -- scores from the last scoring run; NULL until the wallet has been scored
    resolved_positions        INTEGER,
    win_rate                  NUMERIC,
    rolling_win_rate          NUMERIC,
    sharpe                    NUMERIC,
    kelly_fraction            NUMERIC,
    expected_value_per_dollar NUMERIC,
    markout                   NUMERIC,
    decayed                   BOOLEAN,
    classification            TEXT,
    classification_evidence   JSONB,
    scored_at                 TIMESTAMPTZ,
    updated_at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX whales_whitelisted_idx ON whales (address) WHERE whitelisted AND NOT banned;

-- Each whitelist change with its reason (scoring job or a person).
CREATE TABLE whale_whitelist_changes (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    address     TEXT        NOT NULL,
    whitelisted BOOLEAN     NOT NULL,
    reason      TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX whale_whitelist_changes_address_idx ON whale_whitelist_changes (address, changed_at);

CREATE TABLE whale_baskets (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        TEXT        NOT NULL UNIQUE,
    category    TEXT,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE basket_wallets (
    basket_id     BIGINT      NOT NULL REFERENCES whale_baskets (id) ON DELETE CASCADE,
    address       TEXT        NOT NULL,
    -- wallets sharing a link group (same funder, synchronised trading) count as one vote
    linked_group  TEXT,
    added_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (basket_id, address)
);
CREATE INDEX basket_wallets_address_idx ON basket_wallets (address);

-- Trades of ALL wallets, stored once whichever feed delivered them -------------------------------

CREATE TABLE whale_trades (
    -- WalletTrade.id: content hash plus occurrence (one transaction may hold identical fills)
    id                TEXT        PRIMARY KEY,
    wallet            TEXT        NOT NULL,
    condition_id      TEXT        NOT NULL,
    token_id          TEXT        NOT NULL,
    outcome           TEXT,
    side              TEXT        NOT NULL CHECK (side IN ('BUY', 'SELL')),
    price             NUMERIC     NOT NULL,
    size              NUMERIC     NOT NULL,
    event_time        TIMESTAMPTZ NOT NULL,
    received_at       TIMESTAMPTZ,
    transaction_hash  TEXT,
    occurrence        INTEGER     NOT NULL CHECK (occurrence >= 0),
    source            TEXT
);
CREATE INDEX whale_trades_wallet_time_idx ON whale_trades (wallet, event_time DESC);
CREATE INDEX whale_trades_market_time_idx ON whale_trades (condition_id, event_time DESC);
CREATE INDEX whale_trades_time_idx ON whale_trades (event_time);
CREATE INDEX whale_trades_transaction_idx ON whale_trades (transaction_hash);

-- Signals, risk decisions, our orders and fills --------------------------------------------------

CREATE TABLE signals (
    id                TEXT        PRIMARY KEY,
    strategy          TEXT        NOT NULL,
    condition_id      TEXT        NOT NULL,
    token_id          TEXT        NOT NULL,
    outcome           TEXT,
    side              TEXT        NOT NULL CHECK (side IN ('BUY', 'SELL')),
    reference_price   NUMERIC     NOT NULL,
    trigger_notional  NUMERIC,
    reason            TEXT,
    provenance        JSONB       NOT NULL DEFAULT '{}'::jsonb,
    created_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX signals_created_idx ON signals (created_at DESC);
CREATE INDEX signals_strategy_created_idx ON signals (strategy, created_at DESC);

CREATE TABLE risk_decisions (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    signal_id   TEXT        NOT NULL,
    approved    BOOLEAN     NOT NULL,
    code        TEXT,
    detail      TEXT,
    figures     JSONB       NOT NULL DEFAULT '{}'::jsonb,
    decided_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX risk_decisions_signal_idx ON risk_decisions (signal_id, decided_at);
CREATE INDEX risk_decisions_decided_idx ON risk_decisions (decided_at DESC);

CREATE TABLE copy_orders (
    order_hash     TEXT        PRIMARY KEY,
    -- a signal never produces two orders
    signal_id      TEXT        NOT NULL UNIQUE,
    condition_id   TEXT        NOT NULL,
    token_id       TEXT        NOT NULL,
    side           TEXT        NOT NULL CHECK (side IN ('BUY', 'SELL')),
    price          NUMERIC     NOT NULL,
    size           NUMERIC     NOT NULL,
    filled         NUMERIC     NOT NULL,
    status         TEXT        NOT NULL,
    time_in_force  TEXT        NOT NULL,
    status_reason  TEXT,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX copy_orders_status_idx ON copy_orders (status);
CREATE INDEX copy_orders_created_idx ON copy_orders (created_at DESC);
CREATE INDEX copy_orders_token_idx ON copy_orders (token_id);

CREATE TABLE fills (
    -- the venue trade id; keyed with the order hash because one venue trade can match
    -- several of our resting orders
    trade_id      TEXT        NOT NULL,
    order_hash    TEXT        NOT NULL,
    condition_id  TEXT        NOT NULL,
    token_id      TEXT        NOT NULL,
    side          TEXT        NOT NULL CHECK (side IN ('BUY', 'SELL')),
    price         NUMERIC     NOT NULL,
    size          NUMERIC     NOT NULL,
    fee           NUMERIC     NOT NULL,
    event_time    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (trade_id, order_hash)
);
CREATE INDEX fills_order_idx ON fills (order_hash, event_time);
CREATE INDEX fills_time_idx ON fills (event_time DESC);

-- Positions and PnL ------------------------------------------------------------------------------

CREATE TABLE positions (
    token_id      TEXT        PRIMARY KEY,
    condition_id  TEXT        NOT NULL,
    outcome       TEXT,
    size          NUMERIC     NOT NULL CHECK (size >= 0),
    cost_basis    NUMERIC     NOT NULL,
    realized_pnl  NUMERIC     NOT NULL,
    fees          NUMERIC     NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX positions_condition_idx ON positions (condition_id);

CREATE TABLE daily_pnl (
    day             DATE        PRIMARY KEY,
    realized_pnl    NUMERIC     NOT NULL,
    unrealized_pnl  NUMERIC     NOT NULL,
    equity          NUMERIC     NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

-- Strategy parameters and state ------------------------------------------------------------------

CREATE TABLE strategy_state (
    strategy    TEXT        NOT NULL,
    key         TEXT        NOT NULL,
    value       JSONB       NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (strategy, key)
);

-- Operations: dead letters, users, audit log -----------------------------------------------------

CREATE TABLE dead_letters (
    id                 BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    original_id        TEXT,
    topic              TEXT,
    consumer_group     TEXT,
    type               TEXT,
    error              TEXT,
    deliveries         INTEGER     NOT NULL,
    -- TEXT, not JSONB: the payload may be the malformed message that failed
    original_payload   TEXT,
    failed_at          TIMESTAMPTZ NOT NULL,
    status             TEXT        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RETRIED', 'DISCARDED')),
    status_changed_at  TIMESTAMPTZ
);
CREATE INDEX dead_letters_open_idx ON dead_letters (failed_at) WHERE status = 'OPEN';

CREATE TABLE users (
    id             BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username       TEXT        NOT NULL UNIQUE,
    password_hash  TEXT        NOT NULL,
    role           TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE audit_log (
    id           BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor        TEXT        NOT NULL,
    action       TEXT        NOT NULL,
    detail       TEXT,
    recorded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log (recorded_at DESC);

-- Market data archive (books, price changes, trades) for replay and backtests ---------------------

CREATE TABLE tick_archive (
    id            BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_id      TEXT        NOT NULL,
    condition_id  TEXT,
    kind          TEXT        NOT NULL,
    event_time    TIMESTAMPTZ NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL,
    payload       JSONB       NOT NULL
);
CREATE INDEX tick_archive_token_time_idx ON tick_archive (token_id, event_time);
