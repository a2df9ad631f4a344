"""Writing outputs: all replaced or none, with the umask's mode; SOURCE_DATE_EPOCH checked."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from spreport import cli
from spreport.epoch import source_date_epoch
from spreport.errors import SpreportError
from spreport.output import write_outputs
from spreport.output import Output

PATHS = ["2024/en/A_HRC_58_70.docx", "2024/en/A_HRC_58_70.pdf", "2024/fr/A_HRC_58_70.docx"]


def outputs(version: str, paths=PATHS) -> list[Output]:
    return [Output("report", "A/HRC/58/70", path.split("/")[1], path.rsplit(".", 1)[1], path,
                   f"{version} {path}".encode()) for path in paths]


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, hidden ones too, with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def umask():
    """os.umask, the test's umask restored afterwards."""
    old = os.umask(0o022)
    yield os.umask
    os.umask(old)


def test_a_second_write_replaces_files_and_manifest(tmp_path):
    out = tmp_path / "build"
    assert write_outputs(out, outputs("old")) == out / "manifest.json"
    write_outputs(out, outputs("new", PATHS[:2]))
    files = tree(out)
    assert files["2024/en/A_HRC_58_70.docx"] == b"new 2024/en/A_HRC_58_70.docx"
    assert files["2024/en/A_HRC_58_70.pdf"] == b"new 2024/en/A_HRC_58_70.pdf"
    manifest = json.loads(files["manifest.json"])
    assert [o["path"] for o in manifest["outputs"]] == PATHS[:2]
    assert manifest["outputs"][0] == {"document": "report", "symbol": "A/HRC/58/70",
                                      "lang": "en", "format": "docx", "path": PATHS[0],
                                      "reused": False}
    assert not [name for name in files if "/." in f"/{name}"]


def test_a_target_taken_by_a_directory_changes_nothing(tmp_path):
    out = tmp_path / "build"
    write_outputs(out, outputs("old"))
    (out / "2024/de/A_HRC_58_70.docx").mkdir(parents=True)
    before = tree(out)
    new = outputs("new") + outputs("new", ["2024/zh/A_HRC_58_70.docx",
                                          "2024/de/A_HRC_58_70.docx"])
    with pytest.raises(SpreportError) as error:
        write_outputs(out, new)
    assert error.value.file == str(out / "2024/de/A_HRC_58_70.docx")
    assert error.value.message == "cannot write: Is a directory"
    assert tree(out) == before
    assert not (out / "2024/zh").exists()


def test_a_failing_move_restores_every_old_file(tmp_path, monkeypatch):
    out = tmp_path / "build"
    write_outputs(out, outputs("old"))
    before = tree(out)
    replace, calls = os.replace, []

    def failing(source, target):
        calls.append(target)
        if len(calls) == 3:
            raise PermissionError(13, "Permission denied")
        replace(source, target)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(SpreportError) as error:
        write_outputs(out, outputs("new"))
    assert str(error.value) == f"{out / PATHS[2]}: cannot write: Permission denied"
    assert tree(out) == before
    assert len(calls) == 6  # two moved into place, the third failed, three put back


def test_a_failing_manifest_restores_every_old_file(tmp_path, monkeypatch):
    out = tmp_path / "build"
    write_outputs(out, outputs("old"))
    before = tree(out)
    rename = os.rename

    def failing(source, target):
        if Path(source).name == "manifest.json":
            raise OSError(28, "No space left on device")
        rename(source, target)

    monkeypatch.setattr(os, "rename", failing)
    with pytest.raises(SpreportError, match="No space left on device"):
        write_outputs(out, outputs("new") + outputs("new", ["2024/zh/A_HRC_58_70.docx"]))
    assert tree(out) == before
    assert not (out / "2024/zh").exists()


def test_a_first_build_that_fails_leaves_no_directories(tmp_path):
    out = tmp_path / "build"
    (tmp_path / "build/2024/fr/A_HRC_58_70.docx").mkdir(parents=True)
    with pytest.raises(SpreportError):
        write_outputs(out, outputs("new"))
    assert tree(tmp_path) == {}
    assert not (out / "2024/en").exists()


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_modes_follow_the_umask(tmp_path, umask, mask, mode):
    out = tmp_path / "build"
    umask(0o000)
    write_outputs(out, outputs("old"))
    umask(mask)
    write_outputs(out, outputs("new") + outputs("new", ["2024/zh/A_HRC_58_70.docx"]))
    for path in [*PATHS, "2024/zh/A_HRC_58_70.docx", "manifest.json"]:
        assert stat.S_IMODE((out / path).stat().st_mode) == mode, path


@pytest.mark.parametrize("out, reason", [
    ("file.txt", "cannot write: Not a directory"),
    ("file.txt/build", "cannot write: Not a directory (file.txt)"),
])
def test_out_a_file_or_under_one(tmp_path, monkeypatch, out, reason):
    monkeypatch.chdir(tmp_path)
    Path("file.txt").write_bytes(b"keep")
    with pytest.raises(SpreportError) as error:
        write_outputs(Path(out), outputs("new"))
    assert (error.value.file, error.value.message) == (out, reason)
    assert tree(tmp_path) == {"file.txt": b"keep"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in any directory")
def test_out_a_directory_without_write_permission(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    try:
        with pytest.raises(SpreportError, match="cannot write: Permission denied"):
            write_outputs(locked / "build", outputs("new"))
    finally:
        locked.chmod(0o755)
    assert list(locked.iterdir()) == []


def test_out_a_directory_reported_unwritable(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != tmp_path)
    with pytest.raises(SpreportError) as error:
        write_outputs(tmp_path / "build", outputs("new"))
    assert (error.value.file, error.value.message) == (
        str(tmp_path / "build"), f"cannot write: Permission denied ({tmp_path})")
    assert tree(tmp_path) == {}


def test_cli_out_a_file_exits_2(tmp_path, capsys):
    target = tmp_path / "file.txt"
    target.write_bytes(b"keep")
    data = Path(__file__).resolve().parents[1] / "data" / "2024"
    assert cli.main(["build", "--data", str(data), "--out", str(target)]) == 2
    assert capsys.readouterr().err == f"spreport: error: {target}: cannot write: Not a directory\n"
    assert target.read_bytes() == b"keep"


@pytest.mark.parametrize("value, expected", [
    (None, None), ("", None), ("0", 0), ("1700000000", 1700000000),
    ("253402300799", 253402300799),
])
def test_source_date_epoch(monkeypatch, value, expected):
    if value is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    assert source_date_epoch() == expected


@pytest.mark.parametrize("value, shown", [
    ("yesterday", "'yesterday'"), ("-5", "'-5'"), ("1e9", "'1e9'"), (" 17", "' 17'"),
    ("١٧٠٠", "'١٧٠٠'"), ("12\x1b[31m", "'12\\x1b[31m'"), ("1\n2\t", "'1\\n2\\t'"),
    ("x" * 100, "'" + "x" * 40 + "…'"), ("\x1b" * 50, "'" + "\\x1b" * 40 + "…'"),
])
def test_source_date_epoch_refused(monkeypatch, value, shown):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    with pytest.raises(SpreportError) as error:
        source_date_epoch()
    assert str(error.value) == ("SOURCE_DATE_EPOCH: expected a whole number of seconds since "
                                f"1970-01-01 (as `date +%s` prints), got {shown}")


def test_source_date_epoch_after_9999(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "253402300800")
    with pytest.raises(SpreportError, match="'253402300800' is after the year 9999"):
        source_date_epoch()
