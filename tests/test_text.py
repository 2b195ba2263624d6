import codecs
import re

import pytest

from briefing.core.brief.run_on import runs_on
from briefing.core.sources.text import (
    ReadError,
    copyright_lines,
    decode,
    first_sentence,
    is_caption,
    is_title_case,
    looks_like_headline,
    normalise,
    shorten,
    take_credits,
    without_kicker,
)
from briefing.printable import printable


def test_decode_utf8_and_boms() -> None:
    assert decode("Café in Köln".encode()) == "Café in Köln"
    assert decode(codecs.BOM_UTF8 + "Zürich".encode()) == "Zürich"
    assert decode(codecs.BOM_UTF16_LE + "Zürich talks".encode("utf-16-le")) == "Zürich talks"
    assert decode(codecs.BOM_UTF16_BE + "Zürich talks".encode("utf-16-be")) == "Zürich talks"


def test_decode_windows_1252_and_latin_1() -> None:
    text = "The minister’s “résumé” – €5 bn"
    assert decode(text.encode("cp1252")) == text
    assert decode("Ångström in São Paulo".encode("latin-1")) == "Ångström in São Paulo"


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(1, 32)) * 20])
def test_decode_refuses_binary(data: bytes) -> None:
    with pytest.raises(ReadError, match="binary"):
        decode(data)


def test_normalise_cleans_controls_spaces_and_blank_lines() -> None:
    raw = "Title\r\n\r\n\r\n\r\nBody\x1b[31m red\u202e  text\t here \x07\n"
    assert normalise(raw) == "Title\n\nBody[31m red text here"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        # UTF-8 read as Windows-1252 by a scraper (a dev record: "the problem doesnâ€™t
        # appear to be widespread", "Appleâ€™s own support forums" in a key point).
        (
            "The mayor doesnâ€™t agree with the cafÃ© owners",
            "The mayor doesn’t agree with the café owners",
        ),
        ("Tickets cost Â£5 at â€œThe Oldâ€\x9d", "Tickets cost £5 at “The Old”"),
        ("Tickets cost â‚¬5 in WrocÅ‚aw", "Tickets cost €5 in Wrocław"),
        # Text that only looks so stays as written.
        (
            "SÃO PAULO (Reuters) - Brazil's senate voted",
            "SÃO PAULO (Reuters) - Brazil's senate voted",
        ),
        ("Ãngel Di María scored twice", "Ãngel Di María scored twice"),
        ("Åsa Larsson and Ärger in Köln", "Åsa Larsson and Ärger in Köln"),
    ],
)
def test_text_misread_as_windows_1252_is_mended(raw: str, text: str) -> None:
    assert normalise(raw) == text


def test_normalise_drops_invisible_characters_inside_words() -> None:
    # A web page's zero-width space, word joiner, byte-order mark and soft hyphen would make
    # "Morsi" and "Morsi\u200b" two names; the joiners that emoji need are kept.
    couple = "\U0001f468\u200d\U0001f469"
    raw = f"Mohammed Morsi\u200b was sen\u00adtenced; Mor\u2060si\ufeff appealed {couple}"
    assert normalise(raw) == f"Mohammed Morsi was sentenced; Morsi appealed {couple}"


def test_take_credits_inline_and_own_line() -> None:
    body = (
        "He met the minister. (Photos Credit: MEA)\n\nMore text.\n\n"
        "(Inputs from ANI/ PTI)\n\nImage- AP"
    )
    text, credits = take_credits(body)
    assert text == "He met the minister.\n\nMore text."
    assert credits == ("(Photos Credit: MEA)", "(Inputs from ANI/ PTI)", "Image- AP")


@pytest.mark.parametrize(
    ("body", "text", "credits"),
    [
        # Who wrote and edited a wire story, in its closing brackets or on a line (a trial's
        # key actors were "Ali Khan" and "Mark Heinrich", the writer and the editor).
        (
            "The talks went on. (Reporting by Ann Lee; Editing by Tom Ray)",
            "The talks went on.",
            ("(Reporting by Ann Lee; Editing by Tom Ray)",),
        ),
        (
            "The talks went on.\n\nReporting by Ann Lee and Bo Kim; Writing by Bo Kim",
            "The talks went on.",
            ("Reporting by Ann Lee and Bo Kim; Writing by Bo Kim",),
        ),
        (
            "Reporting by the Times showed the plan failed; the minister quit.",
            "Reporting by the Times showed the plan failed; the minister quit.",
            (),
        ),
        # A picture's caption that ends on a Reuters photographer's credit.
        (
            "Fans wave flags in Leeds, Britain May 5, 2016. REUTERS/Ann Lee/File Photo\n\n"
            "The club won.",
            "The club won.",
            (),
        ),
        # The text a page ran into the caption's line stays (the review's: the lead went
        # with it); other credits of Reuters pictures.
        (
            "TOKYO - Exports grew 2.5%, the ministry said on Monday. A man walks past a screen "
            "in Tokyo, Japan Nov. 13, 2017. REUTERS/Ann Lee",
            "TOKYO - Exports grew 2.5%, the ministry said on Monday.",
            (),
        ),
        (
            "Kim inspects a farm in this undated photo. KCNA/via REUTERS\n\nThe farm grew.",
            "The farm grew.",
            (),
        ),
        (
            "Fans cheer in Leeds. Reuters/Ann Lee/File photo\n\nThe club won.",
            "The club won.",
            (),
        ),
        (
            "The talks went on. (Writing by Bo Kim, editing by Tom Ray)",
            "The talks went on.",
            ("(Writing by Bo Kim, editing by Tom Ray)",),
        ),
        (
            "The talks went on. (Additional reporting by Ann Lee in Paris)",
            "The talks went on.",
            ("(Additional reporting by Ann Lee in Paris)",),
        ),
        # A line that says it is a caption; an AFP picture's credit (a trial's).
        (
            "The ferry sank.\n\nPhoto: Relatives wait for news on the shore of the lake on "
            "March 13, 2024.\n\nDivers searched the lake.",
            "The ferry sank.\n\nDivers searched the lake.",
            (),
        ),
        (
            "Relatives wait on the shore. (AFP Photo/Ann Lee)\n\nDivers searched.",
            "Divers searched.",
            (),
        ),
        # A byline and a time stamp on lines of their own, as pasted from a page, and a
        # photographer's credit (a trial's .txt articles kept "Published: 2024-05-07" and
        # "By Amina Otieno" as sentences); "By Tuesday the lake was calm." is text.
        (
            "Published: 2024-03-13 10:00 GMT\nBy Ann Lee and Bo Kim\n\nThe ferry sank.\n\n"
            "Photographer: Tom Ray/Bloomberg\n\nBy Tuesday the lake was calm.",
            "The ferry sank.\n\nBy Tuesday the lake was calm.",
            (
                "Published: 2024-03-13 10:00 GMT",
                "By Ann Lee and Bo Kim",
                "Photographer: Tom Ray/Bloomberg",
            ),
        ),
        (
            "He spoke to REUTERS/Ipsos pollsters about the vote in Leeds.",
            "He spoke to REUTERS/Ipsos pollsters about the vote in Leeds.",
            (),
        ),
        # A stock's code ("Volkswagen (VOWG_p.DE) has yet to fix ..." was read as a
        # sentence ending on "VOWG_p." and one opening on "DE) has yet to fix").
        (
            "Carmaker Opel (OPLG_p.DE) and Tesla (NASDAQ:TSLA) rose; Apple (AAPL.O) fell. "
            "Ford (F.N), Berkshire (BRKa.N) and BHP (ASX: BHP) rose. The U.S. (and Canada) gained.",
            "Carmaker Opel and Tesla rose; Apple fell. Ford, Berkshire and BHP rose. The U.S. "
            "(and Canada) gained.",
            (),
        ),
    ],
)
def test_wire_copy_names_no_writer_photographer_or_stock_code_as_text(
    body: str, text: str, credits: tuple[str, ...]
) -> None:
    assert take_credits(body) == (text, credits)


def test_a_credit_written_twice_is_said_once() -> None:
    body = "He met the minister. (Photos Credit: MEA)\n\nThey spoke. (Photos Credit: MEA)"
    text, credits = take_credits(body)
    assert text == "He met the minister.\n\nThey spoke." and credits == ("(Photos Credit: MEA)",)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("The talks ended.\nAdvertisement Continue reading the main story Mr. Lee spoke next.",
         "The talks ended.\nMr. Lee spoke next."),
        ("The talks ended.\nNewsletter Sign Up Continue reading the main story\nMr. Lee spoke.",
         "The talks ended.\n\nMr. Lee spoke."),
        ("Hillary Clinton spoke. 1 of 57 Full Screen Autoplay Close Skip Ad x The crowd cheered.",
         "Hillary Clinton spoke. The crowd cheered."),
        # A gallery run into the text whole, its title, captions and credit (a second trial's
        # key points: "What President-elect Donald Trump did on his trip to Washington View
        # Photos Trump arrives ...", "(Melina Mara/The Washington Post) Hillary Clinton ...").
        ("Trump met Obama. 1 of 57 Full Screen Autoplay Close Skip Ad x What Trump did in "
         "Washington View Photos Trump arrives at the White House. Caption Trump arrives at "
         "the White House. Nov. 10, 2016 Obama talks with Trump. Jabin Botsford/The "
         "Washington Post Buy Photo Wait 1 second to continue. Obama said he was encouraged.",
         "Trump met Obama. Obama said he was encouraged."),
        # A bare marker keeps the prose after it, up to another gallery (the review's).
        ("Trump met Obama. 1 of 57 Full Screen Autoplay Close Skip Ad x Obama said he was "
         "encouraged. 1 of 20 Full Screen Autoplay Close Skip Ad x View Photos Trump arrives. "
         "Wait 1 second to continue. Ryan met Trump later.",
         "Trump met Obama. Obama said he was encouraged. Ryan met Trump later."),
        # A video player's buttons (a second trial's key point: "Embed x Share Toblerone is
        # facing ...").
        ("Fares rose.\nSkip Ad Ad Loading... x Embed x Share The ferry firm is facing anger "
         "over fares.",
         "Fares rose.\nThe ferry firm is facing anger over fares."),
        ("She wrote: 'Continue reading the main story', a novel.", None),
        # Where a picture or video was (a trial's key point: "Photo Millions more people
        # were affected"; 11 of the dev articles open so).
        ("Photo\nMore than five years ago, Al Qaeda called.\nVideo\nThe strip was closed.",
         "More than five years ago, Al Qaeda called.\n\nThe strip was closed."),
        ("Photo of the day: a heron.\nVideos show the flood.", None),
        # A video playlist run into one line (a trial's timeline: "(Nov. 17) AP 3 of 41 Skip
        # in Skip x Embed x Share CLOSE WHAT YOU NEED TO KNOW ABOUT ELON MUSK ...", dated).
        ("The launch is set for Tuesday.\nSkip in Skip x Embed x Share CLOSE WATCH: THE "
         "LAUNCH Rocket lifts off | 2:30 The rocket lifted off on Friday. (Nov. 17) AP 2 of 9 "
         "Skip in Skip x Embed x Share CLOSE WATCH: THE LAUNCH Crowds gather | 0:37 Fans "
         "cheered. 3 of 9\nIt will carry a car.",
         "The launch is set for Tuesday.\n\nIt will carry a car."),
        ("The app's menu reads Skip in, Skip x, Embed x and Share.", None),
    ],
)  # fmt: skip
def test_what_a_page_prints_for_its_reader_is_not_article_text(body: str, kept: str | None) -> None:
    # A trial's timeline: "Advertisement Continue reading the main story “I am deeply
    # sorry…”" (a page template run into the next sentence, in 23 of the dev articles).
    assert take_credits(body)[0] == (kept or body)


def test_a_slideshow_run_into_the_text_is_not_article_text() -> None:
    body = (
        "Investigations had been launched into the incident.\n"
        "UK news in pictures\n34 show all UK news in pictures\n"
        "1/34 30 November 2017 A supporter wears a Donald Trump mask Rex\n"
        "2/34 29 November 2017 A sign is displayed in front of Westminster AP\n"
        "3/34 28 November 2017 This year's Christmas Tree is shaped from words\n"
        "It is the first tram crash involving fatalities since 1959.\n"
        "PETA said on Twitter:\n4/4 This tragedy is why families should stay away."
    )
    text, _ = take_credits(body)
    assert text == (
        "Investigations had been launched into the incident.\n"
        "It is the first tram crash involving fatalities since 1959.\n"
        "PETA said on Twitter:\n4/4 This tragedy is why families should stay away."
    )


def test_photo_captions_are_not_article_text() -> None:
    body = (
        "North Korea launches rocket\n\n"
        "Photos: North Korea launches rocket The rocket blasted off. Hide Caption 1 of 8\n"
        "The scoring started at the top of the first.\n"
        "The Cubs had not won the World Series since 1908 (Getty)\n"
        "Image copyright AFP Image caption A large crater was left by the blast\n"
        "Arians and Palmer spent the last five seasons together. (Matt Rourke, File/Associated "
        "Press)\n"
        "WASHINGTON (Reuters) - The FBI said. ERIE, Pa. (AP) - Snow continues."
    )
    text, credits = take_credits(body)
    assert text == (
        "North Korea launches rocket\n\nThe scoring started at the top of the first.\n"
        "WASHINGTON (Reuters) - The FBI said. ERIE, Pa. (AP) - Snow continues."
    )
    assert credits == ()


def test_every_photo_agencys_credit_in_brackets_goes() -> None:
    """A review's: the credits' list of agencies was its own, short of the photo agencies
    that are no actors either (`vocab.PHOTO_AGENCIES`)."""
    body = "The ferry left Portmouth at dawn.\nCrowds waved from the quay (Alamy)\nMore."
    text, _ = take_credits(body)
    assert text == "The ferry left Portmouth at dawn.\nMore."


def test_a_long_paragraph_keeps_its_text_and_loses_its_agencys_credit() -> None:
    body = (
        "He called his career the most incredible experience of his life. The statement came "
        "one day after Arians announced his retirement. Arians and Palmer spent the last five "
        "seasons together. (Associated Press)\nPHOENIX - More."
    )
    text, credits = take_credits(body)
    assert text == body.replace(" (Associated Press)", "")
    assert credits == ("(Associated Press)",)


@pytest.mark.parametrize(
    "caption",
    [
        # A trial's timeline: "16 November 2017: Morgan Tsvangirai speaks to Associated Press
        # in Harare"; its bottom line dated an Equifax story by a hearing's picture.
        "Zimbabwe opposition leader Morgan Tsvangirai speaks to the Associated Press after "
        "giving a press conference at his home in Harare Thursday. Tsvangirai said Mugabe must "
        "resign. (Ben Curtis/Associated Press)",
        "Former CEO of Equifax Richard Smith testifies during a hearing before Senate Commerce, "
        "Science and Transportation Committee November 8, 2017 on Capitol Hill in Washington, "
        "DC. (Photo by Alex Wong/Getty Images)",
        # AP's caption runs on with the story's summary.
        "In this Dec. 20, 2015, file photo, Arizona Cardinals coach Bruce Arians, left, meets "
        "with quarterback Carson Palmer after the team's NFL football game. Palmer is retiring "
        "after 15 NFL seasons. The statement came one day after Arians announced his "
        "retirement. (Matt Rourke, File/Associated Press)",
        "The scene of an officer-involved shooting near 780 E. Pyle Ave. in Las Vegas on "
        "Saturday, Nov. 11, 2017. (Mike Shoro/Las Vegas Review-Journal)",
        # China Daily's (a trial's key point: "... in Pasadena, California,US, Jan 1, 2018.").
        "Hundreds of thousands of people lined the street to watch 39 floats decked out with "
        "countless flowers, along with show horses, marching bands and celebrities in "
        "Pasadena, California,US, Jan 1, 2018. [Photo/IC]",
        # A video's blurb (USA Today's, an AP video).
        'CLOSE John Mahoney, who played cranky dad on "Frasier," dies at 77; Police: Inquiry '
        "is last push to resolve Natalie Wood's death; Sarah Silverman splits from boyfriend "
        "Michael Sheen. (Feb. 6) AP",
        # Its agency's credit after the photographer's (the Washington Post's AP copy).
        "FILE - In this Nov. 2, 2017 file photo, model Chrissy Teigen poses at the 2017 "
        "Revolve Awards in Los Angeles. An airline says a Tokyo-bound flight returned to Los "
        "Angeles. (Photo by Chris Pizzello/Invision/AP,File) (Associated Press)",
        # NPR's picture (a trial's key point: "... Spencer Platt/Getty Images Airlines have").
        "Enlarge this image toggle caption Spencer Platt/Getty Images Spencer Platt/Getty Images",
    ],
)
def test_a_line_that_ends_in_a_pictures_credit_or_a_videos_day_is_a_caption(caption: str) -> None:
    text, _ = take_credits(f"Mugabe resigns\n{caption}\nThe talks ended on Friday.")
    assert text == "Mugabe resigns\nThe talks ended on Friday."


@pytest.mark.parametrize(
    "credit",
    ["(The Korea Herald/Asia News Network)", "(Dow Jones Newswires/MarketWatch)",
     "(With Inputs From ANI/PTI)", "(Staff Report/Daily Herald)"],
)  # fmt: skip
def test_a_long_paragraph_that_ends_in_a_sources_credit_keeps_its_text(credit: str) -> None:
    # The review's: no photographer's name, so no picture's caption.
    paragraph = (
        "Officials met in Seoul over the fisheries dispute and agreed to talk again next "
        "month, after a year in which the two sides traded accusations over illegal catches."
    )
    text, _ = take_credits(f"Talks resume\n{paragraph} {credit}\nMore.")
    assert paragraph in text


def test_a_reporters_credit_is_no_photographers() -> None:
    body = (
        "The talks ended on Friday without a deal, the ministers said after a day of meetings "
        "in Geneva that neither side called a success. (Reporting by John Smith; Editing by "
        "Jane Doe)\nMore."
    )
    text, _ = take_credits(body)
    assert text.startswith("The talks ended on Friday without a deal")


def test_the_bbc_caption_is_kept_when_the_whole_article_runs_on_in_its_line() -> None:
    body = "Image copyright The Paper Image caption Rescuers dug " + "and dug " * 30 + "all day."
    assert take_credits(body) == (body, ())


@pytest.mark.parametrize(
    ("body", "text"),
    [
        # Trial G: the parse took "Lovato (pictured)" for an aside of "his victory".
        ("Hours before Ortiz sealed her win, Ana Bell (pictured) was forced to apologise.",
         "Hours before Ortiz sealed her win, Ana Bell was forced to apologise."),
        ("The two leaders (left, pictured at the summit in May) met again on Friday.",
         "The two leaders met again on Friday."),
        ("Police chief Tom Hale (centre) spoke to reporters.",
         "Police chief Tom Hale spoke to reporters."),
        # Guards: a party, words in brackets that say more.
        ("Voters backed The Left (Left) in the east.", None),
        # (review K: a party's place)
        ("The AfD (far right) won 12.6% of the vote.", None),
        ("The PP (right) and the PSOE (left) lost seats.", None),
        ("The mayor (left in 2019 after a row) spoke.", None),
        ("The mayor (who left office in 2019) spoke.", None),
    ],
)  # fmt: skip
def test_where_a_picture_stands_is_not_the_text(body: str, text: str | None) -> None:
    assert take_credits(body)[0] == (text or body)


def test_take_credits_leaves_ordinary_parentheses() -> None:
    body = "The Ministry of External Affairs (MEA) said inputs from states (many) matter."
    assert take_credits(body) == (body, ())


def test_titles() -> None:
    assert first_sentence("Patrushev met Doval. They talked.\n\nMore.") == "Patrushev met Doval."
    assert shorten("word " * 40, 30).endswith("…")
    assert len(shorten("word " * 40, 30)) <= 30
    assert looks_like_headline("Russia and India to coordinate on Afghanistan")


def test_a_lead_cut_to_a_title_does_not_end_on_a_word_that_leads_on() -> None:
    """A cut lead ended "...will be visiting India for…", "...killed in the…"."""
    lead = (
        "Russian Secretary of the Security Council General Nikolay Patrushev will be "
        "visiting India for high-level inter-governmental consultations on Afghanistan"
    )
    assert shorten(lead, 96) == (
        "Russian Secretary of the Security Council General Nikolay Patrushev will be "
        "visiting India…"
    )
    assert shorten("Seven people were killed in the crash of a tram in Croydon", 38) == (
        "Seven people were killed…"
    )
    assert shorten("Of the", 4) == "Of…"  # one word left: kept, whatever it is
    assert not looks_like_headline("This is a sentence that ends with a full stop.")


def test_printable_neutralises_terminal_controls() -> None:
    assert printable("a\x1b]0;pwned\x07b\rc") == "a?]0;pwned?b?c"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toblerone Alters Shape of 2 Chocolate Bars, and Fans Are Outraged", True),
        ("Tram Derails in Croydon, Near London, Killing at Least 7", True),
        ("Vladimir Putin visited Paris.", False),
        ("Cubs win the World Series", False),
        (
            "Secretary of the Security Council of Russia Gen Nikolay Patrushev held extensive "
            "talks with NSA Ajit Doval in New Delhi on Wednesday",
            False,
        ),
    ],
)
def test_title_case_headlines_are_told_from_names_dense_sentences(
    text: str, expected: bool
) -> None:
    assert is_title_case(text) is expected


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        ("BREAKING NEWS: Chicago Cubs win the World Series", "Chicago Cubs win the World Series"),
        ("LIVE: Trump speaks in Ohio tonight", "Trump speaks in Ohio tonight"),
        ("US: Trump wins the election in an upset", "US: Trump wins the election in an upset"),
        ("WATCH: Trump speaks", "WATCH: Trump speaks"),  # too little would be left
        (
            "World Series 2016: Cubs end 108-year drought",
            "World Series 2016: Cubs end 108-year drought",
        ),
    ],
)
def test_a_kicker_in_capitals_is_not_part_of_a_storys_title(headline: str, title: str) -> None:
    assert without_kicker(headline) == title


ENCODED = [
    # (what the rules gave up on, the text, its encoding)
    ("utf-16-le", "Vladimir Putin called Narendra Modi on Tuesday about Afghanistan. " * 3),
    ("utf-16-be", "Vladimir Putin called Narendra Modi on Tuesday about Afghanistan. " * 3),
    (
        "koi8-r",
        "Президент России Владимир Путин провёл телефонный разговор с премьер-министром "
        "Индии. Стороны обсудили ситуацию в Афганистане. " * 2,
    ),
    (
        "shift_jis",
        "東京で地震が発生しました。政府は被害状況を確認しています。首相は記者会見を開きました。"
        * 2,
    ),
]


@pytest.mark.parametrize(("codec", "text"), ENCODED, ids=[c for c, _ in ENCODED])
def test_decode_finds_encodings_without_a_mark(codec: str, text: str) -> None:
    """UTF-16 without its byte-order mark, KOI8-R and Shift-JIS: charset-normalizer reads
    them where the plain rules gave up (binary) or read mojibake (Windows-1252)."""
    assert decode(text.encode(codec)) == text


@pytest.mark.parametrize(
    ("data", "text"),
    [("é".encode("cp1252"), "é"), ("ÀÉÎÕÜ abc".encode("cp1252"), "ÀÉÎÕÜ abc")],
)
def test_a_few_bytes_are_not_guessed_at(data: bytes, text: str) -> None:
    """Too short for charset-normalizer to tell: read as Windows-1252, as before."""
    assert decode(data) == text


def test_a_newsletter_sign_up_form_is_no_text_of_the_article() -> None:
    """Outlets print their sign-up form into the page's text ("Email" became a person's
    name, "Invalid Email" an entity); a line with two of its phrases is dropped."""
    news = "The council said on Monday that the bridge would reopen in May."
    forms = [
        "Daily News Email Enter your email address Email address is invalid Try again",
        "Sign Up Please verify you are human. Invalid email address. Please re-enter. "
        "You must select a newsletter to subscribe to. Thank you for subscribing.",
        "Subscribe Thank you for subscribing! Could not subscribe, try again later Invalid Email",
    ]
    for form in forms:
        body, _ = take_credits(f"{form}\n{news}")
        # (A sentence before the form may stay: "Please verify you are human.")
        assert body.endswith(news) and not re.search(r"(?i)email|subscrib", body), form
    # A form run into the article's paragraph: the form goes, the paragraph stays.
    body, _ = take_credits(f"Get our alerts + Subscribe {forms[2]} {news}\nMore news.")
    assert body == f"{news}\nMore news."
    body, _ = take_credits(f"{news} Alerts by email. {forms[0]}\nMore news.")
    assert body.startswith(news) and "Email" not in body.replace("email", "")
    # The sentence just before a form stays, as do the article's words after its tail.
    before = "Officials met on Monday. The bridge will reopen in May."
    body, _ = take_credits(f"{before} Enter your email address Email address is invalid\nX.")
    assert body == f"{before}\nX."
    form = "Thank you for subscribing! Could not subscribe, try again later Invalid Email"
    after = "The team said it would try again next season."
    assert take_credits(f"{form} {after}")[0] == after
    # One such phrase in a sentence of the news stays.
    said = "The scam emails told readers to enter your email address on a fake page."
    assert take_credits(f"{said}\n{news}")[0] == f"{said}\n{news}"


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        # Pictures' captions as Reuters and AP write them, ended as sentences.
        (
            "FILE PHOTO: U.S. envoy Joseph Yun answers questions in Tokyo, Japan April 25, 2017.",
            True,
        ),
        (
            "FILE - In this Oct. 2, 2017, file photo, police stand near the scene of a shooting.",
            True,
        ),
        ("In this Nov. 2, 2017 file photo, model Chrissy Teigen poses at the awards.", True),
        (
            "In this photo provided by the Korean Central News Agency, Kim Jong Un visits a farm.",
            True,
        ),
        ("In this image made from video, a man walks past the wreckage.", True),
        (
            "Assistant Sheriff Tom Roberts watches footage during a news briefing, Tuesday, Nov. "
            "13, 2017.",
            True,
        ),
        ("President Trump speaks in the Rose Garden. (AP Photo/Evan Vucci)", True),
        # A caption closed by its place and day, as Reuters writes them (the credit after
        # it taken off: a trial's bottom line read "A man walks past a screen showing a news
        # broadcast in Seoul, South Korea, November 15, 2017.").
        ("Fans wave flags outside the stadium in Leeds, Britain May 5, 2016.", True),
        ("A woman walks past a billboard in Lagos, Nigeria, November 15, 2017.", True),
        ("A girl speaks to her lawyer near Hebron, West Bank, January 1, 2018.", True),
        ("A man walks past a billboard in Washington, U.S., November 15, 2017.", True),
        (
            "Tom Roberts watches footage during a news briefing, Tuesday, Nov. 13, 2017, at the "
            "department's headquarters.",
            True,
        ),
        # What a picture shows (a trial's key point: "The Lighthouse Winmore, a Hong
        # Kong-flagged ship, is seen in waters off Yeosu, South Korea.").
        ("The ship, a tanker flagged in Panama, is seen in waters off the port.", True),
        ("Fans are seen celebrating near the stadium after the final out.", True),
        ("Smoke is seen billowing over the city.", True),
        (
            "Harambe, a gorilla, is pictured in this undated handout photo provided by the zoo.",
            True,
        ),
        ("The suspect, in a handout photo released by police.", True),
        # (a trial's What changed: what a picture shows, rising over a place or seen inside
        # somewhere)
        ("The first supermoon of the New Year is seen rising over the Las Vegas Strip.", True),
        ("The three boosters of the rocket, seen inside the company's hangar at the pad.", True),
        # ... its place and its day after it too (the review's)
        ("Rescue workers, seen at the site of the collapse in Surfside, Florida.", True),
        ("Protesters, pictured outside the embassy in London, on Friday.", True),
        ("Rescue workers, seen at the site in Surfside, Mayor Lee said on Friday.", False),
        ("Protesters, pictured outside the embassy in London on Friday.", True),
        # Sentences of the text.
        ("The plan is seen as a threat by the unions.", False),
        # Reuters' forecasts, and what a video shows (a review's).
        ("British inflation is seen rising to 3 percent, a Reuters poll showed.", False),
        ("Growth is seen at 2.5 percent this year, the IMF said.", False),
        ("The Fed is seen holding rates steady in March.", False),
        ("Oil is seen rising above $70 a barrel by June, traders said.", False),
        ("The moon rose over the Las Vegas Strip, seen by thousands.", False),
        ("The bus crashed in Kabul, Afghanistan, on Sunday.", False),
        ("Five people died, police said in Kabul, Afghanistan, on Sunday.", False),
        ("He was last seen outside the embassy in London on Friday.", False),
        # (the review's: an aside, a forecast, a video, prose with a comma before its place)
        ("Boris Johnson, pictured in Downing Street on Monday, announced his resignation.", False),
        ("Ms Smith, shown in court on Monday, denied the charges.", False),
        # (a later review's: a clause after the commas that is no place or day)
        ("Boris Johnson, pictured in Downing Street, on Monday resigned as leader.", False),
        ("Police, seen outside the embassy, in turn arrested 12 protesters.", False),
        ("Joe Biden, pictured at the rally in Scranton, Pennsylvania, Called Trump a liar.", False),
        ("The suspect, seen at a petrol station hours before the attack, was arrested.", False),
        ("In the video, a man is seen running across the road, police said.", False),
        ("Inflation is seen running above target for longer, economists said.", False),
        ("Inflation is seen staying above the central bank's target until next year.", False),
        ("The party is seen gaining ground across the country ahead of the vote.", False),
        ("Jones died aged 82, in Los Angeles, on Monday.", False),
        ("The leaders will meet again, in Geneva, on Nov. 16.", False),
        ("A suspect is seen on surveillance video leaving the store, police said.", False),
        ("The bill is seen in Washington as a test of his power.", False),
        ("A fall in prices is seen by economists as likely this year.", False),
        ("In this case, the court ruled for the state.", False),
        ("In this photograph-obsessed age, museums changed.", False),
        ("The file photo was released by police on Tuesday, the paper said.", False),
        ("He spoke on Tuesday, Nov. 13, 2017, about the case.", False),
        ("The vote is set for Tuesday, Nov. 13, 2017.", False),
        ("The deal was signed in Lagos on November 15, 2017.", False),
        ("The new law takes effect January 1, 2018.", False),
        ("Prices rose between October and December 31, 2017.", False),
        # AP's prose writes no "on" before a date (the review's).
        ("He was killed in the shooting in Las Vegas Oct. 1, 2017.", False),
        ("Hurricane Maria struck Puerto Rico Sept. 20, 2017.", False),
        ("He has been held since his arrest in Moscow March 29, 2023.", False),
        ("File - not a caption, says the editor.", False),
        ("In this case, photos of the suspect were released by police on Friday.", False),
        ("In this image-obsessed age, museums changed.", False),
        ("The minister pictured a country at peace in her speech.", False),
        ("The suspect is pictured in a police sketch released on Monday.", False),
        ("Police released an undated photo of the missing girl on Tuesday.", False),
        ("A handout photo released by the Navy showed the damaged hull.", False),
        ("Kim is pictured as a reformer by state media, analysts said.", False),
        (
            "The service will be held at the cathedral, Tuesday, Nov. 14, 2017, officials said.",
            False,
        ),
        # A page's caption run into the sentence after it (trial G's key point "Image
        # copyright AFP Image caption A large crater was left by the blast Taliban spokesman
        # ... said ..."): where it ends is not to be told, so the sentence is no statement.
        (
            "Image copyright Reuters Image caption Medics expect the toll to rise Omar Dali, "
            "a baker, said the blast blew his windows out.",
            True,
        ),
        ("Image caption Crowds gathered in the main square", True),
        ("The image caption contest drew 300 entries from readers.", False),
    ],
)
def test_an_agencys_caption_is_no_sentence_of_the_text(line: str, caption: bool) -> None:
    assert is_caption(line) is caption


def test_a_pages_footer_is_the_lines_under_its_closing_notice_not_under_a_credit() -> None:
    notice = "Copyright © 2017 NPR. All rights reserved. Visit our website terms of use."
    footer = "NPR transcripts are created on a rush deadline by Verb8tm, Inc."
    text = f"A tram derailed.\n{notice}\n{footer}\n"
    start = text.index(notice)
    assert copyright_lines(text, footer=True) == [(start, len(text.rstrip()))]
    assert copyright_lines(text) == [(start, start + len(notice))]  # (the stories' words)
    # A picture's credit near the end takes no news after it (a review's).
    credited = "A tram derailed.\n© 2017 Getty Images\nPolice arrested the driver in Croydon."
    start = credited.index("©")
    assert copyright_lines(credited, footer=True) == [(start, start + len("© 2017 Getty Images"))]


@pytest.mark.parametrize(
    ("sentence", "run_on"),
    [
        # Trial D: captions run together, which the parse took for one sentence.
        ("The winger's car is towed from the track after his early crash The race was "
         "stopped for an hour while marshals cleared the debris.", True),
        ("Rescuers have dug a crater around the well It remains unknown whether the boy is "
         "alive.", True),
        (" ".join(["Fans cheered in the square"] * 13) + ".", True),  # 65 words
        # (the review of session 32's second reading: "It's", "An")
        ("Rescuers have dug a crater around the well It's not clear whether the boy is "
         "alive.", True),
        ("Two drivers were hurt in the crash An inquiry into the cause began on Monday.", True),
        # Trial G: a caption or a headline that ends on a name.
        ("Gunfire was reported outside the embassy in Kenya The shooting went on for an hour.",
         True),
        ("The rookie was the star of the day at Monza Then there was the crash.", True),
        # Guards: a name that begins with "The"; a long sentence of news.
        ("The mayor told The Guardian that the bridge would reopen in May.", False),
        ("Judges in The Hague heard the case on Monday.", False),
        # (the review of session 32's: a title, a letter, a work's name)
        ("The report by Her Majesty's Inspectorate criticised the force.", False),
        ("The prince later met His Holiness the Dalai Lama in London.", False),
        ("An outbreak of hepatitis A has been linked to frozen berries.", False),
        ("Children were given vitamin A supplements at the clinic.", False),
        ("Fans of This Is Us were furious about the finale.", False),
        ("He starred in It Follows and The Witch before the role.", False),
        ("Fans in Leeds The city's mayor thanked them.", True),
        # (review K: a name, a title's start)
        ("Chinese Vice Premier Liu He said on Friday that talks would continue.", False),
        ("Commissioner An said police had arrested a man.", False),
        ("Take That have announced a stadium tour.", False),
        ("The band The 1975 played in Leeds.", False),
        ("He starred in The 40-Year-Old Virgin.", False),
        ("Ms Ortiz then flew to Lima.", False),
        ("The council, which met on Monday after a week of protests over the plan to close "
         "the harbour, voted by 12 to 9 to keep it open for another year, the mayor said.",
         False),
    ],
)  # fmt: skip
def test_sentences_run_together_are_told_from_one(sentence: str, run_on: bool) -> None:
    assert runs_on(sentence) is run_on
