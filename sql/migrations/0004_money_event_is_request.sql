-- Asked for, offered or planned ("is seeking $300 million", "a $4.9 billion bid"), not a completed transfer;
-- NULL on events loaded before the flag existed.
ALTER TABLE fact_money_event ADD COLUMN is_request BOOLEAN;
