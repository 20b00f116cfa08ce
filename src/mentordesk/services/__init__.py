"""Use cases of the coordinator, in plain Python: the window, the CLI and the tests share them."""
