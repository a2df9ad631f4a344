"""The cache and parallel builds: an output whose inputs did not change is reused byte for
byte, a change to one language's catalog rebuilds that language alone, a change to the data
rebuilds everything, and processes build the same bytes as one, with the same errors."""
from __future__ import annotations

import json

import jinja2

from spreport.cli import main
from spreport.compose.environment import _BytecodeCache

YEAR = "data/2024"


def _build(project, out, *extra, lang="en,fr"):
    return main(["build", "--data", str(project / YEAR), "--lang", lang, "--documents",
                 "addendum", "--format", "docx", "--out", str(out), *extra])


def _outputs(out):
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return {(o["lang"], o["document"]): (o["reused"], (out / o["path"]).read_bytes())
            for o in manifest["outputs"]}


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_unchanged_outputs_are_reused_byte_for_byte(project, tmp_path):
    out = tmp_path / "out"
    assert _build(project, out, "--jobs", "1") == 0
    cold = _outputs(out)
    assert not any(reused for reused, _ in cold.values())
    assert _build(project, out) == 0
    again = _outputs(out)
    assert all(reused for reused, _ in again.values())
    assert {k: v[1] for k, v in again.items()} == {k: v[1] for k, v in cold.items()}


def test_a_catalog_edit_rebuilds_its_language_alone(project, tmp_path):
    out = tmp_path / "out"
    assert _build(project, out) == 0
    before = _outputs(out)
    _edit(project / "locales/fr/LC_MESSAGES/spreport.po", 'msgstr "Acteurs non étatiques"',
          'msgstr "Entités non étatiques"')
    assert _build(project, out) == 0
    after = _outputs(out)
    assert {k: v[0] for k, v in after.items()} == {("en", "addendum"): True,
                                                    ("fr", "addendum"): False}
    assert after[("fr", "addendum")][1] != before[("fr", "addendum")][1]
    assert after[("en", "addendum")][1] == before[("en", "addendum")][1]


def test_a_data_edit_rebuilds_every_language(project, tmp_path, capsys):
    out = tmp_path / "out"
    assert _build(project, out) == 0
    _edit(project / YEAR / "events.yaml", "events: 245", "events: 246")
    assert _build(project, out) == 0
    assert not any(reused for reused, _ in _outputs(out).values())


def test_processes_build_the_same_bytes_as_one(project, tmp_path):
    assert _build(project, tmp_path / "one", "--jobs", "1") == 0
    assert _build(project, tmp_path / "two", "--jobs", "2") == 0
    one, two = _outputs(tmp_path / "one"), _outputs(tmp_path / "two")
    assert {k: v[1] for k, v in one.items()} == {k: v[1] for k, v in two.items()}


def test_an_error_in_a_process_names_its_file_and_line(project, tmp_path, capsys):
    catalog = project / YEAR / "locales/fr/LC_MESSAGES/year.po"
    text = catalog.read_text(encoding="utf-8")
    line = text[:text.index('msgstr "Voir %(url)s"')].count("\n")     # the msgid's line
    _edit(catalog, 'msgstr "Voir %(url)s"', 'msgstr "Voir %(uri)s"')
    capsys.readouterr()
    assert _build(project, tmp_path / "out", "--jobs", "2") == 2
    err = capsys.readouterr().err
    assert f"data/2024/locales/fr/LC_MESSAGES/year.po:{line}: " in err and "'uri'" in err, err
    assert "Traceback" not in err


def test_compiled_templates_are_kept_apart_by_how_their_filters_are_called(project):
    """A template compiled with Jinja's own `list` is not reused where spreport's is set."""
    from spreport.compose.catalogs import Catalogs
    from spreport.compose.environment import make_environment
    from spreport.compose.helpers import Helpers
    from spreport.data.year import load_year
    from spreport.lang import conventions
    (project / "templates" / "probe.xml.j2").write_text("{{ x.keys()|list|length }}",
                                                        encoding="utf-8")
    data = load_year(project / YEAR, project)
    plain = make_environment(project, project / YEAR, Catalogs(), conventions("en"))
    assert plain.get_template("probe.xml.j2").render(x={"a": 1}) == "1"
    ours = make_environment(project, project / YEAR, Catalogs(), conventions("en"))
    Helpers(data, conventions("en")).register(ours)
    assert ours.get_template("probe.xml.j2").render(x={"a": 1, "b": 2}) == "2"


def test_the_compiled_templates_a_process_keeps_are_bounded(monkeypatch):
    """A long preview compiles every edit anew: the least recently used code is let go."""
    cache = _BytecodeCache()
    monkeypatch.setattr(cache, "LIMIT", 3)
    env = jinja2.Environment(loader=jinja2.DictLoader({f"t{n}": f"{n}" for n in range(6)}),
                             bytecode_cache=cache, cache_size=0)
    for name in ("t0", "t1", "t2", "t0", "t3", "t4"):
        assert env.get_template(name).render() == name[1]
    kept = list(cache.compiled)
    assert len(kept) == 3
    assert [env.get_template(n).render() for n in ("t0", "t3", "t4")] == ["0", "3", "4"]
    assert list(cache.compiled) == kept                  # all three found, none compiled anew
