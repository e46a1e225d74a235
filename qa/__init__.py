"""Retrieval, the extractive answerer, the pipeline, configuration and the `qa` command."""
