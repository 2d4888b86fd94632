// LineEditor: in progress.
