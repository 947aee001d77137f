"""The report's vocabulary, below every format writer (excel/, documents/, the window's PDF):
captions and labels, the green and blue tables as rows, the selection an export makes, and the
overview's counts. Plain objects from the domain; no database, no file format, no Qt."""
