"""Render: the interactive HTML explorer."""
