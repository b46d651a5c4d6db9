"""Curated lexicons (CSV), shipped as package data `transforms.lexicons`; the inbox and warehouse are not."""
