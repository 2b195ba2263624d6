"""Feeds and pages as sources, against a local HTTP server: fetching politely and safely,
one line per bad source, identity by canonical URL, versions, and offline use."""

from __future__ import annotations

import gzip
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from briefing.cli import main
from briefing.config import Config
from briefing.core.sources.fetch import Fetcher, FetchError, Settings
from briefing.core.sources.urls import canonical
from briefing.core.workspace import Workspace

FAST: dict[str, float] = {"timeout_s": 2, "per_host_delay_s": 0, "max_items_per_feed": 200}

STORIES = {
    "flood": (
        "Floods force thousands from homes in Pakistan",
        "Heavy monsoon rains flooded villages across Sindh province on Tuesday, forcing "
        "thousands of families from their homes, officials said. The army sent boats to "
        "reach people stranded on rooftops near Sukkur. The provincial government opened "
        "relief camps in schools and asked for more tents and clean water.",
    ),
    "vote": (
        "Norway's parliament approves new fishing quotas",
        "Norway's parliament voted on Wednesday to cut cod quotas in the Barents Sea by a "
        "fifth next year, following advice from marine scientists. Fishing groups in Tromso "
        "said the cut would cost jobs, while the fisheries minister said stocks had to "
        "recover. The quotas are agreed each year with Russia.",
    ),
    "court": (
        "Court in Lyon jails former mayor for fraud",
        "A court in Lyon sentenced a former mayor to three years in prison on Thursday for "
        "misusing public funds to pay for private travel. Prosecutors said the money came "
        "from a budget meant for schools. His lawyer said he would appeal the verdict.",
    ),
}


def page(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{s.strip().rstrip('.')}.</p>" for s in text.split(". ") if s.strip())
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        f"<nav>Home | World | Sport</nav><article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright</footer></body></html>"
    )


def rss(server: HTTPServer, items: list[tuple[str, str]], title: str = "Test news") -> str:
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link>"
        f"<pubDate>Tue, 0{n % 9 + 1} Mar 2022 10:00:00 GMT</pubDate>"
        f"<description>{t}. A summary of the story from the feed itself.</description></item>"
        for n, (t, link) in enumerate(items)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>{server.url_for('/')}</link><description>d</description>{entries}</channel></rss>"
    )


def serve_pages(server: HTTPServer) -> list[tuple[str, str]]:
    """The three story pages, and no robots.txt (404: everything allowed); returns (title,
    absolute link) of each."""
    server.expect_request("/robots.txt").respond_with_data("", status=404)
    items = []
    for slug, (title, text) in STORIES.items():
        server.expect_request(f"/news/{slug}").respond_with_data(
            page(title, text), content_type="text/html; charset=utf-8"
        )
        items.append((title, server.url_for(f"/news/{slug}")))
    return items


def conditional(body: str, content_type: str, etag: str = '"v1"'):  # type: ignore[no-untyped-def]
    """A handler that answers 304 to a request carrying the ETag."""

    def handle(request: Request) -> Response:
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, content_type=content_type, headers={"ETag": etag})

    return handle


def requests_to(server: HTTPServer, path: str) -> int:
    return sum(1 for request, _ in server.log if request.path == path)


@pytest.fixture
def configured(isolated: Path) -> Path:
    """A config with fast fetch settings (the env points the CLI at it)."""
    config = isolated / "config.yaml"
    config.write_text(f"fetch: {json.dumps(FAST)}\n")
    return config


@pytest.fixture
def data_dir(isolated: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = isolated / "data"
    monkeypatch.setenv("BRIEFING_DATA_DIR", str(folder))
    yield folder


def articles_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    capsys.readouterr()
    code = main(["articles", "--json", *args])
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    assert code in (0, 1)
    return rows


def test_canonical_urls() -> None:
    assert canonical("HTTP://Example.com:80/a/?utm_source=x&id=3#top") == (
        "https://example.com/a?id=3"
    )
    assert canonical("https://example.com/a") == canonical("http://example.com/a/")
    assert canonical("https://example.com:8443/a") == "https://example.com:8443/a"


def test_a_feed_is_fetched_analysed_and_then_read_offline(
    httpserver: HTTPServer,
    configured: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    items = serve_pages(httpserver)
    feed = httpserver.url_for("/feed.xml")
    httpserver.expect_request("/feed.xml").respond_with_handler(
        conditional(rss(httpserver, items), "application/rss+xml")
    )
    assert main(["ingest", feed]) == 0
    assert "3 analysed" in capsys.readouterr().out
    rows = articles_json(capsys, feed)
    assert sorted(str(r["title"]) for r in rows) == sorted(t for t, _ in items)
    # One of its items, named by its address: the page the feed brought (a trial's "nothing
    # fetched from it yet").
    (one,) = articles_json(capsys, items[0][1])
    assert one["title"] == items[0][0] and one["id"] == next(
        r["id"] for r in rows if r["title"] == items[0][0]
    )
    assert all(str(r["url"]).startswith(httpserver.url_for("/news/")) for r in rows)
    assert all(r["path"] == r["url"] for r in rows)  # where it was read, as it was written
    assert all(r["source"] for r in rows)  # the site
    pages_before = sum(requests_to(httpserver, f"/news/{s}") for s in STORIES)
    assert pages_before == 3
    # A second run: the feed answers 304 (not downloaded again), no page is fetched.
    assert main(["ingest", feed]) == 0
    assert "0 analysed, 3 from cache" in capsys.readouterr().out
    assert sum(requests_to(httpserver, f"/news/{s}") for s in STORIES) == pages_before
    feed_requests = [r for r, _ in httpserver.log if r.path == "/feed.xml"]
    assert feed_requests[-1].headers.get("If-None-Match") == '"v1"'
    agent = feed_requests[-1].headers.get("User-Agent", "")
    assert agent.startswith("briefing/")
    # The server gone: listed and briefed from storage; ingest says the feed is unreachable.
    httpserver.stop()
    try:
        assert len(articles_json(capsys, feed)) == 3
        assert main(["brief", "--json", feed]) == 0
        assert json.loads(capsys.readouterr().out)["kind"] == "digest"
        assert main(["ingest", feed]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and err[0].startswith(f"briefing: {feed}: ")
        assert main(["--offline", "ingest", feed]) == 0  # offline: no fetch, nothing to say
    finally:
        httpserver.start()  # the server is shared by the tests that follow


def test_commands_other_than_ingest_never_fetch(
    httpserver: HTTPServer, configured: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = httpserver.url_for("/feed.xml")
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, serve_pages(httpserver)), content_type="application/rss+xml"
    )
    assert main(["articles", feed]) == 1
    assert "nothing fetched from it yet" in capsys.readouterr().err
    assert not httpserver.log


def test_one_article_from_two_feeds_and_address_variants(
    httpserver: HTTPServer, configured: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title, link = serve_pages(httpserver)[0]
    variant = link.replace("/news/flood", "/news/flood/?utm_source=feed2&utm_medium=rss#top")
    httpserver.expect_request("/a.xml").respond_with_data(
        rss(httpserver, [(title, link)]), content_type="application/rss+xml"
    )
    httpserver.expect_request("/b.xml").respond_with_data(
        rss(httpserver, [(title, variant)]), content_type="application/rss+xml"
    )
    a, b = httpserver.url_for("/a.xml"), httpserver.url_for("/b.xml")
    assert main(["ingest", a, b]) == 0
    assert "1 analysed" in capsys.readouterr().out
    assert len(articles_json(capsys, a, b)) == 1
    assert requests_to(httpserver, "/news/flood") == 1  # the second feed's link is known


def test_a_changed_page_is_a_new_version_of_the_same_article(
    httpserver: HTTPServer, configured: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title, text = STORIES["court"]
    url = httpserver.url_for("/news/court")
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_oneshot_request("/news/court").respond_with_data(
        page(title, text), content_type="text/html"
    )
    assert main(["ingest", url]) == 0
    (first,) = articles_json(capsys, url)
    updated = text + " The former mayor resigned from his party on Friday, his lawyer said."
    httpserver.expect_request("/news/court").respond_with_data(
        page(title + " (updated)", updated), content_type="text/html"
    )
    assert main(["ingest", url]) == 0
    assert "1 analysed" in capsys.readouterr().out  # the new version is analysed
    (second,) = articles_json(capsys, url)
    assert second["id"] == first["id"] and second["title"] != first["title"]
    assert main(["sources", "list"]) == 0  # no configured sources: says so
    with Workspace(Config(), data_dir=data_dir) as ws:
        assert ws.source_states([url]) == [(url, "page, 2 versions stored")]


def test_a_source_whose_fetch_failed_says_why_until_a_fetch_goes_well(
    httpserver: HTTPServer, data_dir: Path
) -> None:
    """A trial: `sources list` said "(not fetched yet)" of a feed whose every fetch had
    failed, and the app's line said to run ingest, which had just been run."""
    title, text = STORIES["vote"]
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_oneshot_request("/news/vote").respond_with_data("", status=404)
    url = httpserver.url_for("/news/vote")
    with Workspace(Config(fetch=FAST), data_dir=data_dir) as ws:
        (error,) = ws.fetch([url])
        assert "HTTP 404" in error.reason
        assert ws.source_states([url]) == [(url, "not fetched yet; its last fetch: HTTP 404")]
        scanned = ws.scan([url])
        assert [e.reason for e in scanned.errors] == [
            "nothing fetched from it yet; its last fetch: HTTP 404"
        ]
        httpserver.expect_oneshot_request("/news/vote").respond_with_data(
            page(title, text), content_type="text/html"
        )
        assert ws.fetch([url]) == []
        assert ws.source_states([url]) == [(url, "page, 1 version stored")]
        httpserver.expect_request("/news/vote").respond_with_data("", status=500)
        (error,) = ws.fetch([url])  # what was stored stays, and the failure is said
        assert ws.source_states([url]) == [
            (url, "page, 1 version stored; its last fetch: HTTP 500")
        ]
        assert ws.scan([url]).errors == ()


def test_a_feed_gives_at_most_max_items_new_pages_per_run(
    httpserver: HTTPServer, data_dir: Path
) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    items = [(f"Item {n}", httpserver.url_for(f"/p/{n}")) for n in range(500)]
    httpserver.expect_request("/big.xml").respond_with_data(
        rss(httpserver, items), content_type="application/rss+xml"
    )
    for n in range(500):
        httpserver.expect_request(f"/p/{n}").respond_with_data(
            page(f"Item {n}", STORIES["vote"][1]), content_type="text/html"
        )
    feed = httpserver.url_for("/big.xml")
    with Workspace(Config(fetch=FAST), data_dir=data_dir) as ws:
        assert ws.fetch([feed]) == []
        assert ws.source_states([feed]) == [(feed, "feed, 200 pages stored")]
        pages = sum(1 for r, _ in httpserver.log if r.path.startswith("/p/"))
        assert pages == 200
        assert ws.fetch([feed]) == []  # the next run takes the next 200
        assert ws.source_states([feed]) == [(feed, "feed, 400 pages stored")]


def test_bad_sources_are_one_line_each_and_the_rest_goes_on(
    httpserver: HTTPServer,
    isolated: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    settings = {**FAST, "timeout_s": 0.5}
    (isolated / "config.yaml").write_text(f"fetch: {json.dumps(settings)}\nmax_file_mb: 0.02\n")
    good = httpserver.url_for("/good.xml")
    httpserver.expect_request("/good.xml").respond_with_data(
        rss(httpserver, serve_pages(httpserver)[:1]), content_type="application/rss+xml"
    )

    def slow(request: Request) -> Response:
        time.sleep(1.5)
        return Response("late", content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    httpserver.expect_request("/huge").respond_with_data("x" * 60_000, content_type="text/html")
    bomb = gzip.compress(b"<html>" + b" " * 5_000_000)
    httpserver.expect_request("/bomb").respond_with_data(
        bomb, content_type="text/html", headers={"Content-Encoding": "gzip"}
    )
    httpserver.expect_request("/loop-a").respond_with_data(
        "", status=302, headers={"Location": "/loop-b"}
    )
    httpserver.expect_request("/loop-b").respond_with_data(
        "", status=302, headers={"Location": "/loop-a"}
    )
    httpserver.expect_request("/broken.xml").respond_with_data(
        "<<< not a feed", content_type="application/rss+xml"
    )
    httpserver.expect_request("/truncated.xml").respond_with_data(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item><title>x</ti',
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/gone").respond_with_data("", status=500)
    httpserver.expect_request("/image").respond_with_data(b"\x89PNG....", content_type="image/png")
    # The test server answers one request at a time: the slow one comes last.
    bad = {
        "/huge": "larger than 0.02 MB",
        "/bomb": "larger than 0.02 MB",
        "/loop-a": "redirect loop",
        "/broken.xml": "neither a feed nor a web page",
        "/truncated.xml": "malformed feed",
        "/gone": "HTTP 500",
        "/image": "neither a feed nor a web page (image/png)",
        "/slow": "no answer within 0.5 s",
    }
    urls = [httpserver.url_for(p) for p in bad]
    assert main(["ingest", good, *urls, "ftp://example.com/feed"]) == 1
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert "1 analysed" in captured.out  # the good feed
    for path, reason in bad.items():
        (line,) = [x for x in lines if x.startswith(f"briefing: {httpserver.url_for(path)}: ")]
        assert reason in line, line
    assert len(lines) == len(bad) + 1  # and the ftp source: no such file
    assert "Traceback" not in captured.err


def test_an_empty_feed_is_no_malformed_one(
    httpserver: HTTPServer, configured: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial's feed of no items yet: "malformed feed (no Content-type specified)", what
    feedparser flags of any bytes it is handed without their headers."""
    httpserver.expect_request("/empty.rss").respond_with_data(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title>'
        "<link>http://example.com/</link><description>d</description></channel></rss>",
        content_type="application/rss+xml",
    )
    assert main(["ingest", httpserver.url_for("/empty.rss")]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and "0 failed" in captured.out, captured


def test_a_feed_read_in_part_says_what_it_left(
    httpserver: HTTPServer,
    configured: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A trial's feed, broken and with an item without a link, was read without a word: its
    readable items came, the rest was dropped silently."""
    (title, link), (title2, link2), (title3, link3) = serve_pages(httpserver)
    body = rss(httpserver, [(title, link), (title2, link2), (title3, link3)])
    # Its second item's title opens a CDATA section it never closes: that item has no link
    # left, and the third is lost in it.
    second = body.index("<title>", body.index("</item>"))
    body = body[: second + 7] + "<![CDATA[" + body[second + 7 :]
    httpserver.expect_request("/cut.xml").respond_with_data(
        body, content_type="application/rss+xml"
    )
    # An entity XML does not know is read past, every item read: nothing to say.
    whole = rss(httpserver, [(title2, link2)]).replace("</title><link>", "&nbsp;</title><link>")
    httpserver.expect_request("/nbsp.xml").respond_with_data(
        whole, content_type="application/rss+xml"
    )
    url = httpserver.url_for("/cut.xml")
    assert main(["ingest", url, httpserver.url_for("/nbsp.xml")]) == 1
    captured = capsys.readouterr()
    assert "2 analysed" in captured.out  # the first item, and the other feed's
    (line,) = captured.err.strip().splitlines()
    assert line.startswith(f"briefing: {url}: malformed feed, 1 of its 3 items unread ("), line
    assert line.endswith("; 1 item without a link left out"), line


def test_a_feed_cut_short_says_so(
    httpserver: HTTPServer,
    configured: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Trial E: a feed cut inside its last item was said to have "1 item without a link",
    not to be broken."""
    (title, link), (title2, link2), _ = serve_pages(httpserver)
    body = rss(httpserver, [(title, link), (title2, link2)])
    cut = body[: body.rindex("<link>")]  # the second item's title, then nothing
    httpserver.expect_request("/cut.xml").respond_with_data(cut, content_type="application/rss+xml")
    url = httpserver.url_for("/cut.xml")
    assert main(["ingest", url]) == 1
    captured = capsys.readouterr()
    assert "1 analysed" in captured.out  # the first item
    (line,) = captured.err.strip().splitlines()
    assert line.startswith(f"briefing: {url}: malformed feed, cut short ("), line


def test_an_item_that_links_to_no_web_page_says_so(
    httpserver: HTTPServer,
    configured: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A trial's feed item linked to a picture: it was listed, from the feed's summary
    alone, without a word."""
    (title, link), *_ = serve_pages(httpserver)
    chart = httpserver.url_for("/chart.png")
    httpserver.expect_request("/chart.png").respond_with_data(
        b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png"
    )
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, [(title, link), ("Chart of the week", chart)]),
        content_type="application/rss+xml",
    )
    url = httpserver.url_for("/feed.xml")
    assert main(["ingest", url]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == (
        f"briefing: {url}: 1 of its items links to no web page, first {chart} (image/png): "
        "read from the feed's own words"
    )


def test_a_page_that_holds_no_article_says_so_and_its_feeds_words_stand_in(
    httpserver: HTTPServer,
    configured: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Trial G: a text file of garbage served as "garbage.html" was listed from its feed's
    summary without a word."""
    (title, link), *_ = serve_pages(httpserver)
    junk = httpserver.url_for("/junk.html")
    httpserver.expect_request("/junk.html").respond_with_data(
        "qx7 zz%% 0xdead ;;", content_type="text/html"
    )
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, [(title, link), ("Junk of the week", junk)]),
        content_type="application/rss+xml",
    )
    url = httpserver.url_for("/feed.xml")
    assert main(["ingest", url]) == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line.startswith(
        f"briefing: {url}: 1 of its pages holds no article text, first {junk} ("
    ) and line.endswith("): read from the feed's own words"), line
    titles = {row["title"] for row in articles_json(capsys, url)}
    assert titles == {title, "Junk of the week"}
    # Told once, when fetched: not at every read after (review K)
    assert main(["ingest", url]) == 0
    assert not capsys.readouterr().err.strip()


def test_robots_and_private_links(
    httpserver: HTTPServer, configured: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data(
        "User-agent: *\nDisallow: /private/\n", content_type="text/plain"
    )
    title, text = STORIES["vote"]
    httpserver.expect_request("/private/vote").respond_with_data(
        page(title, text), content_type="text/html"
    )
    port = httpserver.port
    items = [
        (title, httpserver.url_for("/private/vote")),
        ("Internal", f"http://127.0.0.1:{port}/news/flood"),  # this machine, by another name
        ("Router", "http://10.0.0.1/admin"),
    ]
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, items), content_type="application/rss+xml"
    )
    feed = httpserver.url_for("/feed.xml")
    assert main(["ingest", feed]) == 1
    err = capsys.readouterr().err
    assert "3 of its pages could not be fetched" in err and "robots.txt" in err
    assert requests_to(httpserver, "/private/vote") == 0
    assert requests_to(httpserver, "/news/flood") == 0  # refused: another name for this host
    fetcher = Fetcher(Settings(timeout_s=2, per_host_delay_s=0))
    internal = f"http://127.0.0.1:{port}/private/vote"
    with pytest.raises(FetchError, match="refused: a link to this machine"):
        fetcher.get(internal, trusted=False, allowed_host="localhost")
    with pytest.raises(FetchError, match="not an http or https address"):
        fetcher.get("file:///etc/passwd", trusted=False, allowed_host="localhost")
    assert fetcher.get(internal).body  # the user wrote it: fetched (robots are for pages)
    # The feed's own summaries stand in for the pages it could not fetch.
    rows = articles_json(capsys, feed)
    assert len(rows) == 3 and title in {r["title"] for r in rows}


def test_sources_add_and_remove_a_folder(
    isolated: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial: `sources add /tmp/trial/news` was refused as no web address; a folder is a
    source the config lists as well as a feed."""
    config = isolated / "config.yaml"
    folder = isolated / "news"
    folder.mkdir()
    assert main(["sources", "add", str(folder)]) == 0
    assert f"- {folder.resolve()}" in config.read_text()
    assert main(["sources", "add", str(folder)]) == 0
    assert config.read_text().count(str(folder.resolve())) == 1  # listed once
    assert main(["sources", "add", str(isolated / "nowhere")]) == 2
    assert "neither a web address nor a file or folder" in capsys.readouterr().err
    assert main(["sources", "remove", str(folder)]) == 0
    assert str(folder.resolve()) not in config.read_text()


def test_sources_add_remove_list_and_opml_keep_comments(
    isolated: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = isolated / "config.yaml"
    assert main(["sources", "add", "https://example.com/feed.xml"]) == 0  # creates the file
    assert main(["sources", "add", "HTTPS://Example.com/other.xml"]) == 0
    text = config.read_text()
    assert "# Name of the colour theme" in text  # the commented template
    # The next key's comment stays above it, not between the sources.
    assert re.search(
        r"sources:\n- https://example.com/feed.xml\n- HTTPS://Example.com/other.xml\n\n"
        r"# Installed spaCy pipeline[^\n]*\npipeline:",
        text,
    ), text
    capsys.readouterr()
    assert main(["sources", "list"]) == 0
    assert "HTTPS://Example.com/other.xml  (not fetched yet)" in capsys.readouterr().out
    for url in ("https://example.com/feed.xml", "HTTPS://Example.com/other.xml"):
        assert main(["sources", "remove", url]) == 0
    assert re.search(r"sources: \[\]\n\n# Installed spaCy pipeline", config.read_text())
    # A config that is a link: the file it points to is edited, the link stays.
    real = isolated / "dotfiles" / "briefing.yaml"
    real.parent.mkdir()
    real.write_text("# Appearance\ntheme: light  # easier on the eyes\n")
    config.unlink()
    config.symlink_to(real)
    assert main(["sources", "add", "https://example.com/a.xml"]) == 0
    assert config.is_symlink() and "https://example.com/a.xml" in real.read_text()
    config.unlink()
    config.write_text(
        "# my settings\nsources:\n  - ~/news  # my folder\n"
        "# Appearance\ntheme: light  # easier on the eyes\n"
    )
    assert main(["sources", "add", "https://example.com/rss"]) == 0
    assert main(["sources", "add", "https://example.com/rss"]) == 0  # listed once
    text = config.read_text()
    assert "# my settings" in text and "# easier on the eyes" in text and "# my folder" in text
    assert text.count("https://example.com/rss") == 1
    assert "  - https://example.com/rss\n# Appearance\ntheme: light" in text, text
    opml = isolated / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>'
        '<outline text="Tech"><outline type="rss" text="Ars" title="Ars Technica" '
        'xmlUrl="https://arstechnica.com/feed/"/></outline>'
        '<outline type="rss" text="BBC World" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>'
        '<outline type="rss" text="Broken" xmlUrl="notaurl"/>'
        '<outline type="rss" text="Again" xmlUrl="https://example.com/rss"/>'
        '<outline type="rss" text="Twice" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"/>'
        "</body></opml>"
    )
    capsys.readouterr()
    assert main(["sources", "import", str(opml)]) == 0
    # Of the file's five feeds (a trial's said "added 1 of the 1 feeds" for a file of two).
    told = capsys.readouterr().out
    assert "added 2 of the 5 feeds of" in told, told
    assert "(1 left out, 1 listed twice, 1 there already)" in told, told
    text = config.read_text()
    assert re.search(r"- https://arstechnica.com/feed/ +# Ars Technica\n", text)
    assert re.search(r"- https://feeds.bbci.co.uk/news/world/rss.xml +# BBC World\n", text)
    capsys.readouterr()
    assert main(["sources", "list"]) == 0
    listed = capsys.readouterr().out
    assert "https://example.com/rss  (not fetched yet)" in listed
    assert "news  (files)" in listed
    assert main(["sources", "remove", "https://example.com/rss"]) == 0
    assert "https://example.com/rss" not in config.read_text()
    assert "# my folder" in config.read_text()
    assert main(["sources", "remove", "https://example.com/rss"]) == 2
    assert main(["sources", "import", str(isolated / "nope.opml")]) == 2
    assert main(["sources", "add", "not a url"]) == 2


def test_json_feeds_relative_links_and_items_retried_after_a_failure(
    httpserver: HTTPServer, configured: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    flood_title, flood_text = STORIES["flood"]
    court_title, court_text = STORIES["court"]
    httpserver.expect_request("/news/flood").respond_with_data(
        page(flood_title, flood_text), content_type="text/html"
    )
    # The court page fails once (its feed summary stands in), then is there.
    httpserver.expect_oneshot_request("/news/court").respond_with_data("", status=503)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "JSON news",
        "items": [
            {"id": "1", "url": "/news/flood", "title": flood_title,
             "date_published": "2022-03-02T10:00:00Z"},
            {"id": "2", "url": "news/court", "title": court_title,
             "content_text": "A former mayor of Lyon was jailed for fraud, the court said."},
            {"id": "3", "url": "http://localhost:99999/x", "title": "A broken link"},
        ],
    }  # fmt: skip
    httpserver.expect_request("/feed.json").respond_with_data(
        json.dumps(feed), content_type="application/feed+json"
    )
    url = httpserver.url_for("/feed.json")
    assert main(["ingest", url]) == 1
    err = capsys.readouterr().err
    assert "2 of its pages could not be fetched" in err and "Traceback" not in err
    # (a trial read "4 analysed, 1 failed" of 4 items as one counted twice: the failed page
    # whose feed's words stand in says so)
    assert (
        f"{httpserver.url_for('/news/court')}: HTTP 503 (the feed's summary is read instead)" in err
    )
    rows = articles_json(capsys, url)
    assert {r["title"] for r in rows} == {flood_title, court_title}
    assert {r["date"] for r in rows if r["title"] == flood_title} == {"2022-03-02"}
    httpserver.expect_request("/news/court").respond_with_data(
        page(court_title, court_text), content_type="text/html"
    )
    assert main(["ingest", url]) == 1  # the broken link is still said
    assert requests_to(httpserver, "/news/court") == 2  # retried
    assert requests_to(httpserver, "/news/flood") == 1  # not fetched again
    court = next(r for r in articles_json(capsys, url) if r["title"] == court_title)
    assert int(str(court["words"])) > 30  # the page's text now, not the feed's summary


def test_a_server_that_drips_its_headers_is_cut_at_the_time_limit() -> None:
    import socket
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]

    def drip() -> None:
        connection, _ = listener.accept()
        connection.recv(1000)
        connection.sendall(b"HTTP/1.1 200 OK\r\n")
        for n in range(300):  # 30 s of headers, a line at a time
            time.sleep(0.1)
            try:
                connection.sendall(f"X-Slow-{n}: yes\r\n".encode())
            except OSError:
                break
        connection.close()

    threading.Thread(target=drip, daemon=True).start()
    fetcher = Fetcher(Settings(timeout_s=0.8, per_host_delay_s=0))
    # Each line comes well within the time limit: only a deadline on the whole stops it.
    with pytest.raises(FetchError, match=r"no answer within 0\.8 s"):
        fetcher.get(f"http://127.0.0.1:{port}/feed")
    listener.close()


def test_robots_unreachable_means_no_page_and_a_page_source_asks_robots(
    httpserver: HTTPServer, configured: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title, text = STORIES["court"]
    httpserver.expect_request("/robots.txt").respond_with_data("", status=503)
    httpserver.expect_request("/news/court").respond_with_data(
        page(title, text), content_type="text/html"
    )
    url = httpserver.url_for("/news/court")
    assert main(["ingest", url]) == 1
    assert "robots.txt asks robots not to fetch this page" in capsys.readouterr().err
    assert articles_json(capsys, url) == []


def test_records_of_one_address_are_one_article_and_a_broken_address_is_no_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = {"title": "Live: storm hits coast", "date_publish": "2022-01-01"}
    lines = [
        {**record, "text": "The storm reached the coast at noon, officials said.",
         "url": "https://example.com/live"},
        {**record, "text": "The storm reached the coast at noon. Two people died.",
         "url": "http://example.com/live/?utm_source=x"},
        {**record, "title": "Broken", "text": "A record whose address has a bad port.",
         "url": "http://example.com:99999/a"},
    ]  # fmt: skip
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    assert main(["articles", "--json", str(crawl)]) == 1
    out = capsys.readouterr()
    rows = json.loads(out.out)
    assert len(rows) == 2 and "Traceback" not in out.err
    (said,) = out.err.strip().splitlines()
    assert said.startswith(f"briefing: {crawl}#2: the same web address as {crawl}#1")
    assert main(["sources", "add", "https://example.com:99999/feed"]) == 2


def test_a_saved_feed_file_is_read_from_its_items_own_words(
    isolated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial: `briefing brief site/feed.xml` printed "# \\<?xml version=..." as a briefing
    of one article, the feed read as plain text, and exited 0. A feed saved as a file is its
    items, each from its own words (nothing is fetched); XML that holds no feed is said."""
    entries = "".join(
        f"<item><title>{title}</title><link>https://news.example.org/{slug}</link>"
        f"<pubDate>Tue, 01 Mar 2022 10:00:00 GMT</pubDate>"
        f"<description><![CDATA[<p>{text}</p>]]></description></item>"
        for slug, (title, text) in STORIES.items()
    )
    feed = tmp_path / "saved.xml"
    feed_xml = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Saved</title>'
        f"<link>https://news.example.org/</link><description>d</description>{entries}"
        "</channel></rss>"
    )
    feed.write_text(feed_xml)
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text('<?xml version="1.0"?><urlset><url><loc>https://x.org/</loc></url></urlset>')
    assert main(["articles", "--json", str(feed)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(a["title"] for a in listed) == sorted(t for t, _ in STORIES.values())
    assert {a["url"] for a in listed} == {f"https://news.example.org/{s}" for s in STORIES}
    assert all(a["date"] == "2022-03-01" and a["path"] == str(feed) for a in listed)
    feed.rename(tmp_path / "saved.rss")  # in a folder: by its suffix (.xml only named)
    assert main(["articles", "--json", str(tmp_path)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == len(STORIES)
    # (the review's: a comment or a doctype before the feed; a link relative to nothing)
    commented = tmp_path / "commented.rss"
    commented.write_text(
        "\ufeff<!-- generated by a blog --><!DOCTYPE rss>"
        + feed_xml.replace('<?xml version="1.0"?>', "").replace("https://news.example.org", "")
    )
    assert main(["articles", "--json", str(commented)]) == 0
    relative = json.loads(capsys.readouterr().out)
    assert sorted(a["title"] for a in relative) == sorted(t for t, _ in STORIES.values())
    assert all(a["url"] == "" for a in relative)
    copy = tmp_path / "feedcopy.txt"  # (a second trial's: XML in a .txt, read as plain text)
    copy.write_text(feed_xml)
    assert main(["articles", "--json", str(copy)]) == 0
    assert len(json.loads(capsys.readouterr().out)) == len(STORIES)
    assert main(["articles", str(sitemap)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"briefing: {sitemap}: XML that holds no feed: not an article"


def test_the_app_hears_of_a_page_that_failed_before_the_analysis_not_after(
    httpserver: HTTPServer,
    configured: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A trial: on a fresh cache the app said an item's 404 about 40 s after the fetch, once
    the analysis ended. The analysis child says it as soon as the fetch is done."""
    items = serve_pages(httpserver)
    items.append(("Gone", httpserver.url_for("/news/gone")))
    httpserver.expect_request("/news/gone").respond_with_data("", status=404)
    httpserver.expect_request("/feed.xml").respond_with_data(
        rss(httpserver, items), content_type="application/rss+xml"
    )
    assert main(["ingest", "--progress-jsonl", httpserver.url_for("/feed.xml")]) == 1
    out = capsys.readouterr().out.splitlines()
    events = [json.loads(line) for line in out if line.startswith("{")]
    errors = [i for i, e in enumerate(events) if "error" in e]
    progress = [i for i, e in enumerate(events) if "done" in e]
    assert len(errors) == 1 and "HTTP 404" in events[errors[0]]["error"], events
    assert progress and errors[0] < progress[0], events
