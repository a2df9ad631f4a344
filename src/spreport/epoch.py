"""SOURCE_DATE_EPOCH, the reproducible-builds timestamp, read and checked in one place; the
time a document's files are dated."""
from __future__ import annotations

import os
from datetime import date, datetime, timezone

from .errors import SpreportError, shown

LATEST = 253402300799  # 9999-12-31T23:59:59Z, the last second a datetime can hold


def source_date_epoch() -> int | None:
    """SOURCE_DATE_EPOCH in seconds since 1970-01-01 UTC, or None when unset or empty."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    if not value:
        return None
    if not (value.isascii() and value.isdigit()):
        raise SpreportError("SOURCE_DATE_EPOCH: expected a whole number of seconds since "
                            f"1970-01-01 (as `date +%s` prints), got {shown(value, 40)}")
    if int(value) > LATEST:
        raise SpreportError(f"SOURCE_DATE_EPOCH: {shown(value, 40)} is after the year 9999")
    return int(value)


def document_time(issued: date | None) -> datetime | None:
    """The time a document's files are dated: SOURCE_DATE_EPOCH, else the document's own date
    (`issued`) at midnight UTC, else None."""
    epoch = source_date_epoch()
    if epoch is not None:
        return datetime.fromtimestamp(epoch, timezone.utc)
    if issued is not None:
        return datetime(issued.year, issued.month, issued.day, tzinfo=timezone.utc)
    return None
