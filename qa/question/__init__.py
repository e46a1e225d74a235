"""Question analysis: language and script, how the question is put, the slot it asks for, the fact it needs."""
from qa.question.analysis import (Question, analyse, colloquial, content_terms, detect_lang, search_query,
                                  structure_of, yes_no_frame)
from qa.question.forms import Asks, Expects, Form

__all__ = ["Asks", "Expects", "Form", "Question", "analyse", "colloquial", "content_terms", "detect_lang",
           "search_query", "structure_of", "yes_no_frame"]
