CREATE TABLE IF NOT EXISTS fact_entity_mention (
    article_id      BIGINT NOT NULL,
    entity_key      VARCHAR NOT NULL,
    label           VARCHAR NOT NULL,
    surface_text    VARCHAR NOT NULL,
    start_char      INTEGER NOT NULL,        -- offsets into dim_article.body
    end_char        INTEGER NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence_text   VARCHAR NOT NULL,
    run_id          VARCHAR NOT NULL,
    PRIMARY KEY (article_id, start_char)      -- a mention is its article version and offset
);

-- A title split off a person's name ("Prime Minister", "President"); see transforms/resolve.py.
ALTER TABLE fact_entity_mention ADD COLUMN IF NOT EXISTS role VARCHAR;

-- Every surface form an entity was written as, with how often (current and past versions alike).
CREATE TABLE IF NOT EXISTS dim_entity_alias (
    entity_key    VARCHAR NOT NULL,
    surface_text  VARCHAR NOT NULL,
    mentions      BIGINT NOT NULL,
    PRIMARY KEY (entity_key, surface_text)
);
