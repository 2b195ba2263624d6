"""The core: ingest, analysis, cache and the workspace facade. Never imports Textual."""
