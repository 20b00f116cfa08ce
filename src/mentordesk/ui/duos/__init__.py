"""The curation board's parts: undoable commands, the weights-and-rules dialog, drop-aware views."""
