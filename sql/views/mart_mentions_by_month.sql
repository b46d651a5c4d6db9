-- Articles, entity mentions and money mentions per publication month (current versions, dated articles).
CREATE OR REPLACE VIEW mart_mentions_by_month AS
WITH article_month AS (
    SELECT article_id, date_trunc('month', published_date)::DATE AS month
    FROM dim_article
    WHERE is_current AND published_date IS NOT NULL
),
articles AS (SELECT month, count(*) AS articles FROM article_month GROUP BY month),
entities AS (
    SELECT month, count(*) AS entity_mentions
    FROM fact_entity_mention JOIN article_month USING (article_id) GROUP BY month
),
money AS (
    SELECT month, count(*) AS money_mentions
    FROM fact_money_mention JOIN article_month USING (article_id) GROUP BY month
)
SELECT
    month,
    year(month) AS year,
    monthname(month) AS month_name,
    articles,
    coalesce(entity_mentions, 0) AS entity_mentions,
    coalesce(money_mentions, 0) AS money_mentions
FROM articles
LEFT JOIN entities USING (month)
LEFT JOIN money USING (month)
ORDER BY month;
