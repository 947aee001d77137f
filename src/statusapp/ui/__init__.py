"""The window. Imports the core; the core never imports this package.

Where things are:
- `ui/` itself: starting the program (launch, application), the main window that assembles
  the parts, and what the parts receive of it (window_parts).
- `ui/models/`: what the window shows as Qt models and presentation rules (the tree over typed
  nodes, how statuses look, how a round is worded).
- `ui/views/`: widgets and dialogs that lay out and emit what the user asks for; the editor
  pages are in `ui/views/editors/`.
- `ui/controllers/`: the logic behind them: edits and undo through services, rounds, filters,
  menus, exports. A controller calls services and drives views; it lays nothing out.
"""
