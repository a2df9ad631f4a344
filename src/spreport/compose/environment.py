"""The Jinja environment for one language: the year's prose over the recurring templates."""
from __future__ import annotations

import sys
from pathlib import Path

import jinja2

from ..errors import SpreportError


def make_environment(root: Path, year_dir: Path, translations) -> jinja2.Environment:
    loader = jinja2.FileSystemLoader([year_dir / "prose", root / "templates"])
    env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                             extensions=["jinja2.ext.i18n", "jinja2.ext.do"], keep_trailing_newline=False)
    env.policies["ext.i18n.trimmed"] = True
    env.install_gettext_translations(translations, newstyle=True)
    return env


def render(env: jinja2.Environment, name: str, root: Path, **context) -> str:
    """Render a template; an error names the template file and line it arose at."""
    try:
        return env.get_template(name).render(**context)
    except SpreportError:
        raise
    except jinja2.TemplateSyntaxError as exc:
        raise SpreportError(f"template error: {exc.message}", _shown(exc.filename, root),
                            exc.lineno) from None
    except jinja2.TemplateNotFound as exc:
        raise SpreportError(f"template not found: {exc.name}") from None
    except Exception as exc:  # an error raised while rendering: locate it in the template
        file, line = _template_frame(sys.exc_info()[2])
        raise SpreportError(f"template error: {type(exc).__name__}: {exc}",
                            _shown(file, root), line) from None


def _template_frame(tb):
    found = (None, None)
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(".j2"):
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _shown(file, root: Path):
    if not file:
        return None
    path = Path(file)
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
