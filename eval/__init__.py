"""Gold question sets, the evaluation runner, metrics and reports."""
