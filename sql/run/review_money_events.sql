-- Doubtful pairs of reports for `news-etl money-events` (money_event_doubt: the same figure sharing only a
-- purpose phrase, or an anchor with dates that disagree), current versions, largest amounts first; with
-- what a curated line names them by (path, start character of the first money mention).
SELECT
    d.reason,
    e.amount, e.currency_code,
    a.path, e.first_money_start_char, e.first_sentence_text,
    o.amount AS other_amount, o.currency_code AS other_currency,
    oa.path AS other_path, o.first_money_start_char AS other_start_char, o.first_sentence_text AS other_sentence
FROM money_event_doubt d
JOIN fact_money_event e ON e.article_id = d.article_id AND e.event_index = d.event_index
JOIN dim_article a ON a.article_id = e.article_id AND a.is_current
JOIN fact_money_event o ON o.article_id = d.other_article_id AND o.event_index = d.other_event_index
JOIN dim_article oa ON oa.article_id = o.article_id AND oa.is_current
WHERE e.money_event_key IS DISTINCT FROM o.money_event_key
ORDER BY e.amount DESC, a.path, e.first_money_start_char
LIMIT $limit;
