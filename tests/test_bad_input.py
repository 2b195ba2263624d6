"""A folder of 20+ kinds of bad file among good ones: one clear line each, the rest cached."""

from __future__ import annotations

import codecs
import json
import os
import shutil
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.paths import seeds_dir


def bad_corpus(root: Path) -> tuple[Path, set[str], set[str]]:
    """Write the corpus; return its folder, the files that must fail, and those read well."""
    folder = root / "news"
    folder.mkdir()
    for seed in seeds_dir().iterdir():
        shutil.copy(seed, folder / seed.name)
    good = {p.name for p in folder.iterdir()}

    def write(name: str, data: bytes | str, *, fails: bool) -> None:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode())
        (failing if fails else good).add(name)

    failing: set[str] = set()
    text = "Vladimir Putin called Narendra Modi on Tuesday about Afghanistan."
    write("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, fails=True)
    write("empty.txt", b"", fails=True)
    write("spaces.txt", "   \n\t\n  ", fails=True)
    write("nul.txt", text.encode() + b"\x00\x00" + text.encode(), fails=True)
    write("controls.txt", bytes(range(1, 32)) * 40, fails=True)
    write(
        "latin1.txt",
        "São Paulo: Lula met Macron, the minister’s aide said.".encode("latin-1", "replace"),
        fails=False,
    )
    write(
        "cp1252.txt", "The envoy’s “ample scope” remark – in Moscow.".encode("cp1252"), fails=False
    )
    write("invalid-utf8.txt", b"Caf\xc3 au lait \xff\xfe in Paris on Monday.", fails=False)
    write("utf16.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"), fails=False)
    write("broken.json", '{"title": "x", "text": ', fails=True)
    write("wrong-shape.json", "[1, 2, 3]", fails=True)  # three bad records, one line each
    write("no-text.json", json.dumps({"title": "Only a title"}), fails=True)
    write("empty-list.json", "[]", fails=True)  # no records: said, not skipped in silence
    lines = [json.dumps({"title": "Good line", "text": text}), "{broken", "[]", ""]
    write("mixed.jsonl", "\n".join(lines), fails=True)  # one good article, two bad lines
    good.add("mixed.jsonl")
    write("broken-front.md", "---\ntitle: [unclosed\n---\nText.", fails=True)
    write("front-not-mapping.md", "---\n- a\n- b\n---\nText.", fails=True)
    write("only-front.md", "---\ntitle: Nothing else\n---\n", fails=True)
    write("no-body.html", "<html><head><title>x</title></head></html>", fails=True)
    write("garbage.html", b"<html>\x00\x01\x02" * 100, fails=True)
    write("bad-date.txt", "date 2021-02-30 A seed whose date does not exist.", fails=True)
    write("date-only.txt", "date 2021-09-08 ", fails=True)
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(60_000_000)  # sparse: no disk used
    failing.add("huge.txt")
    write("one-line.txt", ("word " * 1_000_000).encode(), fails=True)  # 5 MB, over the 4 MB limit
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    failing.add("loop.txt")
    (folder / "folder.txt").mkdir()
    (folder / "folder.txt" / "inside.md").write_text(f"# Inside\n\n{text}\n")
    good.add("inside.md")
    os.mkfifo(folder / "pipe.txt")
    failing.add("pipe.txt")
    return folder, failing, good


def test_bad_files_each_one_line_good_ones_cached(
    tmp_path: Path, isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, failing, good = bad_corpus(tmp_path)
    assert len(failing) >= 20
    (isolated / "config.yaml").write_text("max_file_mb: 4\n")
    assert main(["ingest", str(folder)]) == 1  # something failed; the rest is cached
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert all(line.startswith("briefing: ") and str(folder) in line for line in lines)
    named = {Path(line.split(": ")[1].split("#")[0]).name for line in lines}
    assert named == failing
    assert "Traceback" not in err
    assert main(["articles", "--json", str(folder)]) == 1
    listed = {Path(a["path"].split("#")[0]).name for a in json.loads(capsys.readouterr().out)}
    assert listed == good
    assert main(["ingest", str(folder)]) == 1
    assert capsys.readouterr().out.strip().startswith("0 analysed,")


async def test_the_app_notifies_and_keeps_going(tmp_path: Path, warm_cache: Path) -> None:
    from briefing.config import Config
    from briefing.tui.app import make_app
    from briefing.tui.widgets.article_list import ArticleList
    from tests.conftest import ready

    folder, failing, good = bad_corpus(tmp_path)
    # The analysis child reads the same config file as the app.
    (tmp_path / "c.yaml").write_text("max_file_mb: 4\n")
    app = make_app(
        Config(max_file_mb=4), sources=[str(folder)], config_path=tmp_path / "c.yaml",
        cache_dir=warm_cache,
    )  # fmt: skip
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(400):
            await pilot.pause(0.05)
            if len(app.query_one(ArticleList).articles) == len(good) and not app.workers:
                break
        await ready(pilot)
        assert {
            Path(a.path.split("#")[0]).name for a in app.query_one(ArticleList).articles
        } == good
        assert {Path(p.split(": ")[0].split("#")[0]).name for p in app.problems} == failing
        logged = list(app.problems)
        await pilot.press("r")  # scanned again: the same problems are not logged again
        await pilot.pause(0.5)
        await ready(pilot)
        assert app.problems == logged
        # A trial: a bad file removed, then r: the log still listed it.
        fixed = sorted(failing)[0]
        next(folder.rglob(fixed)).unlink()
        await pilot.press("r")
        await pilot.pause(0.5)
        await ready(pilot)
        assert {Path(p.split(": ")[0].split("#")[0]).name for p in app.problems} == failing - {
            fixed
        }
        await pilot.press("l")
        assert type(app.screen).__name__ == "LogScreen"
        await pilot.press("escape", "j", "k", "b")
        assert app.is_running
