"""DOCX output: `write_docx(doc) -> bytes`."""
from .writer import write_docx

__all__ = ["write_docx"]
