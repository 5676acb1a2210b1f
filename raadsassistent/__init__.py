"""raadsassistent: reads council PDFs and writes short, faithful, page-cited briefings.

The pipeline runs one way: extract -> segment -> classify -> summarise -> render, with
store (SQLite) beside it. Heavy libraries are imported lazily inside the stages.
"""

__version__ = "0.1.0"
