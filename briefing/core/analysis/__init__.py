"""Analysis: the spaCy pipeline, run once per article, into a plain `Analysis` (cached)."""
