CREATE TABLE IF NOT EXISTS fact_date_mention (
    article_id      BIGINT NOT NULL,
    surface_text    VARCHAR NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence_text   VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL
);
