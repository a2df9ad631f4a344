"""The Jinja environment for one language: the year's prose over the recurring templates."""
from __future__ import annotations

import hashlib
import os
import sys
from collections import OrderedDict
from pathlib import Path
from types import CodeType

import jinja2
import jinja2.bccache
from jinja2.loaders import split_template_path
from babel import Locale
from markupsafe import Markup

from ..data.prose import read_prose
from ..errors import SpreportError, inside, shown as quoted
from . import message
from .message import format_message
from .sandbox import LimitedSandbox
from .values import Figure, MessageError


class _ProjectLoader(jinja2.BaseLoader):
    """The recurring templates (templates/), and the year's prose as prose/<name>; each
    file must lie inside the project, and the prose is checked as it is read. For an
    `outline`, the templates of the addendum's chapters (addendum/) are read as empty."""

    def __init__(self, templates: Path, prose: Path, root: Path, outline: bool = False):
        self.templates, self.prose, self.root = templates, prose, root
        self.outline = outline

    def get_source(self, environment, template):
        pieces = split_template_path(template)
        prose = pieces[0] == "prose"
        path = (self.prose.joinpath(*pieces[1:]) if prose else self.templates.joinpath(*pieces))
        if not path.is_file():
            raise jinja2.TemplateNotFound(template)
        inside(path, self.root, _shown(path, self.root))
        if self.outline and pieces[0] == "addendum":
            return "", str(path), lambda: True
        source = read_prose(path, self.root) if prose else path.read_text(encoding="utf-8")
        return source, str(path), lambda: True


class _BytecodeCache(jinja2.BytecodeCache):
    """Compiled templates, by name, source and the way filters are called: kept for the
    process, so that every environment (one per document and language, in any copy of the
    project) compiles each template once; read from a folder (a build's cache) when `folder`
    is set, and saved there by `save`. Code loaded from the cache is given the file name of
    the template it stands for, so that errors name that file. The process keeps the
    `LIMIT` most recently used, so that a long preview session, compiling each edit anew,
    does not grow without bound."""

    LIMIT = 1024

    def __init__(self):
        self.compiled: OrderedDict[str, bytes] = OrderedDict()
        self.folder: Path | None = None

    def get_bucket(self, environment, name, filename, source):
        key = hashlib.sha1(f"{name}\0{_calling(environment)}\0{source}"
                           .encode("utf-8", "surrogatepass")).hexdigest()
        bucket = jinja2.bccache.Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        if bucket.code is not None and filename is not None:
            bucket.code = _refiled(bucket.code, filename)
        return bucket

    def load_bytecode(self, bucket):
        code = self.compiled.get(bucket.key)
        if code is None and self.folder is not None:
            try:
                code = (self.folder / bucket.key).read_bytes()
            except OSError:
                return
        if code is not None:
            self._keep(bucket.key, code)
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket):
        self._keep(bucket.key, bucket.bytecode_to_string())

    def _keep(self, key: str, code: bytes) -> None:
        self.compiled[key] = code
        self.compiled.move_to_end(key)
        while len(self.compiled) > self.LIMIT:
            self.compiled.popitem(last=False)

    def save(self) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for key, code in self.compiled.items():
                if not (self.folder / key).exists():
                    temp = self.folder / f".{key}.{os.getpid()}"
                    temp.write_bytes(code)
                    os.replace(temp, self.folder / key)
        except OSError:
            pass                    # a cache that cannot be written only costs time


def _calling(environment) -> str:
    """How the environment's filters and tests are called (what each is passed besides its
    value), which the compiled code depends on: code compiled for other filters is not used."""
    return repr(sorted((kind, name, str(getattr(function, "jinja_pass_arg", "")))
                       for kind, table in (("filter", environment.filters),
                                           ("test", environment.tests))
                       for name, function in table.items()))


def _refiled(code: CodeType, filename: str) -> CodeType:
    """`code` and the code of the functions it defines, with `filename` as their file."""
    consts = tuple(_refiled(c, filename) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


COMPILED = _BytecodeCache()


def precompile(data) -> None:
    """Compile every template and the year's prose (of `data`, the year's data) into COMPILED,
    before processes fork, so that none compiles them again; a template with an error is left
    to its rendering."""
    from ..lang import conventions
    from .catalogs import Catalogs
    from .helpers import Helpers
    root, year_dir = data.root, data.directory
    env = make_environment(root, year_dir, Catalogs(), conventions("en"))
    Helpers(data, conventions("en")).register(env)
    names = [str(p.relative_to(root / "templates")) for p in (root / "templates").rglob("*.j2")]
    names += [f"prose/{p.name}" for p in (year_dir / "prose").glob("*.j2")]
    for name in sorted(names):
        try:
            env.get_template(name)
        except (jinja2.TemplateError, SpreportError):
            pass


def make_environment(root: Path, year_dir: Path, translations, lang,
                     recorder: list | None = None, outline: bool = False) -> jinja2.Environment:
    """Templates render sandboxed: the data and the year's prose reach no Python attribute,
    file or process, and include only the project's own templates."""
    loader = _ProjectLoader(root / "templates", year_dir / "prose", root.resolve(), outline)
    env = LimitedSandbox(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined,
                         extensions=["jinja2.ext.i18n", "jinja2.ext.do"],
                         keep_trailing_newline=False, bytecode_cache=COMPILED)
    env.policies["ext.i18n.trimmed"] = True
    messages = Messages(translations, lang, recorder)
    env.globals.update(gettext=messages.gettext, ngettext=messages.ngettext, _=messages.gettext)
    env.newstyle_gettext = True
    return env


class Messages:
    """The templates' gettext: the translation looked up, then filled in by message.py.
    The English message must choose its plural forms by every count it holds, so that no
    sentence fixes a count in the singular or the plural.
    `recorder`, when given, is a list that every filled message appends
    `(msgid, placeholder name, value)` to, for each of its values (`spreport diff`)."""

    def __init__(self, translations, lang, recorder: list | None = None):
        self.translations = translations
        self.recorder = recorder
        self.origins = getattr(translations, "origins", {})
        self.plural_form = Locale.parse(lang.locale).plural_form

    def gettext(self, msgid: str, /, **values) -> Markup:
        return self._format(msgid, self.translations.gettext(msgid), values, None)

    def ngettext(self, singular: str, plural: str, n, /, **values) -> Markup:
        count = int(getattr(n, "value", n))
        values.setdefault("num", n)
        text = self.translations.ngettext(singular, plural, count)
        return self._format(singular, text, values, n)

    def _format(self, msgid: str, text: str, values: dict, selected) -> Markup:
        _require_plurals(msgid, values, selected)
        if self.recorder is not None:
            self.recorder.extend((msgid, name, value) for name, value in values.items())
        try:
            _keep_notes(text, values)
            return format_message(text, values, self.plural_form)
        except MessageError as exc:
            if text is msgid or msgid not in self.origins:
                raise
            file, line = self.origins[msgid]
            raise SpreportError(str(exc), file, line, f"msgid {quoted(msgid)}") from None


def _require_plurals(msgid: str, values: dict, selected) -> None:
    used = message.names(msgid)
    for name, value in values.items():
        if (isinstance(value, Figure) and value.kind == "count" and not _same(value, selected)
                and "plural" not in used.get(name, ())):
            raise MessageError(f"the count {name!r} is not chosen by: write "
                               f"{{{name}, plural, one {{…}} other {{…}}}} in the message, or pass "
                               f"a figure that counts nothing with the 'figure' filter")


def _same(figure: Figure, selected) -> bool:
    """Whether `figure` is the count an ngettext message chooses by (Jinja evaluates the
    expression once for the count and once for the placeholder)."""
    return isinstance(selected, Figure) and (figure.value, figure.text) == (selected.value,
                                                                            selected.text)


def _keep_notes(text: str, values: dict) -> None:
    used = message.names(text)
    for name, value in values.items():
        if isinstance(value, Markup) and "<note" in value and name not in used:
            raise MessageError(f"the translation drops the footnote {name!r}")


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
        file, line = _template_frame(sys.exc_info()[2])
        raise SpreportError(f"template not found: {str(exc.name)[:80]!r} (a template includes "
                            "only the project's templates, and prose/<name> of the year's "
                            "prose)", _shown(file, root), line) from None
    except MessageError as exc:
        file, line = _template_frame(sys.exc_info()[2])
        raise SpreportError(f"message: {exc}", _shown(file, root), line) from None
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
