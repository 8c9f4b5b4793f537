"""The evaluation harness: score an assistant against a test set and report it.

``datasets`` (records, loaders, row validation; ``fields`` reads one field, ``squad`` turns SQuAD into
rows) -> ``gold`` (checks against the index) -> ``metrics`` (pure functions) -> ``scoring`` (rows,
summaries, comparison) -> ``report`` (HTML from ``templates/``, terminal tables) -> ``run``
(``evaluate``, ``Report``). Nothing is imported here, so ``import assistant.eval`` stays cheap.
"""
