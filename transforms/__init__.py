"""Pure-Python extraction: read article files, run spaCy, normalise entities, money and dates.

Nothing in this package imports Prefect or the warehouse; every function takes its settings as arguments.
"""
