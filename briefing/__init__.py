"""briefing: sourced briefings from a folder of news articles, in the terminal, offline."""

__version__ = "0.1.0"
