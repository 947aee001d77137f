"""The published website (static HTML from Jinja2 templates) and its open data."""
