"""Scoring mentor–mentee pairs and solving the batch-wide assignment: NumPy arrays in, pairs out."""
