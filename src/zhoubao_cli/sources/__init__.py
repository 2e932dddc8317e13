"""Reading submissions: every file the units send becomes a list of text lines, or a clear error."""
