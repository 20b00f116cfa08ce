"""The Feedback page's dialogs and undoable commands."""
