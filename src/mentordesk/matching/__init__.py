"""Scoring mentor–mentee pairs and solving the batch-wide assignment: NumPy arrays in, pairs out."""

from mentordesk.matching.solver import solve

__all__ = ["solve"]
