"""`spreport serve`: the preview (preview.py) on http://127.0.0.1:PORT/, refreshed as the
data, templates and catalogs change. A Starlette application under uvicorn; watchfiles tells
of changes, and each open page hears of a new version through server-sent events and
patches itself with it."""
from __future__ import annotations

import asyncio
import contextlib
from html import escape
from pathlib import Path

from .kinds import DOCUMENTS
from .preview import Preview

HOST = "127.0.0.1"                  # the preview is for the person at this machine alone


def serve(data_dir: Path, root: Path, langs: list[str], port: int) -> None:
    import uvicorn
    uvicorn.run(application(Preview(data_dir, root, langs)), host=HOST, port=port,
                log_level="warning")


def application(preview: Preview):
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse, StreamingResponse
    from starlette.routing import Route

    async def index(request):
        links = [f'<li><a href="/{lang}/{kind}">{kind} ({lang})</a></li>'
                 for lang in preview.langs for kind in DOCUMENTS]
        first = preview.langs[0]
        links += [f'<li><a href="/{first}+{lang}/{kind}">{kind}: {first} | {lang}</a></li>'
                  for lang in preview.langs[1:] for kind in DOCUMENTS]
        return HTMLResponse(f"<!DOCTYPE html><title>spreport</title><ul>{''.join(links)}</ul>")

    async def page(request):
        langs = request.path_params["langs"].split("+")
        kind = request.path_params["document"]
        if kind not in DOCUMENTS or not langs or any(l not in preview.langs for l in langs):
            return HTMLResponse(f"no such page: {escape(request.url.path)}", status_code=404)
        return HTMLResponse(await asyncio.to_thread(preview.page, langs[:2], kind))

    async def events(request):
        async def versions():
            sent = None
            while not await request.is_disconnected():
                if preview.version != sent:
                    sent = preview.version
                    yield f"data: {sent}\n\n"
                await asyncio.sleep(0.1)
        return StreamingResponse(versions(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store"})

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await asyncio.to_thread(preview.refresh)
        watcher = asyncio.create_task(_watch(preview))
        yield
        watcher.cancel()

    return Starlette(routes=[Route("/", index), Route("/events", events),
                             Route("/{langs}/{document}", page)], lifespan=lifespan)


async def _watch(preview: Preview) -> None:
    """Refresh the preview after each burst of changes to the year's data, the templates or
    the catalogs."""
    from watchfiles import awatch
    folders = [preview.data_dir, preview.root / "templates", preview.root / "locales"]
    async for changes in awatch(*folders, debounce=50, step=20):
        await asyncio.to_thread(preview.refresh, [Path(path) for _, path in changes])
