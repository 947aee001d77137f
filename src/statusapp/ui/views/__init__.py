"""Widgets and dialogs that lay out what the window shows and emit what the user asks for;
the logic behind them is in ui/controllers."""
