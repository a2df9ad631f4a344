"""A fix to WeasyPrint 70, applied when the PDF writer loads, to be offered upstream.

`footnote-policy: line` keeps a footnote on the page of its call: a line whose footnote does
not fit goes to the next page with it. But when a page is full and widows or orphans forbid
breaking before the last line, `_linebox_layout` moves the page's last footnotes to the next
page to make room for that line, whatever their policy, so the calls stay behind. The fix
lets it do so only for footnotes of policy `auto`; for the others the line breaks as orphans
and widows allow, and each footnote stays with its call in a single layout."""
from __future__ import annotations

import inspect

from weasyprint.layout import block

_REPORT = "report = not context.in_column and can_break_now and not could_break_before"
_ONLY_AUTO = (" and all(\n                footnote.style['footnote_policy'] == 'auto'"
              "\n                for footnote in context.current_page_footnotes)")


def apply() -> None:
    source = inspect.getsource(block._linebox_layout)
    if source.count(_REPORT) != 1:
        raise RuntimeError("WeasyPrint's _linebox_layout changed: review the footnote fix")
    code = compile(source.replace(_REPORT, _REPORT + _ONLY_AUTO), block.__file__, "exec")
    exec(code, block.__dict__)
