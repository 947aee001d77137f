"""The window's logic: what happens when someone edits, undoes, filters, consolidates or
exports. Controllers call services and drive views; they lay nothing out themselves."""
