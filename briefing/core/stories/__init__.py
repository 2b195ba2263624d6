"""Stories: the articles that report the same real-world event, grouped."""
