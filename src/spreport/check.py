"""`spreport check`: the year's data validated and cross-checked — registers against each
other, typed figures against the registers, and every document composed in every language so
that a template, a catalog or an addendum reference that would break a build is found."""
from __future__ import annotations

import re
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from .calendar_checks import calendar_problems
from .data.figures import Figures
from .data.registers import read_table, register_path
from .data.schema import LANGS, REGISTERS, ROW_TEXTS
from .data.yamlfile import MARK, load_yaml, marks_of
from .data.year import YearData, load_year
from .errors import SpreportError
from .kinds import DOCUMENTS, UN_ORDER
from .pipeline import document_tree


def check(directory: Path, root: Path) -> list[SpreportError]:
    """Every problem found; loading stops at the first problem of the data's form, but every
    text missing in a language is found first."""
    texts = list(_texts(directory, root))
    drafted = list(_drafted(directory, root))
    try:
        data = load_year(directory, root)
    except SpreportError as exc:
        if not texts and not drafted:
            raise
        if not any(exc.file == t.file and exc.line == t.line and exc.field in (None, t.field)
                   for t in texts):
            texts.append(exc)           # not the same missing text, told another way
        return [*drafted, *texts]
    problems = [*drafted, *texts, *cross_checks(data)]
    if not problems:
        for lang in UN_ORDER:
            for kind in DOCUMENTS:
                try:
                    document_tree(data, kind, lang)
                except SpreportError as exc:
                    problems.append(exc)
                    break
    return problems


def cross_checks(data: YearData) -> list[SpreportError]:
    """The registers against each other, the typed figures against the registers, the
    calendar: what both `check` and `build` refuse."""
    figures = Figures(data)
    return [*_registers(data), *_stated(data, figures), *_shares(data, figures),
            *_holder_terms(data), *_themes(data), *calendar_problems(data)]


def missing_texts(directory: Path, root: Path) -> list[SpreportError]:
    """Every text a document may show that is missing in a language (see _texts)."""
    return list(_texts(directory, root))


def _drafted(directory: Path, root: Path):
    """What a draft of `spreport new` leaves to do: every value still marked `!update` (carried
    over or proposed: confirm or replace it, deleting the mark), and every register of the
    year's own events that has no row yet. Files that cannot be read are left to the loader."""
    from .new import year_registers
    directory, root = directory.resolve(), root.resolve()
    if not directory.is_relative_to(root) or not directory.is_dir():
        return
    for path in sorted(directory.glob("*.yaml")):
        try:
            node = load_yaml(path, str(path.relative_to(root)))
        except SpreportError:
            continue
        for mark in marks_of(node):
            yield SpreportError(f"marked {MARK}: confirm or replace this value", mark.file,
                                mark.line, mark.field or None)
    sources = directory / "registers" / "sources.yaml"
    try:
        declared = load_yaml(sources, str(sources.relative_to(root))) if sources.is_file() else {}
    except SpreportError:
        declared = {}
    for name in year_registers():
        try:
            path = register_path(directory / "registers", name, root)
            shown = str(path.relative_to(root))
            header, rows = read_table(path, shown)
        except SpreportError:
            continue
        if not rows and not (isinstance(declared.get(name), dict) and "empty" in declared[name]):
            yield SpreportError(f"no row: {name} holds the year's own rows, none yet (`spreport "
                                "new` leaves it empty); add the year's rows, or say why there "
                                f"are none as `{name}: {{empty: …}}` in registers/sources.yaml",
                                shown)


def _where(value, message: str, field: str | None = None) -> SpreportError:
    return SpreportError(message, getattr(value, "file", None), getattr(value, "line", None),
                         field or getattr(value, "field", None))


LANGUAGE_NAMES = {"ar": "Arabic", "zh": "Chinese", "en": "English", "fr": "French",
                  "ru": "Russian", "es": "Spanish"}
_IN_LANGUAGE = re.compile(rf"^(?P<text>.+)_(?P<lang>{'|'.join(LANGS)})$")


def _texts(directory: Path, root: Path):
    """Every text a document may show that is missing in a language: a column <text>_<lang>
    of a register (or of the UN names of States) missing, or a cell of one empty; a YAML
    mapping with some of the six language keys ({en: …, zh: …}) but not all, or one empty.
    Files that cannot be read are left to the loader, which reports them."""
    directory, root = directory.resolve(), root.resolve()
    if not directory.is_relative_to(root) or not directory.is_dir():
        return
    tables = []
    for name, columns in REGISTERS.items():
        try:
            path = register_path(directory / "registers", name, root)
        except SpreportError:
            continue
        tables.append((path, {m["text"] for c in columns if (m := _IN_LANGUAGE.match(c.name))},
                       ROW_TEXTS.get(name, {})))
    tables.append((root / "data" / "un_country_names.csv", set(), {}))
    for path, declared, by_row in tables:
        if not path.is_file():
            continue
        shown = str(path.relative_to(root))
        try:
            header, rows = read_table(path, shown)
        except SpreportError:
            continue
        groups = declared | {m["text"] for h in header if (m := _IN_LANGUAGE.match(h))}
        columns = [f"{text}_{lang}" for text in sorted(groups) for lang in LANGS]
        for column in columns:
            if column not in header:
                yield SpreportError(f"{_no_text(column)} (the file has no column {column})",
                                    shown, 1, column)
        for line, raw in rows:
            for column in columns:
                if column in header and not (raw.get(column) or "").strip() \
                        and _needed(column, raw, by_row):
                    yield SpreportError(_no_text(column), shown, line, column)
    for path in sorted(directory.glob("*.yaml")):
        try:
            node = load_yaml(path, str(path.relative_to(root)))
        except SpreportError:
            continue
        yield from _yaml_texts(node)


def _needed(column: str, raw: dict, by_row: dict) -> bool:
    """Whether the row needs the text of `column`: always, but for the groups of
    schema.ROW_TEXTS, which only the rows of some kind need (an Arria-formula meeting's
    running-text form, the title of an event not composed from its series)."""
    group = column.rsplit("_", 1)[0]
    if group not in by_row:
        return True
    key, values = by_row[group]
    return (raw.get(key) or "").strip() in values


def _no_text(column: str) -> str:
    return f"no {LANGUAGE_NAMES[column.rsplit('_', 1)[1]]} text"


def _yaml_texts(node):
    if isinstance(node, list):
        for item in node:
            yield from _yaml_texts(item)
        return
    if not isinstance(node, dict):
        return
    if any(lang in node for lang in LANGS):
        for lang in LANGS:
            field = f"{node.field}.{lang}" if node.field else lang
            value = node.get(lang)
            if lang not in node:
                yield SpreportError(f"no {LANGUAGE_NAMES[lang]} text (no key {lang})",
                                    node.file, node.line, field)
            elif value is None or (isinstance(value, str) and not value.strip()):
                yield SpreportError(f"no {LANGUAGE_NAMES[lang]} text",
                                    getattr(value, "file", node.file),
                                    getattr(value, "line", node.line), field)
    for value in node.values():
        yield from _yaml_texts(value)


def _registers(data: YearData):
    r = data.registers
    posts = {m["id"]: m["posts"] for m in r["mandates"]}
    for h in r["holders"]:
        if not 1 <= h["seat"] <= posts[h["mandate"]]:
            yield _where(h["seat"], f"expected a seat from 1 to {posts[h['mandate']]} of "
                                    f"mandate {h['mandate']}")
    replied = {(h["mandate"], h["seat"]) for h in r["holders"] if h["support_replied"] == "yes"}
    for s in r["external_support"]:
        if (s["mandate"], s["seat"]) not in replied:
            yield _where(s["seat"], "support from a holder who did not reply (holders.csv: "
                                    "support_replied must be yes)")
    for v in r["visits"]:
        if v["end"] < v["start"]:
            yield _where(v["end"], "a visit ends before it starts")
    first = {f["state"]: f["year"] for f in r["first_visits"]}
    for v in r["visits"]:
        if v["state"] not in first or first[v["state"]] > v["start"].year:
            yield _where(v["state"], f"visited in {v['start'].year}, but first_visits gives "
                                     f"{first.get(v['state'], 'no first visit')}")
    for name, key in (("standing_invitations", "state"), ("first_visits", "state"),
                      ("reports", "symbol"), ("communications", "addressee")):
        counts = Counter(row[key] for row in r[name])
        for row in r[name]:
            if counts[row[key]] > 1:
                yield _where(row[key], f"{row[key]} appears {counts[row[key]]} times in {name}")
    for c in r["communications"]:
        for part, whole in (("joint", "sent"), ("women", "individuals"),
                            ("substantive", "replies")):
            if c[part] > c[whole]:
                yield _where(c[part], f"{part} cannot exceed {whole} ({c[whole]})")
    for rep in r["reports"]:
        organ = "HRC" if rep["symbol"].startswith("A/HRC/") else "GA"
        if rep["organ"] != organ:
            yield _where(rep["organ"], f"expected {organ} for {rep['symbol']}")


def _themes(data: YearData):
    """Each cross-cutting theme the report counts (output.yaml) is a theme of a report of the
    year: the count and the list come from the data, so neither claims a theme no report had."""
    themes = {t for row in data.registers["reports"] for t in row["themes"]}
    for theme in data.values.get("output", {}).get("cross_cutting_themes") or []:
        if theme not in themes:
            yield _where(theme, f"no report of the year has the theme {theme!r} "
                                f"(registers/reports.csv, themes)")


def _shares(data: YearData, figures: Figures):
    """The shares the report prints, rounded as printed, must add up to 100 per cent."""
    holders = data.shown(data.directory / "registers" / "holders.csv")
    for name, counts, digits in (("gender", figures.holders_by_gender, 0),
                                 ("regional group", figures.holders_by_region, 2)):
        total = sum(counts.values())
        shares = [(Decimal(str(n / total)) * 100).quantize(Decimal(1).scaleb(-digits),
                                                          ROUND_HALF_UP)
                  for n in counts.values()]
        if total and sum(shares) != 100:
            yield SpreportError(f"the shares of mandate holders by {name} add up to "
                                f"{sum(shares)} per cent, not 100, once rounded to {digits} "
                                "decimals", holders)


def _stated(data: YearData, figures: Figures):
    """Figures typed in the YAML files that the registers bound."""
    typed = data.values.get("communications", {})
    totals = figures.communications
    replies = typed.get("replies", {})
    for key, counted in (("received", totals["replies"]), ("substantive", totals["substantive"])):
        if key in replies and replies[key] < counted:
            yield _where(replies[key], f"expected at least {counted}: the replies to the year's "
                                       "communications alone number that many (communications "
                                       "register)")
    if "answered_substantively" in typed and typed["answered_substantively"] > totals["sent"]:
        yield _where(typed["answered_substantively"],
                     f"expected at most {totals['sent']}, the communications sent")
    events = data.values.get("events", {}).get("events")
    if events is not None and events < len(data.registers["events"]):
        yield _where(events, f"expected at least the {len(data.registers['events'])} events "
                             "the events register lists")


def _holder_terms(data: YearData):
    """Holders' terms (holders.csv start/end): a term ending before it starts; a seat (the one
    seat of a Special Rapporteur or Independent Expert) held by two holders on the same day;
    a mandate with no holder on the "as at" date (unless mandates.csv says vacant); a holder
    serving then who has not said whether they replied on external support; a person of the
    year's YAML files whose gender differs from the register's, or cited as a former holder
    (engagement.yaml prevention_speakers) who was still in office on the day."""
    from .data.figures import serving
    r = data.registers
    as_of = data.values["document"]["as_of"]
    terms: dict = {}
    for h in r["holders"]:
        if h["start"] is not None and h["end"] is not None and h["end"] < h["start"]:
            yield _where(h["end"], f"the term of {h['name'] or 'seat ' + str(h['seat'])} "
                                   f"({h['mandate']}) ends before it starts ({h['start']})")
        terms.setdefault((h["mandate"], h["seat"]), []).append(h)
    for (mandate, seat), rows in terms.items():
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                if _overlap(a, b):
                    yield _where(b["seat"], f"seat {seat} of {mandate} is held by two holders on "
                                            f"the same day ({a['name'] or 'row ' + str(a.line)} "
                                            f"and {b['name'] or 'row ' + str(b.line)}): "
                                            "check start and end")
    for m in r["mandates"]:
        current = [h for h in r["holders"] if h["mandate"] == m["id"] and serving(h, as_of)]
        if not current and m["vacant"] is None:
            yield _where(m["id"], f"mandate {m['id']} has no holder on {as_of} (the \"as at\" "
                                  "date): add one to holders.csv, or set vacant to yes")
        for h in current:
            if h["support_replied"] is None:
                yield _where(h["mandate"], f"{h['name'] or 'seat ' + str(h['seat'])} serves on "
                                           f"{as_of}: support_replied must be yes or no",
                             "support_replied")
    genders = {str(h["name"]): h for h in r["holders"] if h["name"]}
    engagement = data.values.get("engagement", {})
    election = data.values.get("meeting", {}).get("election", {})
    people = [election.get(k) for k in ("chair", "rapporteur", "outgoing_chair")]
    people += list(election.get("members", [])) + list(engagement.get("prevention_speakers", []))
    for person in people:
        if not isinstance(person, dict) or "name" not in person:
            continue
        row = genders.get(str(person["name"].get("en")))
        if row is not None and "gender" in person and person["gender"] != row["gender"]:
            yield _where(person["gender"], f"{row['name']} is {row['gender']} in holders.csv "
                                           f"(line {row.line})")
        if "mandate" in person and person["mandate"] not in {m["id"] for m in r["mandates"]}:
            yield _where(person["mandate"], f"unknown mandate {person['mandate']!r}")
    day = engagement.get("prevention_event")
    for person in engagement.get("prevention_speakers", []):
        row = genders.get(str(person["name"].get("en")))
        if row is None or row["mandate"] != person.get("mandate"):
            yield _where(person["name"], f"{person['name'].get('en')} is cited as a former holder "
                                         f"of {person.get('mandate')}: expected a row of "
                                         "holders.csv with that name and mandate")
        elif day is not None and serving(row, day):
            yield _where(person["name"], f"{row['name']} is cited as a former holder, but "
                                         f"holders.csv has them in office on {day}")


def _overlap(a, b) -> bool:
    import datetime
    low, high = datetime.date.min, datetime.date.max
    return (max(a["start"] or low, b["start"] or low)
            <= min(a["end"] or high, b["end"] or high))
