"""The SQL of the warehouse, shipped as package data (`news_etl.sql`): schema/, load/, run/, views/."""
