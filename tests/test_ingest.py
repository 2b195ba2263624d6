"""Readers and discovery on small files written by the tests themselves."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing.core.models import Article, IngestError
from briefing.core.sources.files import discover, read_file

MB = 1_000_000

PAGE = """<!doctype html><html><head><title>Talks in Delhi | Example News</title>
<meta property="og:title" content="Russia and India hold talks on Afghanistan">
<meta property="article:published_time" content="2021-09-08T10:00:00Z">
<meta property="og:site_name" content="Example News"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Russia and India hold talks on Afghanistan</h1>
<p>Nikolay Patrushev held extensive talks with Ajit Doval in New Delhi on Wednesday, the
Ministry of External Affairs said in a statement after the meeting ended.</p>
<p>The two sides agreed to coordinate their approaches on the Afghan settlement in
multilateral formats, and to intensify the work of their special services.</p>
<p>Both countries expressed concern that Afghan soil should not be used for spreading
terrorism to other countries, officials said on Thursday.</p></article>
<footer>Copyright 2021 Example News. All rights reserved. Privacy policy. Cookie settings.</footer>
</body></html>"""


def read_all(*paths: Path, max_bytes: int = 20 * MB) -> tuple[list[Article], list[IngestError]]:
    files, errors = discover(paths)
    articles: list[Article] = []
    for file in files:
        more, failures = read_file(file, max_bytes=max_bytes)
        articles += more
        errors += failures
    return articles, errors


def one(path: Path) -> Article:
    articles, errors = read_all(path)
    assert errors == []
    assert len(articles) == 1
    return articles[0]


def test_seed_format(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_text(" date 2021-09-07 Patrushev will visit India. He meets Doval.\n\nMore text.")
    article = one(path)
    assert article.date == "2021-09-07"
    assert article.body.startswith("Patrushev will visit India.")
    assert article.title == "Patrushev will visit India."


def test_seed_with_bad_date(tmp_path: Path) -> None:
    path = tmp_path / "seed.txt"
    path.write_text("date 2021-13-45 Text of the article.")
    articles, errors = read_all(path)
    assert articles == []
    assert len(errors) == 1
    assert "bad date" in errors[0].reason


def test_txt_headline_first_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Russia and India to coordinate on Afghanistan\n\nThe two sides agreed.")
    article = one(path)
    assert article.title == "Russia and India to coordinate on Afghanistan"
    assert article.body == "The two sides agreed."
    assert article.date is None


def test_txt_without_headline_derives_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The two sides agreed to meet again. Officials said so on Monday.")
    assert one(path).title == "The two sides agreed to meet again."


def test_id_is_content_hash(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Same text here. Really.")
    (tmp_path / "b.txt").write_text("Same   text here.\r\nReally.\n")
    (tmp_path / "c.txt").write_text("Other text here.")
    a, b, c = (one(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt"))
    assert a.id != c.id
    assert a.body != b.body or a.id == b.id


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Talks in Delhi\ndate: 2021-09-08\nsource: Example News\n"
        "url: https://example.org/a\n---\n\n# Ignored heading\n\nPatrushev met **Doval** in "
        "[New Delhi](https://example.org).\n\nThey talked.\n"
    )
    article = one(path)
    assert (article.title, article.date, article.source, article.url) == (
        "Talks in Delhi",
        "2021-09-08",
        "Example News",
        "https://example.org/a",
    )
    assert article.body == "Patrushev met Doval in New Delhi.\n\nThey talked."


def test_markdown_keeps_the_lines_of_text_pasted_from_a_page(tmp_path: Path) -> None:
    """A trial: a page's text in a .md file, one line each (the headline again, a
    dateline, a subheading), was one paragraph: "... cartel case Brussels - EU antitrust
    regulators ...", "Diesel blues The allegations ...". Prose wrapped at a line's end
    stays one sentence."""
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: EU raids automaker BMW\n---\nEU raids automaker BMW\nBrussels - EU "
        "regulators raided the offices of BMW.\nThe Commission said so.\nDiesel blues\nThe "
        "allegations are the latest cloud.\n\nThe inspection was made by the European\n"
        "Commission on Monday and\nlasted two days. It was ordered by the U.S.\nTreasury "
        "and Mr.\nSmith at 10 a.m.\nMonday. Maj.\nAnn Bay led it.\n"
    )
    assert one(path).body.split("\n") == [
        "EU raids automaker BMW",
        "Brussels - EU regulators raided the offices of BMW.",
        "The Commission said so.",
        "Diesel blues",
        "The allegations are the latest cloud.",
        "",
        "The inspection was made by the European Commission on Monday and lasted two days. It "
        "was ordered by the U.S. Treasury and Mr. Smith at 10 a.m. Monday. Maj. Ann Bay "
        "led it.",  # (a title written short: one list of them in vocab, with the tokenizer's)
    ]


def test_markdown_heading_is_title_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Talks in Delhi\n\nPatrushev met Doval.\n")
    article = one(path)
    assert article.title == "Talks in Delhi"
    assert article.body == "Patrushev met Doval."


def test_markdown_broken_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: [unclosed\ndate: 2021-09-08\n---\nText.\n")
    articles, errors = read_all(path)
    assert articles == []
    assert [e.path for e in errors] == [str(path)]
    assert "front matter" in errors[0].reason


def test_html_main_text_without_menus(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    article = one(path)
    assert "Patrushev held extensive talks" in article.body
    assert "Sport" not in article.body
    assert "Cookie" not in article.body
    assert article.title == "Russia and India hold talks on Afghanistan"
    assert article.date == "2021-09-08"
    assert article.source == "Example News"


def test_a_names_hover_card_is_not_read_into_the_text(tmp_path: Path) -> None:
    # A card shown when the pointer rests on a name (The Hill's, two dev pages): the name's
    # portrait, full name and stories ran into the sentence.
    card = (
        '<span class="person"><a href="/people/doval">Ajit Doval</a><span class="card">'
        '<img src="/doval.jpg" alt=""><a href="/people/doval">Ajit Kumar Doval</a>'
        '<a href="/news/1">Doval visits Moscow for security talks</a> '
        '<a href="/news/2">India names new envoy to Kabul</a></span></span>'
    )
    # A span that wraps the text's own words, with links and an emoji's picture, is the text.
    own = (
        '<span style="font-weight:400">officials at <a href="/mea">the ministry</a> and '
        '<a href="/pmo">the prime minister\'s office</a> <img class="emoji" src="/e.png"> '
        "said</span>"
    )
    page = PAGE.replace("with Ajit Doval in", f"with {card} in").replace(
        "officials said on Thursday", f"{own} on Thursday"
    )
    path = tmp_path / "page.html"
    path.write_text(page)
    body = one(path).body
    assert "talks with Ajit Doval in New Delhi" in body
    assert "Moscow" not in body and "Kumar" not in body
    assert "officials at the ministry and the prime minister's office said" in body


@pytest.mark.parametrize(
    ("title", "site", "host", "shown", "source"),
    [
        # A page's title that ends on its site's name (13 of the 92 dev pages: "... -
        # SpaceNews.com", "... | Al Bawaba", "... – TechCrunch").
        ("Talks held in Delhi - Example News", "Example News", "", "Talks held in Delhi", None),
        ("Talks held in Delhi | Example", "", "example.com", "Talks held in Delhi", None),
        (
            "Talks held in Delhi – ExampleNews.com",
            "",
            "www.examplenews.com",
            "Talks held in Delhi",
            None,
        ),
        # Not a section, nor the headline's own words after a dash.
        (
            "Talks held in Delhi | Editorial",
            "Example News",
            "",
            "Talks held in Delhi | Editorial",
            None,
        ),
        (
            "Delhi talks – ‘The talks are over’",
            "Example News",
            "",
            "Delhi talks – ‘The talks are over’",
            None,
        ),
        # A footer taken for the site's name is no source ("Copyright 2014": a trial's).
        (
            "Talks held in Delhi",
            "Copyright 2014",
            "www.example.com",
            "Talks held in Delhi",
            "example.com",
        ),
    ],
)
def test_a_pages_title_without_its_sites_name(
    tmp_path: Path, title: str, site: str, host: str, shown: str, source: str | None
) -> None:
    page = PAGE.replace(
        '<meta property="og:title" content="Russia and India hold talks on Afghanistan">',
        f'<meta property="og:title" content="{title}">',
    ).replace('content="Example News"', f'content="{site}"')
    if host:
        page = page.replace("</head>", f'<link rel="canonical" href="https://{host}/a/1"></head>')
    path = tmp_path / "page.html"
    path.write_text(page)
    article = one(path)
    assert article.title == shown
    assert article.source == (source or site or host.removeprefix("www."))


def test_html_without_body(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head></html>")
    articles, errors = read_all(path)
    assert articles == [] and len(errors) == 1
    assert "no article text" in errors[0].reason


RECORD = {
    "title": "Tram derails in Croydon",
    "description": "Several people died after a tram overturned.",
    "text": "The tram came off the tracks in a tunnel at around 6am.",
    "date_publish": "2016-11-09 00:00:00",
    "source_domain": "standard.co.uk",
    "url": "http://example.org/tram",
}


def test_news_please_json(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps(RECORD))
    article = one(path)
    assert article.title == RECORD["title"]
    assert article.date == "2016-11-09"
    assert article.source == "standard.co.uk"
    assert article.body == "\n\n".join((RECORD["title"], RECORD["description"], RECORD["text"]))


def test_news_please_maintext_and_publisher(tmp_path: Path) -> None:
    record = {"title": "T", "maintext": "Body text.", "publisher": "P", "date_publish": None}
    path = tmp_path / "a.json"
    path.write_text(json.dumps(record))
    article = one(path)
    assert (article.body, article.source, article.date) == ("T\n\nBody text.", "P", None)


@pytest.mark.parametrize(
    ("url", "date"),
    [
        (
            "https://www.washingtonpost.com/sports/cubs-win/2016/11/03/99cfc9c2_story.html",
            "2016-11-03",
        ),
        ("https://www.theguardian.com/uk-news/2016/nov/09/croydon-tram-crash", "2016-11-09"),
        ("http://example.org/news/2016/13/40/not-a-day", None),
        ("http://example.org/tram", None),
    ],
)
def test_a_record_without_its_date_is_dated_by_its_web_address(
    tmp_path: Path, url: str, date: str | None
) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps(dict(RECORD, date_publish="None", url=url)))
    assert one(path).date == date
    path.write_text(json.dumps(dict(RECORD, url=url)))
    assert one(path).date == "2016-11-09"  # the record's own date comes first


@pytest.mark.parametrize(
    ("description", "text"),
    [
        (RECORD["description"], RECORD["description"] + " " + RECORD["text"]),
        # A feed's copy that ran the byline into the dateline, and cut the sentence short.
        (
            "By Enrique Andres PretelSAN JOSE, Dec 31 (Reuters) - Several people died after...",
            "By Enrique Andres Pretel\nSAN JOSE, Dec 31 (Reuters) - Several people died after "
            "a tram overturned.",
        ),
    ],
)
def test_description_repeated_in_text_is_said_once(
    tmp_path: Path, description: str, text: str
) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps(dict(RECORD, description=description, text=text)))
    assert one(path).body.count("Several people died") == 1


def test_description_that_repeats_the_headline_is_said_once(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps(dict(RECORD, description=RECORD["title"])))
    assert one(path).body == RECORD["title"] + "\n\n" + RECORD["text"]


def test_jsonl_bad_line_does_not_stop_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [
        json.dumps(RECORD),
        "{broken",
        json.dumps(dict(RECORD, title="Second", url="http://example.org/second")),
    ]
    path.write_text("\n".join(lines) + "\n")
    articles, errors = read_all(path)
    assert [a.title for a in articles] == [RECORD["title"], "Second"]
    assert [a.path for a in articles] == [f"{path}#1", f"{path}#3"]
    assert [e.path for e in errors] == [f"{path}#2"]
    assert "broken JSON" in errors[0].reason


def test_records_that_fail_alike_are_one_line(tmp_path: Path) -> None:
    # Trial E: "[1,2,3]" was three lines, one per number.
    path = tmp_path / "list.json"
    path.write_text(json.dumps([1, RECORD, 2, 3, 4, "five"]))
    articles, errors = read_all(path)
    assert [a.title for a in articles] == [RECORD["title"]]
    assert [str(e) for e in errors] == [
        f"{path}: 5 records (#1, #3, #4 and 2 more): expected a JSON object with 'title' and 'text'"
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('{"title": "A\tB", "text": "x"}', "line 1, column 13: Invalid control character"),
        # (a trial read "...: Unterminated string starting" as a message cut short)
        ('{"title": "abc', "line 1, column 11: Unterminated string"),
    ],
)
def test_broken_json_is_said_in_a_whole_phrase(tmp_path: Path, text: str, said: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(text)  # a raw tab inside a string; a string never closed
    _, errors = read_all(path)
    assert [e.reason for e in errors] == [f"broken JSON at {said}"]


@pytest.mark.parametrize(
    ("record", "said"),
    [
        ({"title": "T", "text": ["a"]}, "'text' is a list, not text"),
        ({"title": 5, "text": "Body text."}, "'title' is a number, not text"),
        (
            {"title": "T", "description": {"a": 1}, "text": "x"},
            "'description' is an object, not text",
        ),
    ],
)
def test_a_record_field_that_is_no_text_is_said(
    tmp_path: Path, record: dict[str, object], said: str
) -> None:
    """Trial D: a record of `"title": 5, "text": ["a"]` was listed as "5", its body "['a']"."""
    path = tmp_path / "a.json"
    path.write_text(json.dumps(record))
    articles, errors = read_all(path)
    assert not articles and [e.reason for e in errors] == [said]


def test_json_list_and_broken_json(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text(
        json.dumps([RECORD, dict(RECORD, title="Two", url="http://example.org/two")])
    )
    (tmp_path / "broken.json").write_text('{"title": "x", ')
    articles, errors = read_all(tmp_path)
    assert len(articles) == 2
    assert [Path(e.path).name for e in errors] == ["broken.json"]


def test_folders_recursive_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text("Deep article text.")
    (tmp_path / "top.md").write_text("Top article text.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00")
    articles, errors = read_all(tmp_path)
    assert errors == []
    assert sorted(Path(a.path).name for a in articles) == ["deep.txt", "top.md"]


def test_glob_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Article one.")
    (tmp_path / "b.txt").write_text("Article two.")
    files, errors = discover([tmp_path / "*.txt", tmp_path / "none.txt", tmp_path / "*.md"])
    assert [Path(f.path).name for f in files] == ["a.txt", "b.txt"]
    assert [e.reason for e in errors] == ["no such file or folder", "no file matches this pattern"]


def test_bad_files_each_get_one_line(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("A good article about talks.")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "spaces.txt").write_text("  \n\t\n ")
    with open(tmp_path / "huge.txt", "wb") as handle:
        handle.truncate(60 * MB)  # sparse: costs no disk
    articles, errors = read_all(tmp_path)
    assert [Path(a.path).name for a in articles] == ["good.txt"]
    reasons = {Path(e.path).name: e.reason for e in errors}
    assert set(reasons) == {"binary.txt", "empty.txt", "spaces.txt", "huge.txt"}
    assert "binary" in reasons["binary.txt"]
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["spaces.txt"]
    assert "too large" in reasons["huge.txt"] and "max_file_mb" in reasons["huge.txt"]
    assert all("\n" not in str(e) for e in errors)


def test_windows_1252_article_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes("The envoy’s “ample scope” remark – in Moscow.".encode("cp1252"))
    assert one(path).body == "The envoy’s “ample scope” remark – in Moscow."


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Secret.")
    path.chmod(0)
    articles, errors = read_all(path)
    assert articles == [] and "permission denied" in errors[0].reason


def test_symlink_loop_and_folder_named_like_a_file(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "folder.txt" / "inside.txt").write_text("Inside a folder called folder.txt.")
    articles, errors = read_all(tmp_path)
    assert [Path(a.path).name for a in articles] == ["inside.txt"]
    assert [(Path(e.path).name, e.reason) for e in errors] == [
        ("loop.txt", "cannot read: symlink loop")
    ]


def test_json_with_lone_surrogate_escapes(tmp_path: Path) -> None:
    # Found by benchmarks/fuzz.py: "\ud800" in JSON decodes to text UTF-8 cannot encode.
    path = tmp_path / "a.json"
    path.write_text('{"title": "Talks\\ud800", "text": "Putin \\udfff called Modi."}')
    article = one(path)
    assert article.title == "Talks\ufffd" and article.body.endswith("Putin \ufffd called Modi.")


def test_file_deleted_between_listing_and_reading(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Soon gone.")
    (tmp_path / "b.txt").write_text("Still here.")
    files, _ = discover([tmp_path])
    (tmp_path / "a.txt").unlink()
    results = [read_file(f, max_bytes=MB) for f in files]
    assert results[0] == (
        [],
        [IngestError(str(tmp_path / "a.txt"), "cannot read: no such file or directory")],
    )
    assert results[1][0][0].body == "Still here."


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Scores killed as truck rams crowd Updated: 2016-07-15 13:14 By Agencies", "2016-07-15"),
        ("Published 2017-11-06 | By Staff", "2017-11-06"),
        ("Posted on: 2018-01-02", "2018-01-02"),
        ("The 2016-07-15 figures were updated.", None),
    ],
)
def test_an_undated_page_is_dated_by_its_own_stamp(
    tmp_path: Path, head: str, date: str | None
) -> None:
    # A trial: China Daily's page, pasted undated, dated its news by nothing ("Thursday"
    # unresolved, the bottom line on the wrong day).
    path = tmp_path / "page.txt"
    path.write_text(f"Truck attack in Nice\n\n{head}\nNearly 80 people were killed on Thursday.\n")
    assert one(path).date == date
