"""The saved Markdown reads as text: article words as written, web addresses whole, paths as
code; what it shows when rendered is what the articles say."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing.core.models import Actor, Briefing, Dated, Point, Source
from briefing.core.render.markdown import render_briefing
from tests import properties as p

ROOT = Path(__file__).resolve().parent.parent
URL = "https://www.nytimes.com/2016/10/14/us/politics/donald_trump-women.html?utm_term=.a1b_2"
PATH = "seeds/000_c942334a0c3848b7.txt"
READABLE = [
    "The story broke on www.nytimes.com on Friday.",
    "The U.N. Security Council met on Monday.",
    "Supporters posted under #BringBackOurGirls.",
    "The flag is called snake_case in the code.",
    "Prices rose 3.5% in a year.",
    "Five stars * were given.",
]


def _briefing(texts: list[str], url: str = URL, path: str = PATH) -> Briefing:
    return Briefing(
        title="U.N. talks, 2016-10-14",
        bottom_line=Point(texts[0], (1,)),
        key_points=tuple(Point(t, (1, 2)) for t in texts[1:]),
        actors=(Actor("U.N. Security Council", "ORG", None, 3, 2),),
        timeline=(Dated("2016-10-14", None, "day", texts[1], (2,)),),
        changes=(),
        sources=(
            Source(1, "2016-10-14", "Trump_s women", "www.nytimes.com", "/x/a.json", url),
            Source(2, "2016-10-15", "#Hashtags", "", path, ""),
        ),
    )


def test_article_text_appears_as_written() -> None:
    markdown = render_briefing(_briefing(READABLE))
    for text in READABLE:
        assert text in markdown
    assert "U.N. Security Council" in markdown
    assert f"<{URL}>" in markdown  # an autolink: copied whole
    assert f"`{PATH}`" in markdown  # a path: a code span
    assert "\\" not in markdown  # nothing here needs a backslash


def test_a_web_address_in_article_text_is_an_autolink_without_its_full_stop() -> None:
    # A trial: "publish the accounts at https://paris.example.org/budget_2021 every year."
    texts = [
        "The city said so on Monday.",
        "Grégoire said Paris would publish the accounts at https://paris.example.org/budget_2021"
        " every year.",
        "The rules are at https://en.wikipedia.org/wiki/Nice_(city).",
    ]
    lines = render_briefing(_briefing(texts)).splitlines()
    assert (
        "- Grégoire said Paris would publish the accounts at "
        "<https://paris.example.org/budget_2021> every year. [1][2]"
    ) in lines
    assert "- The rules are at <https://en.wikipedia.org/wiki/Nice_(city)>. [1][2]" in lines


def test_a_web_address_an_autolink_cannot_hold_as_written_is_one_percent_encoded() -> None:
    # A trial's source: "<" and ">" left it escaped text, not a link.
    url = "https://example.com/a_(b)/c?x=1&y=<2>#frag"
    markdown = render_briefing(_briefing(READABLE, url=url))
    assert "<https://example.com/a_(b)/c?x=1&y=%3C2%3E#frag>" in markdown.splitlines()[-2]


@pytest.mark.parametrize(
    "url",
    ["https://xn--pypal-4ve.com/login", "https://x.org/%E2%80%AE/evil", "https://ex%61mple.com/"],
)
def test_an_address_a_parser_would_show_decoded_is_no_autolink(url: str) -> None:
    # A review: "<https://xn--pypal-4ve.com/login>" shows as "https://pаypal.com/login"
    # (a Cyrillic "а"), "%E2%80%AE" as a bidi override: links of other words.
    lines = render_briefing(_briefing(READABLE, url=url)).splitlines()
    source = next(x for x in lines if x.startswith("1. "))
    assert f"<{url}>" not in source and url in source.replace("\\", "")


def test_a_source_line_before_and_after() -> None:
    lines = render_briefing(_briefing(READABLE)).splitlines()
    assert f"1. 2016-10-14 — Trump_s women — www.nytimes.com — <{URL}>" in lines
    assert f"2. 2016-10-15 — #Hashtags — `{PATH}`" in lines


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("*Breaking* news", "\\*Breaking* news"),
        ("1. Paris", "1\\. Paris"),
        ("- a list?", "\\- a list?"),
        ("<b>bold</b>", "\\<b>bold\\</b>"),
        ("Fish &amp; chips", "Fish \\&amp; chips"),
        ("a `code` b", "a \\`code` b"),
        ("Title #", "Title \\#"),
    ],
)
def test_only_what_would_become_markup_is_escaped(text: str, escaped: str) -> None:
    from briefing.core.render.inline import escape

    assert escape(text) == escaped
    p.escaped_text_makes_no_markdown(text)


def _shown_lines(markdown: str) -> list[str]:
    """What a reader sees of each line of a briefing, in the app's parser."""
    shown = []
    for line in markdown.splitlines():
        tokens = MarkdownIt("gfm-like").parse(line)
        inline = [t for t in tokens if t.type == "inline"]
        kinds = {c.type for t in inline for c in t.children or []}
        assert kinds <= {"text", "strong_open", "strong_close", "link_open", "link_close",
                         "code_inline"}, (line, kinds)  # fmt: skip
        shown.append("".join(c.content for t in inline for c in t.children or [] if c.content))
    return shown


def _seen(text: str) -> str:
    """What a reader sees of a piece of text: white space as one space (CommonMark shows NUL
    as U+FFFD)."""
    return " ".join(text.split()).replace("\x00", "\ufffd")


PATHS = st.text(min_size=1, max_size=30).filter(lambda s: s.strip())


@settings(max_examples=200, deadline=None)
@given(p.ARTICLE_TEXT, p.ARTICLE_TEXT, PATHS)
def test_a_rendered_line_shows_its_pieces(title: str, outlet: str, path: str) -> None:
    """Pieces escaped one by one do not make markup together (a title ending on a backtick
    before a path's code span; emphasis opened in one piece and closed in the next)."""
    sources = (
        Source(1, "2016-10-14", title, outlet, "/x/a.json", ""),
        Source(2, "2016-10-15", outlet, "", path, ""),
    )
    briefing = Briefing("Title", None, (), (), (), (), sources)
    shown = _shown_lines(render_briefing(briefing))
    dash = " — "
    first = dash.join(["2016-10-14", _seen(title)] + ([_seen(outlet)] if outlet else []))
    assert first + dash + "/x/a.json" in shown
    assert dash.join(["2016-10-15", _seen(outlet), _seen(path)]) in shown


def test_brief_prints_markdown_to_a_pipe_and_renders_on_a_terminal(
    tmp_path: Path,
) -> None:
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "briefing", "--config", str(tmp_path / "none.yaml")]
    piped = subprocess.run(
        [*command, "brief", "seeds/"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.startswith("# ") and "**Bottom line:**" in piped.stdout
    assert "## Sources" in piped.stdout
    assert re.search(r"^1\. \S+ — .* — `seeds/\d+_\w+\.txt`$", piped.stdout, re.M)


def _in_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run a command with a terminal (a pty) as its output; what it printed."""
    import pty

    main_fd, child_fd = pty.openpty()
    process = subprocess.Popen(
        args, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=child_fd, stderr=child_fd
    )
    os.close(child_fd)
    chunks = []
    while True:
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main_fd)
    assert process.wait(timeout=120) == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_brief_on_a_terminal_is_rendered_unless_markdown_is_asked(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "BRIEFING_CACHE_DIR": str(tmp_path / "cache"),
        "COLUMNS": "200",
        "TERM": "xterm-256color",
    }
    command = [sys.executable, "-m", "briefing", "--config", str(tmp_path / "none.yaml")]
    shown = _in_a_terminal([*command, "brief", "seeds/"], env)
    assert "Bottom line:" in shown and "**Bottom line:**" not in shown
    assert "## Sources" not in shown and "Sources" in shown
    raw = _in_a_terminal([*command, "brief", "seeds/", "--markdown"], env)
    assert "**Bottom line:**" in raw and "## Sources" in raw


def test_the_readme_shows_what_brief_prints_on_the_seeds(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- briefing brief seeds/ -->\n```markdown\n", 1)[1].split("```\n")[0]
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "briefing", "--config", str(tmp_path / "none.yaml")]
    printed = subprocess.run(
        [*command, "brief", "seeds/"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout == block


def test_text_the_parser_fails_on_is_escaped_not_fatal() -> None:
    """markdown-it-py's linkifier raises on some text ("a.com[//x.p://"): such text is
    escaped, and the briefing is written."""
    from briefing.core.render.inline import escape

    text = "the page a.com[//x.p:// was offline"
    assert "[" not in escape(text).replace("\\[", "")
    markdown = render_briefing(_briefing([text, text]))
    assert "a.com\\[//x.p:// was offline" in markdown


def test_a_long_sentence_is_escaped_quickly() -> None:
    """Each escape taken back costs a parse: a long sentence with one pair of marks costs a
    few, not one per punctuation mark (no timing here: the number of parses)."""
    from unittest import mock

    from briefing.core.render import inline

    text = "word, word. " * 200 + "*x*"
    with mock.patch.object(inline, "shows_as", wraps=inline.shows_as) as counted:
        escaped = inline.escape(text)
    assert escaped.endswith("\\*x*") and counted.call_count <= inline.MAX_TRIES + 3


def test_a_story_whose_unread_articles_add_nothing_says_so_in_a_sentence() -> None:
    from briefing.core.models import Digest, DigestStory, Point
    from briefing.core.render.markdown import render_digest

    story = DigestStory(
        "s1", "Storm hits Oslo", Point("A storm hit Oslo on Monday.", (1,)), (), 3, 2,
        "2021-09-01", "2021-09-03", new_points=(), unread=1,
    )  # fmt: skip
    text = render_digest(Digest("New: 1 story", None, None, (story,), (), 0, (), new=True))
    assert "**New:** nothing the read articles do not say." in text
    assert "- nothing" not in text


@pytest.mark.parametrize(
    "text",
    [
        # A linkifier shows percent-escapes and punycode decoded in the links it makes: a
        # right-to-left override (hypothesis found it in CI), a Cyrillic "а".
        "http://%E2%80%AE@http://",
        "the page xn--pypal-4ve.com asked for passwords",
        "www.xn--pypal-4ve.com",
    ],
)
def test_text_a_linkifier_would_show_decoded_is_escaped(text: str) -> None:
    from briefing.core.render.inline import escape, shows_as

    assert shows_as(escape(text), text)
