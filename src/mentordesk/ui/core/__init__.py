"""What every page shares: the page base, background work, undo, errors, labels, table models."""
