"""The preview's documents (preview.py), without a browser: what a change makes stale is
composed again when next asked for, whatever changes came after it."""
from __future__ import annotations

import re

from spreport.preview import Preview


def text(preview: Preview) -> str:
    """The English report's page as a reader sees it: its markup left out."""
    return re.sub(r"<[^>]+>", "", preview.page(["en"], "report"))


def test_a_document_stale_from_a_data_edit_stays_stale_after_a_catalog_edit(project):
    preview = Preview(project / "data" / "2024", project, ["en", "fr"])
    preview.refresh()
    assert "245 forums" in text(preview)
    events = project / "data" / "2024" / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace("events: 245", "events: 246", 1),
                      encoding="utf-8")
    preview.refresh([events])
    preview.refresh([project / "locales" / "fr" / "LC_MESSAGES" / "spreport.po"])
    assert "246 forums" in text(preview)
