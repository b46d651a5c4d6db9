-- Money mentioned per currency and publication year (current article versions only).
CREATE OR REPLACE VIEW mart_money_by_currency_year AS
SELECT
    m.currency_code,
    c.currency_name,
    year(a.published_date) AS year,
    count(*) AS mentions,
    sum(m.amount) AS total_amount,
    count(DISTINCT m.article_id) AS articles
FROM fact_money_mention m
JOIN dim_article a USING (article_id)
LEFT JOIN dim_currency c USING (currency_code)
WHERE a.is_current
GROUP BY ALL
ORDER BY m.currency_code, year;
