"""One label per name, and every place the text writes it (core/extract/mentions.py), on real spaCy
output."""

from __future__ import annotations

import pytest

from briefing.core.analysis.analyser import Analyser
from briefing.core.extract.mentions import consistent
from briefing.core.extract.reporting import reports
from briefing.core.models import Analysis, Mention


def _analysis(analyser: Analyser, text: str) -> Analysis:
    (analysis,) = analyser.analyse([text], ["2016-11-12"])
    return analysis


def test_a_name_takes_the_label_it_is_given_most(analyser: Analyser) -> None:
    # The small model reads "Croydon" as a product, an organisation, then twice as a place.
    text = (
        "Croydon tram crash: Police identify three remaining victims in derailment tragedy\n\n"
        "The seven victims of the Croydon tram tragedy have now all been identified. Donald "
        "Collett, 62, of Croydon, and Philip Logan, 52, died in the accident in Croydon, "
        "police said."
    )
    croydon = [m for m in _analysis(analyser, text).mentions if m.text == "Croydon"]
    assert [m.label for m in croydon] == ["GPE"] * 4


def test_a_name_is_tagged_wherever_it_stands_on_its_own(analyser: Analyser) -> None:
    # spaCy tags the second "Mazar-i-Sharif" only.
    text = (
        "Mazar-i-Sharif attack: Taliban hit German consulate\n\n"
        "The Taliban attacked the German consulate in Mazar-i-Sharif on Thursday. Residents "
        "of Mazar-i-Sharif said the blast shook the city, and the Mazar-i-Sharif Airport "
        "closed."
    )
    places = [
        (m.start, m.label) for m in _analysis(analyser, text).mentions if m.text == "Mazar-i-Sharif"
    ]
    written = [i for i in range(len(text)) if text.startswith("Mazar-i-Sharif", i)]
    # Not the airport's name: "Mazar-i-Sharif Airport" is another place.
    assert places == [(start, "LOC") for start in written[:3]]
    assert len(written) == 4


def test_a_name_that_is_also_a_word_of_the_text_is_not_spread() -> None:
    # Our rule alone, on the mentions a model might give: "Police" tagged once, while
    # "police" is a word of the text, is not spread to the other "Police".
    text = "Police said the gunman fled. Armed police searched. Police Scotland said so."
    tagged = [Mention("Police", "ORG", 0, 6)]
    assert consistent(tagged, text) == tagged
    spread = consistent(tagged, text.replace("Armed police", "Armed men"))
    assert [(m.start, m.label) for m in spread] == [(0, "ORG")]  # "Police Scotland" is longer
    lone = "Police said the gunman fled. Police searched."
    assert [m.start for m in consistent(tagged, lone)] == [0, lone.rindex("Police")]


def test_a_unit_after_its_number_is_no_name(analyser: Analyser) -> None:
    # The second trial's key actors "GW" and "MW" (ORG): "install 30.8 GW in Seoul".
    text = "The plant will produce 500 MW of power. MW Holdings said sales rose by 5 percent."
    (analysis,) = analyser.analyse([text], ["2019-11-18"])
    assert [(m.text, m.label) for m in analysis.mentions if m.label == "ORG"] == [
        ("MW Holdings", "ORG")
    ]
    # Our rule alone, on the mentions the model might give.
    text = "Seoul will install 30.8 GW of panels, and GW Pharma said so."
    tagged = [Mention("GW", "ORG", 24, 26), Mention("GW Pharma", "ORG", 42, 51)]
    assert consistent(tagged, text) == [Mention("GW Pharma", "ORG", 42, 51)]


def test_no_name_without_a_capital_nor_a_posts_account_after_a_name() -> None:
    # Our rule alone, on spans the small model gave on news_clusters: "lone wolf" as a
    # person, and a post's signature "Cincinnati Zoo (@CincinnatiZoo" as one organisation.
    text = "He was a lone wolf, police said. — Cincinnati Zoo (@CincinnatiZoo) May 29, 2016"
    zoo = text.index("Cincinnati")
    tagged = [
        Mention("lone wolf", "PERSON", 9, 18),
        Mention("Cincinnati Zoo (@CincinnatiZoo", "ORG", zoo, zoo + 30),
    ]
    assert consistent(tagged, text) == [Mention("Cincinnati Zoo", "ORG", zoo, zoo + 14)]


def test_a_side_taken_or_a_pages_photo_label_is_not_part_of_a_name(analyser: Analyser) -> None:
    text = (
        "Five shot in Seattle\n\n"
        "At least five people have been shot close to an anti-Donald Trump rally.\n\n"
        "Photo LONDON -- The peaks of the chocolate bar are slimmer, its maker said."
    )
    analysis = _analysis(analyser, text)
    names = [m.text for m in analysis.mentions]
    assert not any("anti-" in name or "Photo" in name for name in names), names
    assert analysis.dateline is not None and analysis.dateline.text == "London"


def test_a_clock_time_is_a_time(analyser: Analyser) -> None:
    # The small model reads "11:30pm" as an event, "6.10am" as a number.
    text = (
        "The attack happened at around 11:30pm local time, close to the consulate. The tram "
        "derailed at 6.10am on Wednesday. The final out came at 12:47 a.m. in Cleveland."
    )
    times = [
        (m.text, m.label)
        for m in _analysis(analyser, text).mentions
        if ":" in m.text or "." in m.text
    ]
    assert times == [("11:30pm", "TIME"), ("6.10am", "TIME"), ("12:47 a.m.", "TIME")]


def test_a_photo_credit_is_not_a_name(analyser: Analyser) -> None:
    # The small model reads "Dado Ruvic/Reuters" as an organisation.
    text = (
        "Apple removes Telegram from App Store\n\n"
        "A photo illustration by Dado Ruvic/Reuters shows the app."
    )
    names = [m.text for m in _analysis(analyser, text).mentions]
    assert not any("Ruvic" in name for name in names)


def test_a_place_with_a_digit_in_its_name_is_none_and_an_account_is_no_name(
    analyser: Analyser,
) -> None:
    # The small model reads "F1" as a place, again and again.
    text = (
        "F1 legend Felipe Massa makes an emotional farewell in Brazil\n\n"
        "Rival F1 teams applauded him in Sao Paulo, and @9NewsAUS shared the video."
    )
    mentions = _analysis(analyser, text).mentions
    assert not any(m.label in ("GPE", "LOC") and "F1" in m.text for m in mentions)
    assert not any(m.text.startswith("@") for m in mentions)
    assert any(m.label == "GPE" and m.text == "Brazil" for m in mentions)


def test_a_picture_credit_run_into_a_caption_is_not_part_of_a_name(analyser: Analyser) -> None:
    # The small model reads "Getty Images Massa" as a person, "Getty Images Witnesses" as an
    # organisation: a web page's credits run into the captions after them.
    text = (
        "Felipe Massa bows out in tears at Interlagos.\n\nFelipe Massa crashed out of his "
        "final home race. Getty Images Massa cries as he heads down the pit lane Getty Images "
        "Witnesses cheered him. Reuters reported the crash."
    )
    names = {(m.text, m.label) for m in _analysis(analyser, text).mentions}
    assert ("Massa", "PERSON") in names
    assert ("Reuters", "ORG") in names  # an agency on its own is a name
    assert not any("Getty" in name or "Witnesses" in name for name, _ in names)


def test_a_photo_agency_alone_is_a_credit_not_a_name(analyser: Analyser) -> None:
    """A second trial's entities listed "Getty Images" as a person: a gallery's credits
    ("... celebrate winning the World Series Getty Images 9 Bill Murray gets champagne
    sprayed ..."). A photo agency is no actor of the news; a news agency may be."""
    text = (
        "The Cubs won the World Series late last night. Getty Images 9 Chicago Cubs celebrate "
        "winning the World Series Getty Images 9 Bill Murray gets champagne sprayed in his "
        "face. Shutterstock Fans cheer in Chicago. Reuters reported the win."
    )
    names = {m.text for m in _analysis(analyser, text).mentions}
    assert not any("Getty" in name or "Shutterstock" in name for name in names), names
    assert "Reuters" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Getty Images sued Stability AI in London on Monday over pictures.", "Getty Images"),
        ("Shutterstock agreed on Tuesday to merge with Getty Images.", "Getty Images"),
        ("Mr Getty, the oil heir, died in 1976 in London.", "Getty"),
        # A later review's: a title after it, a headline that ends on it.
        ("Getty Images CEO Craig Peters said on Monday that sales rose.", "Getty Images"),
        (
            "Getty Images Vice President Ken Mainardis said on Monday that sales rose.",
            "Getty Images",
        ),
        ("Getty Images Chairman Mark Getty said on Monday that sales rose.", "Getty Images"),
        (
            "Stability AI sued by Getty Images\n\nThe case opened in London on Monday.",
            "Getty Images",
        ),
    ],
)
def test_a_photo_agency_in_a_sentence_is_a_name(analyser: Analyser, text: str, name: str) -> None:
    """The review: a photo agency's name was dropped wherever it stood, also where it is
    the news; only one run into a caption is a credit."""
    names = {m.text for m in _analysis(analyser, text).mentions}
    assert name in names, names


def test_a_persons_surname_is_tagged_after_a_title(analyser: Analyser) -> None:
    # spaCy tags "Narendra Modi" and misses the "Modi" of "PM Modi".
    text = (
        "The talks follow Prime Minister Narendra Modi's phone call with Russian President "
        "Vladimir Putin on August 24.\n\nPM Modi and President Putin instructed their senior "
        "officials to keep in touch."
    )
    modi = [m for m in _analysis(analyser, text).mentions if m.text == "Modi"]
    assert [(m.start, m.label) for m in modi] == [(text.index("PM Modi") + 3, "PERSON")]


def test_a_date_ends_at_its_year(analyser: Analyser) -> None:
    # An embedded post's signature date runs into the next sentence, which has no full stop
    # before it: the model tags "November 7, 2016 Toblerone" as one date.
    text = (
        "Toblerone is ruined with that massive gap. -- Kevs Snack Reviews (@kevvieguy) "
        "November 7, 2016 Toblerone is ruined with that massive gap."
    )
    analysis = _analysis(analyser, text)
    assert [d.text for d in analysis.dates] == ["November 7, 2016"]
    assert [m.text for m in analysis.mentions if m.label == "DATE"] == ["November 7, 2016"]
    assert analysis.dates[0].value == "2016-11-07"


def test_a_pictures_credit_is_not_a_name_but_the_same_name_in_the_text_is(
    analyser: Analyser,
) -> None:
    text = (
        "Image copyright EPA Image caption The massive blast destroyed nearby buildings and "
        "cars A suicide bomber has rammed a truck into a German consulate, officials said. "
        "The EPA said on Monday that the air was safe."
    )
    epa = [m.start for m in _analysis(analyser, text).mentions if m.text == "EPA"]
    assert epa == [text.rindex("EPA")]


@pytest.mark.parametrize(
    ("body", "name", "reporting"),
    [
        ("Hackers stole data, The Telegraph reported.", "Telegraph", True),
        ("The driver was arrested, according to Reuters.", "Reuters", True),
        ("“It is over,” he told AFP.", "AFP", True),
        ("SAN JOSE, Dec 31 (Reuters) - A plane crashed.", "Reuters", True),
        ("Crash\n\nBy Enrique Andres Pretel\nSAN JOSE", "Enrique Andres Pretel", True),
        ("Updated: 2016-07-15 13:14 By Agencies(China Daily USA)\nNearly", "Agencies", True),
        ("A man walks past. Kim Kyung Hoon / Reuters", "Reuters", True),
        ("He was stopped By Police officers.", "Police", False),
        ("Reuters cut 300 jobs on Monday.", "Reuters", False),
        # Pictures' and videos' credits, as outlets print them under the text's words.
        ("Crowds watch in Tokyo, Japan August 29, 2017. REUTERS/Issei Kato Loud", "REUTERS", True),
        ("A trader watches a monitor in Seoul AP:Associated Press Asian stocks fell", "AP", True),
        ("in Seoul AP:Associated Press Asian stocks fell", "Associated Press", True),
        ("(Korea News Service via AP) WASHINGTON - The", "AP", True),
        ("he said. Video provided by Reuters Newslook", "Reuters", True),
        ("Copyright 2018 The Associated Press. All rights reserved.", "Associated Press", True),
        ("The Associated Press contributed to this report.", "Associated Press", True),
        (
            "Associated Press writers Colleen Long and Doug Ferguson contributed.",
            "Associated Press",
            True,
        ),
        ("Sources: Automotive News, Reuters, Der Spiegel", "Reuters", True),
        (
            "Tsvangirai speaks to the Associated Press after a press conference.",
            "Associated Press",
            True,
        ),
        (
            "The mayor emailed to The Associated Press that the family was safe.",
            "Associated Press",
            True,
        ),
        ("Samsung said in a statement given to The Loop that it would look into it.", "Loop", True),
        ("Apple said in a statement to CNN that it was aware of the issue.", "CNN", True),
        ("He said in an interview with the BBC that he would not resign.", "BBC", True),
        ("China issued a joint statement with Japan on Friday.", "Japan", False),
        ("Flynn admitted lying in an interview with the FBI in January.", "FBI", False),
        (
            "The firm said in a statement to the Tokyo Stock Exchange that sales fell.",
            "Tokyo Stock Exchange",
            False,
        ),
        # A photographer's or an agency's credit after a slash.
        ("Rescuers dig. Ben Curtis/Associated Press\nThe quake", "Associated Press", True),
        ("Mr Trump in Beijing. Mark Schiefelbein/AP Photo\nTrump said", "AP", True),
        ("Biden speaks. (Melina Mara/The Washington Post) Biden", "Washington Post", True),
        ("Crowds gather in Harare. AFP/Getty Images\nThe", "AFP", True),
        ("The launch. Photo: SpaceX via Florida Today)", "Florida Today", True),
        ("KCNA/via REUTERS\nNorth Korea", "KCNA", True),
        ("EPA/JEON HEON-KYUN\nThe", "EPA", True),
        ("Credit: NASA/JPL-Caltech", "NASA", True),
        ("August 29, 2017 REUTERS/Issei Kato", "REUTERS", True),
        ("KCNA via REUTERS North Korea fired a missile on Monday.", "REUTERS", True),
        ("(Photo courtesy of NASA.)", "NASA", True),
        (
            "In this photo provided by the Korean Central News Agency, Kim smiles",
            "Korean Central News Agency",
            True,
        ),
        ("(Hyung Min-woo/Yonhap via AP, File)", "Yonhap", True),
        ("She spoke to the Times of Israel on Sunday.", "Times of Israel", True),
        ("Yun was reported by The Washington Post as saying so.", "Washington Post", True),
        ("Sources: Reuters, Bloomberg, company reports", "Reuters", True),
        ("Hurricane Irma. Source: NOAA, NHC", "NOAA", True),
        # Who presents a programme, in its transcript.
        ("DAVID GREENE, HOST:\nGood morning.", "DAVID GREENE", True),
        ("JAKE TAPPER, CNN ANCHOR: Welcome back.", "JAKE TAPPER", True),
        ("SCOTT HORSLEY, BYLINE: The president spoke.", "SCOTT HORSLEY", True),
        ("Good morning. I'm David Greene. You ever get the bill?", "David Greene", True),
        ("I'm Rachel Martin, and this is MORNING EDITION.", "Rachel Martin", True),
        # An actor all the same.
        ("MARY HOROMANSKI: I was shocked.", "MARY HOROMANSKI", False),
        ("Obama, host of the summit, spoke.", "Obama", False),
        ("\"I'm Donald Trump's lawyer,\" he said.", "Donald Trump", False),
        ("I'm with Trump on this one.", "Trump", False),
        ("Apple/Samsung patent fight resumes.", "Samsung", False),
        ("Fighters entered Syria via Turkey last year.", "Turkey", False),
        ("The goal came courtesy of Messi after the break.", "Messi", False),
        ("TOKYO/SEOUL (Reuters) - North Korea fired a missile.", "TOKYO", False),
        ("The NATO/Russia Council met.", "NATO", False),
        ("Shares of Boeing (NYSE:BA) rose.", "NYSE", False),
        ("Saudi Arabia contributed $100 million to the fund.", "Saudi Arabia", False),
        ("Hollywood writers went on strike.", "Hollywood", False),
        ("Trump spoke to the United Nations General Assembly on Tuesday.", "United Nations", False),
        ("Resources: Apple and Google offer help.", "Apple", False),
        ("Sources: LeBron James to sign with the Lakers", "LeBron James", False),
        ("Sources: Trump Picks Pompeo For State", "Trump", False),
        ("Traffic in the New York/New Jersey region slowed.", "New Jersey", False),
        ("Analysts at Wells Fargo/Citi expect a cut.", "Citi", False),
        ("Seoul's talks with Pyongyang/Washington\nThe", "Washington", False),
        ("Marvel writer Stan Lee died.", "Marvel", False),
        ("Berkshire (NYSE:BRK.B) rose, as did NYSE:BA.", "BA", False),
        ("Trump spoke to the Federal Reserve\nThe", "Federal Reserve", False),
        ("The weapons were provided by Iran, officials said.", "Iran", False),
        ("Funds were routed via HSBC accounts in Dubai.", "HSBC", False),
        ("Talks ended. EU/UK negotiators met on Monday.", "EU", False),
        ("The incident was reported by Japan to the UN.", "Japan", False),
        ("He spoke to the National Press Club on Monday.", "National Press Club", False),
        ("The deal between Reuters and Thomson closed.", "Reuters", False),
        ("The ruling went against AP: the court said no.", "AP", False),
        ("Trump spoke to Xi Jinping by phone on Monday.", "Xi Jinping", False),
        ("Moon wrote to Kim Jong Un last week.", "Kim Jong Un", False),
    ],
)
def test_who_reports_the_news(body: str, name: str, reporting: bool) -> None:
    start = body.index(name)
    assert reports(body, start, start + len(name)) is reporting


def test_a_name_that_fills_its_brackets_is_named_whole(analyser: Analyser) -> None:
    # The small model stops at "and": "National Center for Missing".
    text = (
        "The team notified the authorities, including the NCMEC (National Center for Missing "
        "and Exploited Children). The NCMEC said it was informed."
    )
    names = [m.text for m in _analysis(analyser, text).mentions if m.label == "ORG"]
    assert "National Center for Missing and Exploited Children" in names


def test_a_person_whose_name_ends_as_an_organisations_is_that_organisation() -> None:
    # Our rule alone, on spans the small model gave on news_clusters: "Nature Air" (an
    # airline) and "St George's Hospital" as people; a surname stays a person's.
    text = "Nature Air flew from St George's Hospital. Margaret Court won."
    tagged = [
        Mention("Nature Air", "PERSON", 0, 10),
        Mention("St George's Hospital", "PERSON", 21, 41),
        Mention("Margaret Court", "PERSON", 43, 57),
    ]
    assert [m.label for m in consistent(tagged, text)] == ["ORG", "ORG", "PERSON"]
    # A trial's "Islamic State" among a story's people, with "State" as its surname.
    text = "Islamic State's agency said it. The Labour Party won. Emily Post wrote."
    tagged = [
        Mention("Islamic State's", "PERSON", 0, 15),
        Mention("The Labour Party", "PERSON", 32, 48),
        Mention("Emily Post", "PERSON", 54, 64),
    ]
    assert [m.label for m in consistent(tagged, text)] == ["ORG", "ORG", "PERSON"]


def test_a_credit_with_the_photographers_role_is_no_part_of_a_name() -> None:
    # Our rule alone, on spans a trial's articles gave: "Getty - Contributor" opens a line.
    text = "Getty - Contributor Hackers stole data. Getty - Staff Dale Morrow spoke. Dale Morrow"
    tagged = [
        Mention("Getty - Contributor Hackers", "ORG", 0, 27),
        Mention("Getty - Staff Dale Morrow", "PERSON", 40, 65),
    ]
    found = consistent(tagged, text)
    assert {(m.text, m.label) for m in found} == {("Dale Morrow", "PERSON")}  # "Hackers": none


def test_a_person_whose_name_opens_as_a_places_is_that_place(analyser: Analyser) -> None:
    # The small model reads "Cape Erimo" here as a person; "Lake" as a surname stays one.
    text = "It passed over Cape Erimo, officials said. Ricki Lake watched it."
    labels = {m.text: m.label for m in _analysis(analyser, text).mentions}
    assert labels["Cape Erimo"] == "LOC"
    assert labels["Ricki Lake"] == "PERSON"


def test_a_person_written_as_a_brand_or_with_a_digit_is_an_organisation(analyser: Analyser) -> None:
    # The small model reads "SpaceX" here as a person; surnames written with a capital
    # inside stay people's.
    text = (
        "The launch by SpaceX was delayed, McCain said. DeVos and DiCaprio watched it.\n"
        "Alleged Galaxy S9 components smile for the camera: there's a spot for a jack."
    )
    labels = {m.text: m.label for m in _analysis(analyser, text).mentions}
    assert labels["SpaceX"] == labels["Galaxy S9"] == "ORG"  # a brand's, a product's
    assert labels["McCain"] == labels["DeVos"] == labels["DiCaprio"] == "PERSON"


def test_a_common_noun_the_text_capitalises_is_no_person(analyser: Analyser) -> None:
    # The small model reads "Moon" here as a person; the text says "the moon" more often.
    text = (
        "China plans to land a rover on the far side of the moon. The Moon keeps one face to "
        "the Earth. A relay satellite will orbit behind the moon. Moon missions are hard, "
        "said Brian Harvey."
    )
    names = {m.text for m in _analysis(analyser, text).mentions}
    assert "Moon" not in names and "Brian Harvey" in names
    # A name the text writes in lower case only in a post's signature stays a name.
    signed = (
        "Chrissy Teigen was on the flight. Teigen said she was stuck for eight hours. "
        "— christine teigen (@chrissyteigen) December 27, 2017. Teigen later joked about it."
    )
    assert "Teigen" in {m.text for m in _analysis(analyser, signed).mentions}


def test_a_credit_in_brackets_keeps_the_name_it_credits(analyser: Analyser) -> None:
    # "Courtesy" of "(Courtesy of Brian Buonassissi)" was tagged a name; filling the
    # brackets with it ran over the person and spaCy refused the overlapping entities.
    text = (
        "This is pretty much what passengers saw of the search for the bird. (Courtesy of "
        "Brian Buonassissi)\nIf the hunt for this elusive bird goes on, the flight is late."
    )
    names = {(m.text, m.label) for m in _analysis(analyser, text).mentions}
    assert ("Brian Buonassissi", "PERSON") in names


@pytest.mark.parametrize(
    ("text", "credited", "named"),
    [
        # A picture's credit in brackets: the names in it are no one in the news (a trial's
        # "Korean Central News Agency" among key actors, from such a caption).
        (
            "Kim Jong Un watches the test at an undisclosed place. (Korean Central News "
            "Agency/Korea News Service via AP)\nThe missile flew over Hokkaido on Friday.",
            ["Korean Central News Agency", "Korea News Service"],
            ["Kim Jong Un", "Hokkaido"],
        ),
        (
            "Rescuers carry a survivor from the rubble in Amatrice. (Protezione Civile via "
            "AP)\nThe quake struck before dawn.",
            ["Protezione Civile"],
            ["Amatrice"],
        ),
        # Reuters' instrument codes after a company's name: no company of their own.
        (
            "Shares of Volkswagen (VOWG_p.DE) fell 2 percent in Frankfurt after Toyota "
            "(7203.T) and Apple (AAPL.O) reported their results.",
            ["DE", "VOWG_p.DE", "7203.T", "AAPL.O", "O", "T"],
            ["Volkswagen", "Frankfurt", "Toyota", "Apple"],
        ),
        # A review's: an AP credit with "File", a share class, an index.
        (
            "The president spoke at the White House on Monday. (AP Photo/Evan Vucci, File)\n"
            "Shares of Berkshire Hathaway (BRKa.N) rose as the S&P 500 (.SPX) fell.",
            ["File", "Evan Vucci", "BRKa.N", "N", ".SPX", "SPX"],
            ["the White House", "Berkshire Hathaway"],
        ),
        # Brackets of names that are no credit keep them.
        (
            "The talks between the two Koreas (North Korea/South Korea) resumed in Seoul. "
            "Islamic State (IS, formerly ISIS/ISIL) claimed the attack.",
            [],
            ["Seoul"],
        ),
    ],
)
def test_names_in_a_credit_or_a_code_in_brackets_are_no_names(
    analyser: Analyser, text: str, credited: list[str], named: list[str]
) -> None:
    names = {m.text for m in _analysis(analyser, text).mentions}
    assert not names & set(credited), names
    assert set(named) <= names, names


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("the iPhone X. Apple", "Apple"),  # trial D's
        ("Kestrel Park. Orvane", "Orvane"),
        ("George W. Bush", "George W. Bush"),
        ("J. K. Rowling", "J. K. Rowling"),
        ("Dr. Mia Dune", "Dr. Mia Dune"),
        ("St. Louis", "St. Louis"),
        ("Orvane Inc. Chief", "Orvane Inc. Chief"),
        ("U.S. Army", "U.S. Army"),
        ("Mass. General Hospital", "Mass. General Hospital"),  # the review of session 32's
        ("Orvane Cos. Inc", "Orvane Cos. Inc"),
        ("Auckland v. Oakland", "Oakland"),  # (two teams, not one name)
    ],
)
def test_a_name_is_within_one_sentence(name: str, kept: str) -> None:
    from briefing.core.extract.mentions import _in_one_sentence

    m = _in_one_sentence(Mention(name, "ORG", 10, 10 + len(name)))
    assert (m.text, m.start, m.end) == (kept, 10 + len(name) - len(kept), 10 + len(name))


@pytest.mark.parametrize(
    ("word", "short"),
    [
        ("Y'know", True), ("Y’all", True), ("C'mon", True), ("Ma'am", True),
        # Review J: names with an apostrophe inside are names.
        ("Da'esh", False), ("Ba'ath", False), ("Ta'izz", False), ("O'Brien", False),
    ],
)  # fmt: skip
def test_the_words_run_short_in_speech_are_listed_not_a_shape(word: str, short: bool) -> None:
    from briefing.core.extract.mentions import _CONTRACTION

    assert (_CONTRACTION.fullmatch(word) is not None) is short


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Y'know, the store was built in Chicago, Ann Lee said.", {"Ann Lee"}),
        ("'C'mon, let us go,' said Tom Reyes.", {"Tom Reyes"}),
        ("Conan O'Brien met Dinesh D'Souza in Boston.", {"Conan O'Brien", "Dinesh D'Souza"}),
    ],
)
def test_a_word_run_short_in_speech_is_no_name(
    analyser: Analyser, text: str, names: set[str]
) -> None:
    # Trial F's key actors listed "Y'know" and "Y’know" as people.
    found = {m.text for m in consistent(list(_analysis(analyser, text).mentions), text)}
    assert not found & {"Y'know", "C'mon"}, found
    assert names <= found, found
