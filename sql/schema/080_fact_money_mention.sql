-- One row per monetary amount or range. Amounts are exact: DECIMAL(38,4), never floating point.
-- A range has amount_low < amount_high and amount = amount_low; a single amount has all three equal.
CREATE TABLE IF NOT EXISTS fact_money_mention (
    article_id         BIGINT NOT NULL,
    amount             DECIMAL(38, 4) NOT NULL,
    amount_low         DECIMAL(38, 4) NOT NULL,
    amount_high        DECIMAL(38, 4) NOT NULL,
    currency_code      VARCHAR NOT NULL,
    currency_inferred  BOOLEAN NOT NULL,     -- true when the text did not pin the ISO code down ("$")
    qualifier          VARCHAR,              -- about | nearly | more than | at least | up to | less than
    per                VARCHAR,              -- each | share | person | year | month | ...
    surface_text       VARCHAR NOT NULL,
    start_char         INTEGER NOT NULL,
    end_char           INTEGER NOT NULL,
    sentence_index     INTEGER NOT NULL,
    sentence_text      VARCHAR NOT NULL,
    source             VARCHAR NOT NULL,     -- ner+rules | rules
    run_id             VARCHAR NOT NULL,
    PRIMARY KEY (article_id, start_char)      -- a mention is its article version and offset
);
