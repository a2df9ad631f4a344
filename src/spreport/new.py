"""`spreport new 2025 [--from data/2024]`: next year's data folder, drafted from this year's.

What it writes in `data/2025` (built in a hidden sibling folder, then renamed into place):

- `document.yaml` advanced: the year, the "as at" date (31 December), the previous report (this
  year's symbol), the Council session (+3: three regular sessions a year, the annual report to
  the first) and its titles in six languages, the annual meeting's number (+1); the values a
  person must confirm — the report's symbol, the date it is submitted, the session's and the
  annual meeting's dates (proposed a year later), the job numbers — marked `!update`;
- the other YAML files carried over, comments and all, every value of the year marked `!update`
  (dates a year later, the Committee's terms and the forums' sessions advanced); the rules and
  standing facts of `STANDING` are carried unmarked; `links.yaml` copied;
- `previous.yaml`: this year's compared figures (`spreport.data.previous.carried`), computed;
- the registers: the cumulative ones (`CUMULATIVE`) copied, the year's own (every other
  register) with their header and no row; `registers/sources.yaml` copied;
- the prose and its catalogs (`prose/`, `locales/`) copied, so that translators start from
  this year's translations.

`spreport check` then reports every `!update` mark and every empty register of the year until
they are dealt with."""
from __future__ import annotations

import datetime
import fnmatch
import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import yaml

from .data.previous import carried
from .data.schema import LANGS, REGISTERS
from .data.year import YearData, load_year
from .data.yamlfile import MARK, load_yaml, marks_of
from .errors import SpreportError
from .lang.words import spell

# Registers that hold every year so far: carried over as they are; the drafter adds the
# year's rows (and, for visits, keeps the five years the addendum covers).
CUMULATIVE = ("mandates", "holders", "standing_invitations", "first_visits", "requests",
              "visits")

# Values that are no figure of the year but a rule or a standing fact: carried unmarked.
STANDING = (
    "document.council.agenda_item",
    "communications.response_rate_since",
    "communications.database_since_session",
    "communications.reports_since",
    "communications.public_after_days",
    "communications.other_letters_public_after_hours",
    "cooperation.period.years",
    "cooperation.addendum_tables",
    "cooperation.pending_threshold",
    "cooperation.frequent_visits_threshold",
    "cooperation.min_requests",
    "committee.external_support.disclosure_decided",
    "reprisals.enhanced_response_adopted",
    "engagement.common_agenda_year",
)

# Whole numbers of a yearly series: advanced by so much (and marked, to be confirmed).
ADVANCED = {
    "committee.term.*": 1,                 # the outgoing Committee's term
    "meeting.election.term.*": 1,          # the Committee elected at the annual meeting
    "events.*.session": 1,                 # the forums meet once a year
    "events.*.report_session": 3,          # and report to a Council session of the next year
}

# The session's title: the ordinal's gender in each language ("session", «сессия», «الدورة»
# are feminine; Spanish writes the number in figures).
_SESSION_GENDER = {"ar": "feminine", "fr": "feminine", "ru": "feminine", "es": "masculine"}

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def year_registers() -> list[str]:
    """The registers of the year's own events: `spreport new` leaves them empty."""
    return [name for name in REGISTERS if name not in CUMULATIVE]


def new_year(year: int, source: Path, root: Path) -> Path:
    """Write the data folder of `year` beside `source` (the year before) and return it."""
    root, source = root.resolve(), source.resolve()
    if not source.is_relative_to(root):
        raise SpreportError(f"the data directory must lie inside the project ({root})",
                            str(source))
    target = source.parent / str(year)
    if not target.is_relative_to(root):
        raise SpreportError(f"{target} would lie outside the project ({root})", str(source))
    shown = str(target.relative_to(root))
    if target.exists() or target.is_symlink():
        raise SpreportError(f"{shown} exists already: `spreport new` writes a new folder only "
                            "(remove it first to draft it again)")
    data = load_year(source, root)
    shown_source = data.shown(source)
    if data.year + 1 != year:
        raise SpreportError(f"{shown_source} holds the data of {data.year}: expected those of "
                            f"{year - 1} to draft {year} from (--from)")
    left = sum(len(marks_of(v)) for v in data.values.values())
    if left:
        raise SpreportError(f"{shown_source} still holds {left} value(s) marked {MARK}: "
                            f"replace them first (`spreport check {shown_source}` lists them)")
    work = Path(tempfile.mkdtemp(prefix=f".{year}-", dir=source.parent))
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(work, 0o777 & ~umask)
        _draft(data, work, root)
        if target.exists():
            raise SpreportError(f"{shown} appeared while drafting it: left as it is")
        os.rename(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return target


def _draft(data: YearData, work: Path, root: Path) -> None:
    source = data.directory
    for path in sorted(source.iterdir()):
        _inside(path, root)
        out = work / path.name
        if path.name == "document.yaml":
            _write(out, advance_document(path.read_text(encoding="utf-8"), data))
        elif path.name == "previous.yaml":
            continue                                  # written below, from this year's data
        elif path.name == "links.yaml" or path.suffix != ".yaml" and path.is_file():
            shutil.copyfile(path, out)
        elif path.suffix == ".yaml":
            _write(out, carry_yaml(path.read_text(encoding="utf-8"), path.stem))
        elif path.name == "registers":
            _registers(path, out, root)
        elif path.is_dir():
            _copytree(path, out, root)
    _write(work / "previous.yaml", previous_yaml(data))


def _registers(source: Path, out: Path, root: Path) -> None:
    out.mkdir()
    emptied = set(year_registers())
    for path in sorted(source.iterdir()):
        _inside(path, root)
        if path.is_dir():
            _copytree(path, out / path.name, root)
        elif path.stem in emptied and path.suffix == ".csv":
            text = path.read_text(encoding="utf-8")
            header = text.splitlines(keepends=True)[:1]
            _write(out / path.name, "".join(header) or "\n")
        elif path.stem in emptied and path.suffix == ".xlsx":
            from openpyxl import load_workbook
            book = load_workbook(path)
            sheet = book.worksheets[0]
            if sheet.max_row > 1:
                sheet.delete_rows(2, sheet.max_row - 1)
            book.save(out / path.name)
        else:
            shutil.copyfile(path, out / path.name)


def _copytree(source: Path, out: Path, root: Path) -> None:
    for path in source.rglob("*"):
        _inside(path, root)
    shutil.copytree(source, out)


def _inside(path: Path, root: Path) -> None:
    if not path.resolve().is_relative_to(root):
        raise SpreportError(f"leads outside the project ({root}): not read", str(path))


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


# --- previous.yaml ----------------------------------------------------------------------------

def previous_yaml(data: YearData) -> str:
    shown = data.shown(data.directory)
    lines = [f"# Last year's figures that the {data.year + 1} sentences compare with, computed by "
             "`spreport new`",
             f"# from {shown} (spreport.data.previous.carried): not typed, so not marked "
             f"{MARK}. Should {shown}",
             "# change, draft the year again or write these figures from it anew."]
    lines += [f"{key}: {value}" for key, value in carried(data).items()]
    return "\n".join(lines) + "\n"


# --- the YAML files ---------------------------------------------------------------------------

def carry_yaml(text: str, stem: str, rules: dict | None = None) -> str:
    """`text` with every value of the year marked `!update` (dates a year later, the series of
    `ADVANCED` advanced), but the `STANDING` ones; `rules` maps a dotted key to a function
    giving (new text or None to keep it, whether to mark) for a scalar, before those defaults.
    Comments and layout are kept: only the values' own text changes."""
    rules = rules or {}
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    edits: list[tuple[int, int, str]] = []
    for path, node in _units(root, [stem]):
        key = ".".join(path)
        if node.tag == MARK:
            continue                      # marked already
        rule = next((r for pattern, r in rules.items() if fnmatch.fnmatchcase(key, pattern)),
                    None)
        if rule is not None and isinstance(node, yaml.ScalarNode):
            new, mark = rule(node)
            if new is not None:
                edits.append((node.start_mark.index, node.end_mark.index, _scalar(new, node)))
        elif any(fnmatch.fnmatchcase(key, p) for p in STANDING):
            continue
        else:
            mark = True
            edits += _shifted(node, key)
        if mark:
            edits.append((node.start_mark.index, node.start_mark.index, f"{MARK} "))
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _units(node, path: list[str]):
    """(dotted path, node) of each value to mark: a scalar, or a flow collection of scalars
    (`[KHM, CAF]`, `{en: …, zh: …}`, `{state: LBY, cases: 2}`) as a whole; list items are
    `*` in the path. Empty values are left alone."""
    if node is None:
        return
    if isinstance(node, yaml.ScalarNode):
        if node.tag == "tag:yaml.org,2002:null" or (node.style is None and node.value == ""):
            return
        yield path, node
    elif node.flow_style and all(isinstance(n, yaml.ScalarNode) for n in _children(node)):
        if node.value:
            yield path, node
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _units(value, [*path, str(key.value)])
    else:
        for item in node.value:
            yield from _units(item, [*path, "*"])


def _children(node):
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return list(node.value)


def _shifted(node, key: str) -> list[tuple[int, int, str]]:
    """Edits giving a unit's dates a year later and advancing the series of `ADVANCED`."""
    if isinstance(node, yaml.ScalarNode):
        scalars = [node]
    else:
        scalars = [v for k, v in node.value] if isinstance(node, yaml.MappingNode) \
            else list(node.value)
    edits = []
    for scalar in scalars:
        if scalar.style is None and _DATE.fullmatch(scalar.value):
            try:
                day = datetime.date.fromisoformat(scalar.value)
            except ValueError:
                continue
            edits.append((scalar.start_mark.index, scalar.end_mark.index,
                          later(day).isoformat()))
    step = next((n for p, n in ADVANCED.items() if fnmatch.fnmatchcase(key, p)), None)
    if step and isinstance(node, yaml.ScalarNode) and node.style is None \
            and re.fullmatch(r"\d+", node.value):
        edits.append((node.start_mark.index, node.end_mark.index, str(int(node.value) + step)))
    return edits


def later(day: datetime.date, years: int = 1) -> datetime.date:
    """The same day so many years later (29 February gives 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _scalar(value: str, node) -> str:
    """`value` written in the style of the scalar it replaces."""
    if node.style == '"':
        return json.dumps(value, ensure_ascii=False)
    if node.style == "'":
        return "'" + value.replace("'", "''") + "'"
    return value


# --- document.yaml ----------------------------------------------------------------------------

def advance_document(text: str, data: YearData) -> str:
    doc = data.values["document"]
    year = int(doc["year"])
    session = int(doc["council"]["session"])
    titles = doc["council"].get("session_titles") or {}
    symbol = str(doc["report"]["symbol"])

    def fixed(value):
        return lambda node: (str(value), False)

    def proposed(value):
        return lambda node: (str(value), True)

    def title(lang):
        def rule(node):
            new = session_title(lang, str(titles.get(lang, "")), session, session + 3)
            return (new, False) if new is not None else (None, True)
        return rule

    rules = {
        "document.year": fixed(year + 1),
        "document.as_of": fixed(datetime.date(year + 1, 12, 31).isoformat()),
        "document.previous_report": fixed(symbol),
        "document.report.symbol": proposed(advance_symbol(symbol, session, session + 3)),
        "document.council.session": fixed(session + 3),
        **{f"document.council.session_titles.{lang}": title(lang) for lang in LANGS},
        "document.job_numbers.*": lambda node: (advance_job_number(node.value), True),
        "document.annual_meeting.number": fixed(int(doc["annual_meeting"]["number"]) + 1),
    }
    return carry_yaml(text, "document", rules)


def advance_symbol(symbol: str, session: int, new_session: int) -> str:
    """A/HRC/58/70 → A/HRC/61/70: the same number proposed at the next session."""
    parts = symbol.split("/")
    if parts[:3] == ["A", "HRC", str(session)]:
        parts[2] = str(new_session)
    return "/".join(parts)


def advance_job_number(number: str) -> str:
    """GE.25-04543(E) → GE.26-04543(E): the year of issue advanced (the number is proposed)."""
    match = re.match(r"^([A-Z]+\.)(\d{2})(-.*)$", number)
    if not match:
        return number
    return f"{match[1]}{(int(match[2]) + 1) % 100:02d}{match[3]}"


def session_title(lang: str, title: str, session: int, new_session: int) -> str | None:
    """This year's title with its ordinal (in words or figures) replaced by the next
    session's, keeping its shape: "Fifty-eighth session" → "Sixty-first session", «الدورة
    الثامنة والخمسون» → «الدورة الحادية والستون», "58º período de sesiones" → "61º …"; None
    when the title holds neither."""
    gender = _SESSION_GENDER.get(lang)
    old_word = spell(lang, session, ordinal=True, gender=gender)
    new_word = spell(lang, new_session, ordinal=True, gender=gender)
    for old, new in ((old_word, new_word),
                     (old_word[:1].upper() + old_word[1:], new_word[:1].upper() + new_word[1:])):
        if old and old in title:
            return title.replace(old, new, 1)
    if re.search(rf"(?<!\d){session}(?!\d)", title):
        return re.sub(rf"(?<!\d){session}(?!\d)", str(new_session), title, count=1)
    return None


def count_marks(directory: Path, root: Path) -> int:
    """The `!update` marks left in a year's YAML files."""
    total = 0
    for path in sorted(directory.glob("*.yaml")):
        total += len(marks_of(load_yaml(path, str(path.relative_to(root)))))
    return total
