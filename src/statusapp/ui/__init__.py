"""The window. Imports the core; the core never imports this package."""
