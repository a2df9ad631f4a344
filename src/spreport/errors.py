"""Errors a user can act on: where the problem is and what was expected."""
from __future__ import annotations


class SpreportError(Exception):
    """A problem in the input; the CLI prints it and exits with code 2."""

    def __init__(self, message: str, file: str | None = None, line: int | None = None,
                 field: str | None = None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.field = field

    def __str__(self) -> str:
        where = self.file or ""
        if self.line is not None:
            where += f":{self.line}"
        parts = [where] if where else []
        if self.field:
            parts.append(self.field)
        parts.append(self.message)
        return ": ".join(parts)


def inside(path, root, shown: str | None = None):
    """`path`, if it and whatever it links to lie inside the project `root`; a file that is, or
    links to, one outside is refused: nothing outside the project is read."""
    from pathlib import Path
    target = Path(path).resolve()
    if not target.is_relative_to(Path(root).resolve()):
        raise SpreportError(f"a file outside the project may not be read (this links to "
                            f"{target})", shown or str(path))
    return path
