"""The briefing: facts, the bottom line, key points, actors, timeline and changes."""
