CREATE TABLE IF NOT EXISTS fact_entity_mention (
    article_id      BIGINT NOT NULL,
    entity_key      VARCHAR NOT NULL,
    label           VARCHAR NOT NULL,
    surface_text    VARCHAR NOT NULL,
    start_char      INTEGER NOT NULL,        -- offsets into dim_article.body
    end_char        INTEGER NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence_text   VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL
);
