"""Rendering and export: a briefing as Markdown, and saving it."""
