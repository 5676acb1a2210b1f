"""Errors the library raises. Messages are Dutch, name the file and say what to do next.

``cli.py`` is the only place that catches them and shows them to a person.
"""

from __future__ import annotations

# Exit codes of every command: all fine, some file failed (or a library error), nothing usable.
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_NOTHING = 2


class RaadsassistentError(Exception):
    """Base class: ``str(error)`` is a complete Dutch message for the user."""

    code = "fout"

    def __init__(self, message: str, *, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


class PdfError(RaadsassistentError):
    """A file that cannot be read as a usable PDF. ``code`` says why, for records."""

    def __init__(self, message: str, *, path: str | None = None, code: str = "pdf"):
        super().__init__(message, path=path)
        self.code = code


class ModelError(RaadsassistentError):
    """A missing, damaged or incompatible trained model.

    It means the installation is broken, so it stops a whole run instead of failing files.
    """

    code = "model"


class StoreError(RaadsassistentError):
    """A database that cannot be opened, written or queried."""

    code = "database"


class InputError(RaadsassistentError):
    """Malformed user input other than PDFs (JSON lines, queries, ZIP files)."""

    code = "invoer"
