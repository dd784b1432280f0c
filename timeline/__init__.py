"""Build a source-cited event timeline website from a folder of news articles.

The pipeline runs in one direction, one module a stage:

    sources (articles) -> temporal (time expressions) -> events (event mentions)
    -> merge (events) -> store (YAML a person edits) -> site (Markdown, exports) -> mkdocs

Every stage is importable and pure at its core; `timeline.cli` is a thin layer over
`timeline.pipeline`.
"""

__version__ = "0.1.0"
