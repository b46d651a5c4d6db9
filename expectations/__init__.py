"""The Great Expectations suites, one JSON file per loaded table, shipped as package data (`news_etl.expectations`)."""
