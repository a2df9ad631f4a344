"""Reading a text file of the data: UTF-8 (a byte order mark allowed), within the size limit,
without control characters; each problem named with its line."""
from __future__ import annotations

from pathlib import Path

from ..errors import MAX_FILE, SpreportError, control_character


def read_text(path: Path, shown: str) -> str:
    try:
        if path.stat().st_size > MAX_FILE:
            raise SpreportError(f"larger than {MAX_FILE // 1_000_000} MB: not a file of the "
                                "year's data", shown)
        raw = path.read_bytes()
    except OSError as exc:
        raise SpreportError(f"cannot read: {exc.strerror}", shown) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise SpreportError(f"not UTF-8 text: byte 0x{raw[exc.start]:02x} (save the file as "
                            "UTF-8)", shown, line) from None
    found = control_character(text)
    if found:
        line, char = found
        raise SpreportError(f"a control character U+{ord(char):04X}: remove it", shown, line)
    return text


def first_occurrence(char: str, folders, root: Path) -> tuple[str, int] | None:
    """The first file below `folders` (inside `root`), and its line, whose text holds `char`."""
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".yaml", ".csv", ".j2", ".po") or not path.is_file() \
                    or not path.resolve().is_relative_to(root):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            if char in text:
                return str(path.relative_to(root)), text.count("\n", 0, text.index(char)) + 1
    return None
