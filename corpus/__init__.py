"""Documents and ingestion: loaders, the plan's structure parser and chunking into cited chunks."""
from corpus.ingest import SUPPORTED_SUFFIXES, collect_paths, ingest_file, ingest_text
from corpus.models import Chunk, Document, DocumentError, DocumentTooLarge, Limits

__all__ = ["Chunk", "Document", "DocumentError", "DocumentTooLarge", "Limits", "SUPPORTED_SUFFIXES", "collect_paths", "ingest_file", "ingest_text"]
