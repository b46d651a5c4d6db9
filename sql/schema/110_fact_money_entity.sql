-- Bridge: each money mention linked to every entity of its sentence, with the entity's role in it
-- (payer | recipient | other; rules in transforms/parties.py). A money mention is identified by
-- (article_id, money_start_char) in fact_money_mention, an entity mention by (article_id, entity_start_char)
-- in fact_entity_mention.
CREATE TABLE IF NOT EXISTS fact_money_entity (
    article_id         BIGINT NOT NULL,
    money_start_char   INTEGER NOT NULL,
    entity_start_char  INTEGER NOT NULL,
    entity_key         VARCHAR NOT NULL,
    role               VARCHAR NOT NULL,
    run_id             VARCHAR NOT NULL,
    PRIMARY KEY (article_id, money_start_char, entity_start_char)
);
