-- The run's largest amounts, for its table artifact.
SELECT a.path, m.surface_text, m.amount, m.currency_code, m.sentence_text
FROM fact_money_mention m JOIN dim_article a USING (article_id)
WHERE m.run_id = $run_id
ORDER BY m.amount DESC, a.path, m.start_char
LIMIT 15;
