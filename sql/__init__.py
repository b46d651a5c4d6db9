"""The SQL of the warehouse, shipped as package data (`news_etl.sql`): migrations/, versioning/, reference/,
load/, run/, views/."""
