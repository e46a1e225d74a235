"""Allow `python -m qa`."""
from qa.cli import app

app()
