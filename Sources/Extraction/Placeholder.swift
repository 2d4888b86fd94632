// Extraction: in progress.
