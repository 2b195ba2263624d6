"""The Textual app: a thin front end over the workspace facade."""
