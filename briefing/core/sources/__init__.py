"""Reading sources: finding article files and reading each format into an `Article`."""
