-- Bridge: which money mentions (fact_money_mention by article_id + start_char) report each money event.
-- A distributive mention ("$1 million each in 2011 and 2016") reports several events.
CREATE TABLE IF NOT EXISTS fact_money_event_mention (
    article_id        BIGINT NOT NULL,
    event_index       INTEGER NOT NULL,
    money_start_char  INTEGER NOT NULL,
    run_id            VARCHAR NOT NULL,
    PRIMARY KEY (article_id, event_index, money_start_char)
);
