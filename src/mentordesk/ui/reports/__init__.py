"""The Reports page: the batch's PDF summary, its preview, and the Excel export."""
