-- The last kill or release (issue 6): a restarted role starts in the state the operator left, so a
-- kill survives a crash or a restart until someone releases it. One row.
CREATE TABLE trading_state (
    id      SMALLINT    PRIMARY KEY CHECK (id = 1),
    state   TEXT        NOT NULL,
    reason  TEXT        NOT NULL,
    set_by  TEXT        NOT NULL,
    since   TIMESTAMPTZ NOT NULL
);
