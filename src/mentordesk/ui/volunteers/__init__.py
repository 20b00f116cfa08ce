"""The Volunteers page: everyone who applied to the current batch."""
