"""`spreport check`: the year's data validated and cross-checked — registers against each
other, typed figures against the registers, and every document composed in every language so
that a template, a catalog or an addendum reference that would break a build is found."""
from __future__ import annotations

from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from .data.figures import Figures
from .data.year import YearData, load_year
from .errors import SpreportError
from .lang import UN_ORDER
from .pipeline import DOCUMENTS, document_tree


def check(directory: Path, root: Path) -> list[SpreportError]:
    """Every problem found; loading stops at the first problem of the data's form."""
    data = load_year(directory, root)
    figures = Figures(data)
    problems = [*_registers(data), *_stated(data, figures), *_shares(data, figures)]
    if not problems:
        for kind in DOCUMENTS:
            for lang in UN_ORDER:
                try:
                    document_tree(data, kind, lang)
                except SpreportError as exc:
                    problems.append(exc)
    return problems


def _where(value, message: str, field: str | None = None) -> SpreportError:
    return SpreportError(message, getattr(value, "file", None), getattr(value, "line", None),
                         field or getattr(value, "field", None))


def _registers(data: YearData):
    r = data.registers
    posts = {m["id"]: m["posts"] for m in r["mandates"]}
    seats = Counter((h["mandate"], h["seat"]) for h in r["holders"])
    for h in r["holders"]:
        if not 1 <= h["seat"] <= posts[h["mandate"]]:
            yield _where(h["seat"], f"expected a seat from 1 to {posts[h['mandate']]} of "
                                    f"mandate {h['mandate']}")
        if seats[(h["mandate"], h["seat"])] > 1:
            yield _where(h["seat"], f"seat {h['seat']} of {h['mandate']} is held twice")
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
