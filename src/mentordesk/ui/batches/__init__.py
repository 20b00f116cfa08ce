"""The Batches page: the batches, their figures, and the dialogs that create and edit them."""
