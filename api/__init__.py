"""The HTTP API (FastAPI), its schemas, and the chat widget with its demo page."""
