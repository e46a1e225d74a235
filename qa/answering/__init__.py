"""Answering: one small unit per answer kind behind one interface, tried in a declared order (answerer.KINDS)."""
from qa.answering.answerer import KINDS, Answerer, Kind
from qa.answering.base import Candidate, Context, Extraction, term_coverage
from qa.answering.fact import has_expected_fact

__all__ = ["KINDS", "Answerer", "Candidate", "Context", "Extraction", "Kind", "has_expected_fact", "term_coverage"]
