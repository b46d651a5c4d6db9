-- Money per purpose (the programme, law, fund, project or deal: transforms/purpose.py) and currency
-- (current versions, rates excluded). Grain: purpose × currency; sums warehouse money events (a figure
-- reported by several articles counts once). `purpose` is the entity's name, else the purpose phrase.
-- depends on: int_money_event_warehouse
CREATE OR REPLACE VIEW mart_money_by_purpose AS
SELECT
    purpose,
    purpose_label,                             -- LAW | ORG | EVENT | PRODUCT; NULL for a phrase
    currency_code,
    count(*) AS events,
    sum(amount) AS total_amount,
    sum(amount_usd) AS total_usd,
    sum(reported_in_articles) AS reports_in_articles,
    len(list_distinct(flatten(list(article_ids)))) AS articles
FROM int_money_event_warehouse
WHERE NOT is_rate AND purpose IS NOT NULL
GROUP BY ALL
ORDER BY currency_code, total_amount DESC, purpose;
