"""The programme's concepts and the definitions of its figures, free of storage and interface."""
