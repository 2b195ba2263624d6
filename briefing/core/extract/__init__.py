"""Extraction: names, dates, places, event frames and each article's main event."""
