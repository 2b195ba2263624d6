"""The store: the SQLite cache of articles, analyses and file stats."""
