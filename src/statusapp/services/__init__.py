"""Services: the operations the CLI and the window share. Each call is one unit of work."""
