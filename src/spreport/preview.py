"""The documents of a year's data as HTML pages for the browser, made from the same document
tree as the DOCX and PDF (writers/html.py, with a screen stylesheet: footnotes as side
notes), recomposed when a file changes: a catalog's language alone, the data or a template
every language. A bad edit leaves the last good pages, under the error as `check` prints it."""
from __future__ import annotations

import threading
from html import escape
from importlib.resources import files
from pathlib import Path

from . import tree
from .check import cross_checks, missing_texts
from .data.year import load_year
from .errors import SpreportError
from .kinds import DOCUMENTS
from .pipeline import document_tree
from .writers.bidi import right_to_left
from .writers.html import write_html


class Preview:
    """The composed trees of `langs`, by (lang, document), each composed when a page first
    asks for it after a change; `version` counts the refreshes, `error` is the last
    refresh's problem, if any."""

    def __init__(self, data_dir: Path, root: Path, langs: list[str]):
        self.data_dir, self.root, self.langs = data_dir.resolve(), root.resolve(), langs
        self.data = None
        self.trees: dict[tuple[str, str], tree.Document] = {}
        self.error: str | None = None
        self.stale: set[tuple[str, str]] = set()
        self.version = 0
        self.lock = threading.RLock()

    def refresh(self, changed: list[Path] | None = None) -> None:
        """Read and check the data again; the trees `changed` files touch (all when None)
        are composed again when next asked for."""
        langs = self.langs if changed is None else self._touched(changed)
        try:
            data = load_year(self.data_dir, self.root)
            problems = [*missing_texts(self.data_dir, self.root), *cross_checks(data)]
        except SpreportError as exc:
            problems = [exc]
        with self.lock:
            if problems:
                self.error = "\n".join(f"spreport: error: {p}" for p in problems)
            else:
                self.data, self.error = data, None
                self.stale |= {(lang, kind) for lang in langs for kind in DOCUMENTS}
            self.version += 1

    def _touched(self, changed: list[Path]) -> list[str]:
        """The languages whose catalogs alone changed, else every language."""
        langs = set()
        for path in changed:
            parts = path.resolve().parts
            if "locales" not in parts or parts.index("locales") + 1 >= len(parts) or \
                    parts[parts.index("locales") + 1] not in self.langs:
                return self.langs
            langs.add(parts[parts.index("locales") + 1])
        return [lang for lang in self.langs if lang in langs]

    def tree(self, lang: str, kind: str) -> tree.Document | None:
        """The document, composed now if a change made it stale; the last good one if
        composing fails (the error then shows above it)."""
        with self.lock:
            if self.data is not None and ((lang, kind) in self.stale
                                          or (lang, kind) not in self.trees):
                try:
                    self.trees[lang, kind] = document_tree(self.data, kind, lang, sourced=True)
                except SpreportError as exc:
                    self.error = f"spreport: error: {exc}"
                self.stale.discard((lang, kind))
            return self.trees.get((lang, kind))

    def page(self, langs: list[str], document: str) -> str:
        """One language's document, or two side by side, block by block."""
        docs = [self.tree(lang, document) for lang in langs]
        with self.lock:
            error, version = self.error, self.version
        if any(doc is None for doc in docs):
            body = f'<p class="waiting">{escape(error or "composing…")}</p>'
            return _page(" | ".join(langs), body, version, None)
        columns = [_body(write_html(doc)) for doc in docs]
        if len(docs) == 1:
            body = _column(docs[0], columns[0])
        else:
            body = '<div class="side-by-side">' + "".join(
                _column(doc, html) for doc, html in zip(docs, columns)) + "</div>"
        return _page(" | ".join(f"{d.symbol} ({d.lang})" for d in docs), body, version, error)


def _body(html: str) -> str:
    return html[html.index("<body"):html.rindex("</body>")].split(">", 1)[1]


def _column(doc: tree.Document, body: str) -> str:
    direction = "rtl" if right_to_left(doc.lang) else "ltr"
    return (f'<article lang="{doc.lang}" dir="{direction}" class="{doc.kind}">'
            f"{body}</article>")


def _page(title: str, body: str, version: int, error: str | None) -> str:
    style = files(__package__).joinpath("writers/preview.css").read_text("utf-8")
    banner = f'<pre class="error" role="alert">{escape(error)}</pre>' if error else ""
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{escape(title)}</title><style>{style}</style></head>"
            f'<body data-version="{version}">{banner}{body}'
            f"<script>{_FOLLOW}{_ALIGN}</script>"
            "</body></html>")


# A new version is fetched and patched in: only the elements that changed since the page
# last fetched are replaced, so the reader keeps their place (and the rest of the page its
# nodes); the error banner comes and goes on its own.
_FOLLOW = """
let last = new DOMParser().parseFromString(document.documentElement.outerHTML, 'text/html');
const parts = doc => [...doc.body.children].filter(n => !n.matches('script, pre.error'));
function patch(before, after, live) {
  if (before.isEqualNode(after)) return;
  const b = [...before.childNodes], a = [...after.childNodes], l = [...live.childNodes];
  const sameShape = before.cloneNode(false).isEqualNode(after.cloneNode(false)) && b.length
    && b.length === a.length && l.length === b.length
    && b.every((n, i) => n.nodeType === a[i].nodeType
                         && (n.nodeType === Node.ELEMENT_NODE || n.isEqualNode(a[i])));
  if (!sameShape) { live.replaceWith(document.importNode(after, true)); return; }
  b.forEach((n, i) => { if (n.nodeType === Node.ELEMENT_NODE) patch(n, a[i], l[i]); });
}
function show(fresh) {
  const y = window.scrollY;
  document.querySelector('pre.error')?.remove();
  const banner = fresh.querySelector('pre.error');
  if (banner) document.body.prepend(document.importNode(banner, true));
  const before = parts(last), after = parts(fresh), live = parts(document);
  if (before.length === after.length && live.length === after.length)
    after.forEach((n, i) => patch(before[i], n, live[i]));
  else {
    live.forEach(n => n.remove());
    document.querySelector('script').before(...after.map(n => document.importNode(n, true)));
  }
  last = fresh;
  document.body.dataset.version = fresh.body.dataset.version;
  align();
  window.scrollTo(0, y);
}
new EventSource('/events').onmessage = async e => {
  if (e.data === document.body.dataset.version) return;
  const page = await fetch(location.href);
  show(new DOMParser().parseFromString(await page.text(), 'text/html'));
};"""

# Side by side, each paragraph and heading starts level with its counterpart (same id).
_ALIGN = """
function align() {
  const [left, right] = document.querySelectorAll('.side-by-side article');
  if (!right) return;
  for (const moved of document.querySelectorAll('[data-aligned]')) {
    moved.style.marginTop = '';
    delete moved.dataset.aligned;
  }
  for (const a of left.querySelectorAll('p[id], h1[id], h2[id]')) {
    const b = right.querySelector('#' + CSS.escape(a.id));
    if (!b) continue;
    const gap = a.getBoundingClientRect().top - b.getBoundingClientRect().top;
    const lower = gap > 0 ? b : a;
    lower.style.marginTop = parseFloat(getComputedStyle(lower).marginTop) + Math.abs(gap) + 'px';
    lower.dataset.aligned = '';
  }
}
align();"""
