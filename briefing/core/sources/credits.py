"""What a page prints about its pictures and its writers, not its news: credit lines ("(Photos
Credit: MEA)", "(Reporting by ...; Editing by ...)"), photo captions as agencies write them,
and stock ticker codes ("Volkswagen (VOWG_p.DE)")."""

from __future__ import annotations

import re

from briefing.core.vocab import MONTH_PATTERN, PHOTO_AGENCIES, WEEKDAY_PATTERN

# Credit lines that wire copy appends or embeds: "(Inputs from ANI/ PTI)", "(Photos Credit:
# MEA)", "Image- AP", "Photo: Reuters". They name where text or pictures came from, not news.
# Also who wrote and edited a wire story, as Reuters closes it: "(Reporting by Malcolm Foster;
# Editing by Bill Tarrant)", or on a line of its own; a line opening on "Reporting by" that
# names no writer or editor after it is text ("Reporting by the Times showed ...").
_WRITER = r"(?:additional\s+)?(?:reporting|writing|compiled|compiling|editing|edtitng)\s+by\b"
_WRITERS = rf"{_WRITER}[^()\n]{{1,120}}?[;,]\s*{_WRITER}[^()\n]{{1,160}}"
CREDIT_PAREN = re.compile(
    r"\s*\((?:(?:with\s+)?(?:inputs?|photos?|images?|pictures?)\b(?:\s+credits?)?\s*(?:from|:|-)"
    rf"[^()\n]{{1,60}}|{_WRITER}[^()\n]{{1,200}})\)",
    re.IGNORECASE,
)
# On a line of its own, a byline ("By Amina Otieno", "By Ann Lee and Bo Kim") and a page's
# time stamp ("Published: 2024-05-07 10:00 GMT"), as text pasted from a page keeps them.
_BYLINE = r"by[ \t]+(?-i:[A-Z][\w.'’-]+(?:[ \t]+(?:and[ \t]+)?[A-Z][\w.'’-]+){1,5})"
# (Its date, the group, dates an undated text: `readers.date_in_stamp`.)
STAMP = r"(?:updated|published|posted)(?:[ \t]+on)?[ \t]*:?[ \t]+((?:19|20)\d\d-\d\d-\d\d)"
CREDIT_LINE = re.compile(
    r"^(?:(?:(?:file\s+)?(?:images?|photos?|pictures?|photographer)(?:\s+credits?)?\s*[-:–—|]"
    rf"|(?:with\s+)?inputs?\s+from\b)[^\n]{{1,60}}|{_WRITERS}|{_BYLINE}|{STAMP}[^\n]{{0,24}})$",
    re.IGNORECASE | re.MULTILINE,
)
# A stock's code after its company's name, as Reuters ("Volkswagen (VOWG_p.DE)", "Apple Inc
# (AAPL.O)", "Samsung (005930.KS)") and investor sites ("Tesla (NASDAQ:TSLA)") print it: no
# news, and a Reuters code's full stop ends a sentence inside the name for a sentence splitter.
TICKER = re.compile(
    r"[ \t]*\((?:[A-Z0-9]{1,8}(?:[a-z]|_[a-z]{1,2})?\.[A-Z]{1,2}(?<!\bU\.S)"
    r"|(?:NYSE|NASDAQ|Nasdaq|NYSEARCA|AMEX|LSE|TSX|OTC|ASX|HKEX|SGX|TSE)[ \t]*:[ \t]*"
    r"[A-Z0-9][A-Z0-9.-]{0,6})\)"
)
# Where a picture stands, in brackets, which the text's reader cannot see: "Demi Lovato
# (pictured) was forced to apologise", "(right, pictured before the race)", "(left)" (the
# tabloids'; the parse took trial G's "Lovato (pictured)" for an aside of the words before
# it, and no sentence began at her name). Lower case only: "(Left)" may be a party; a side
# only after a name's lower-case end: "The AfD (far right)", "the PP (right)" are parties'
# places (review K).
_PICTURED = (
    r"[ \t]*\((?:pictured(?:[ \t,][^()\n]{0,60})?|(?:(?:above|below|inset|top|bottom"
    r"|second[ \t](?:from[ \t])?(?:left|right)|(?<=[a-z][ \t]\()(?:left|right|centre|center))"
    r"(?:,[^()\n]{0,60})?))\)"
)
# What a text says in brackets that is no part of its news: a stock's code, a picture's
# place.
ASIDES = re.compile(rf"{TICKER.pattern}|{_PICTURED}")
# A Reuters picture's caption ends on its photographer's credit, with no brackets ("... in
# Tokyo, Japan November 6, 2017. REUTERS/Jonathan Ernst", ".../Pool/File Photo", "KCNA/via
# REUTERS"): the credit, at a line's end, and the sentence before it go.
REUTERS_CREDIT = re.compile(
    r"[ \t](?:(?:REUTERS|Reuters)/ ?[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){0,3}"
    r"(?:/[\w'’.-]+(?:[ \t][\w'’.-]+){0,2}){0,3}|[A-Z]{2,10}/via[ \t]REUTERS)"
    r"(?:[ \t]TPX IMAGES OF THE DAY)?[ \t]*$",
    re.MULTILINE,
)
# A photo agency's credit at the end of a line: "(Getty)", "(AP Photo/Charlie Riedel)",
# "(Matt Rourke, File/Associated Press)", "[Photo/IC]". A dateline's "(Reuters) -" is not one.
# (The photo agencies are `vocab.PHOTO_AGENCIES`, which are no actors either; news agencies
# credit pictures too.)
_AGENCY = (
    r"(?:"
    + "|".join(re.escape(n) for n in PHOTO_AGENCIES)
    + r"|Getty|AP(?: Photo)?|AFP(?: Photo)?|Reuters|EPA|PA|Associated Press|Xinhua|IC)"
)
_AGENCY_CREDIT = (
    rf"[ \t]*[(\[](?:[^()\[\]\n]{{0,60}}[,/] ?)?(?:File/)?{_AGENCY}"
    r"(?:/[^()\[\]\n]{1,40})?[)\]][ \t]*$"
)
CREDIT_END = re.compile(_AGENCY_CREDIT, re.MULTILINE)
# A photographer's name in a credit: two to four capitalised words, none an outlet's or a
# report's ("Ben Curtis", "Matt Rourke, File"; not "The Korea Herald", "Dow Jones
# Newswires", "Staff Report", "With Inputs From ANI": the review's).
_PHOTOGRAPHER = (
    r"(?!The\b)(?!(?:[\w'’.-]+[ \t]+){0,3}(?:News|Newswires?|Wires?|Report|Reports|Staff"
    r"|Inputs?|Herald|Times|Post|Press|Agency|Network|Service|Media|Daily|Journal|Tribune)\b)"
    r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3}(?:,[ \t]+File)?"
)
# Photo captions of web pages, not article text: a gallery's ("Photos: ... Hide Caption 3 of
# 8"), the BBC's on a line of its own ("Image copyright AFP Image caption ..."), and a short
# line that ends in an agency's credit ("The Chicago Cubs celebrate their victory (Getty)")
# or a picture's ("Chicago Cubs players celebrate on the field ... (Photo: Ken Blaze-USA
# TODAY Sports)": a trial's key point, its credit taken off and the caption left).
CAPTION_LINE = re.compile(
    rf"^(?:Photos?: [^\n]*Hide Caption \d+ of \d+|Image copyright [^\n]{{1,160}}$"
    # A line that says it is a picture's caption ("Photo: Relatives wait for news on the
    # shore ..."), longer than a credit ("Photo: Reuters", `CREDIT_LINE`).
    r"|(?i:photos?|images?|pictures?|caption)[ \t]*:[ \t]+[^\n]{61,400}$"
    rf"|[^\n]{{1,160}}?{_AGENCY_CREDIT}"
    r"|[^\n]{1,160}?[ \t]\((?i:photos?|images?|pictures?)(?:[ \t]+credits?)?[ \t]*:"
    r"[^()\n]{1,60}\)[ \t]*$"
    # A line, however long, that ends in a photographer's credit: a name, a slash, an
    # outlet ("... in Harare Thursday. Tsvangirai said Mugabe must resign. (Ben Curtis/
    # Associated Press)", "(Photo by Alex Wong/Getty Images)", "(Matt Rourke, File/
    # Associated Press)"): a caption of one sentence or several (AP's run on with the
    # story's summary), which a trial's timeline and bottom line dated news by. Of eight
    # such lines of over 200 characters in the dev pages, from six outlets, eight are
    # captions whole. Not a line a reporter's credit ends ("(Reporting by ...)").
    # So does a credit that says it is a picture's: "(Photo by Alex Wong/Getty Images)",
    # China Daily's "[Photo/Agencies]", "[Photo/IC]".
    # Its agency's credit may follow ("(Photo by Chris Pizzello/Invision/AP,File)
    # (Associated Press)": the Washington Post's AP copy, a trial's timeline entry).
    rf"|[^\n]{{1,600}}?[ \t]\((?:{_PHOTOGRAPHER}[ \t]*/[ \t]*[A-Z][^()\n]{{1,60}}"
    rf"|(?i:photos?)[ \t]+by[ \t]+[^()\n]{{3,60}})\)(?:{_AGENCY_CREDIT}|[ \t]*$)"
    r"|[^\n]{1,600}?[ \t][(\[](?i:photos?)[ \t]*/[^()\[\]\n]{2,40}[)\]][ \t]*$"
    # A video's blurb, its day and agency closing it, as sites that play AP's videos print
    # them ("CLOSE ... Sarah Silverman splits from boyfriend Michael Sheen. (Feb. 6) AP": a
    # trial's bottom line took its day for the news's).
    rf"|[^\n]{{0,600}}?\((?i:{MONTH_PATTERN})[ \t]*\d{{1,2}}\)[ \t]+(?:AP|USA TODAY|Reuters"
    r"|AFP)[ \t]*$"
    # NPR's picture, its credit twice ("Enlarge this image toggle caption Lee Jin-man/AP
    # Lee Jin-man/AP": 7 NPR pages of the dev set; a trial's key point ran on from it).
    r"|Enlarge this image(?:[ \t][^\n]{0,400})?$)\n?",
    re.MULTILINE,
)
# A picture's caption as agencies write them, whatever site prints it: Reuters' "FILE PHOTO:
# ...", AP's "FILE - In this Oct. 2, 2017, file photo, ...", "In this photo provided by
# ...", a caption's weekday, date and year at its end or before where ("..., during a
# news briefing, Tuesday, Nov. 13, 2017, at the department's headquarters."), a credit
# closing the line ("(AP Photo/Evan Vucci)").
_DATE = MONTH_PATTERN + r"[ \t]+\d{1,2},[ \t]+\d{4}"  # "Nov. 13, 2017"
PHOTO_CAPTION = re.compile(
    r"^(?-i:FILE[ \t]+PHOTO[ \t]*:|FILE[ \t]+[-–—][ \t])"
    r"|^In[ \t]+this[ \t]+(?:" + _DATE + r",?[ \t]+|undated[ \t]+)?"
    r"(?:file[ \t]+)?(?:photo|image|picture|frame[ \t]+grab|handout)s?(?![-‐\w])"
    r"|,[ \t]+"
    + WEEKDAY_PATTERN
    + r",[ \t]+"
    + _DATE
    + r"(?:\.?[ \t]*(?:\([^()]*\)[ \t]*)?$|,[ \t]+(?:at|in|near|outside)\b(?!.*\bsaid\b))"
    r"|\((?:AP|AFP|Reuters|EPA|Getty)[^()]{0,20}(?:Photo|Images?)\b[^()]*\)[ \t]*$"
    # The BBC's caption, run into the sentence after it, whose start no stop marks ("Image
    # copyright AFP Image caption A large crater was left by the blast Taliban spokesman
    # ... said": trial G's key point).
    r"|(?-i:\bImage[ \t]+caption[ \t])"
    # A caption's place and date closing it, as Reuters writes them ("... in Seoul, South
    # Korea, November 15, 2017.", "... in London, Britain May 5, 2016."): a comma, up to
    # three capitalised words, a date, the end. Not AP's prose, which writes no "on" before
    # a date ("Hurricane Maria struck Puerto Rico Sept. 20, 2017."): no comma before it.
    r"|,[ \t]+(?!"
    + WEEKDAY_PATTERN
    + r"\b)(?-i:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}),?"
    + r"[ \t]+"
    + _DATE
    + r"\.?[ \t]*$"
    # What a picture shows: "The ship is seen in waters off Yeosu", "Fans are seen
    # celebrating near the stadium"; not a forecast, as Reuters writes them ("Inflation is
    # seen rising to 3 percent", "The Fed is seen holding rates", "Growth is seen at 2.5
    # percent, the IMF said"), nor "is seen as a test", nor what a video shows, police said.
    r"|\b(?:is|are)[ \t]+seen[ \t]+(?:in|at|on|near|outside|inside|during|off|through|behind"
    r"|(?!(?:rising|falling|holding|easing|slowing|growing|climbing|dropping|declining"
    r"|increasing|accelerating|contracting|expanding|edging|remaining|staying|hitting"
    r"|reaching|topping|keeping|cutting|raising|lowering|returning|gaining|losing|winning"
    r"|leading|trailing|heading|becoming)\b)\w+ing)\b"
    r"(?![^.]*(?:\d|\b(?:said|says|showed|shows|poll|forecasts?|expected|as)\b))"
    # A picture's own words: "Harambe ... is pictured in this undated handout photo provided
    # by Cincinnati Zoo" (a trial's What changed), "The suspect, in a handout photo released
    # by police."; not news of a picture ("The suspect is pictured in a police sketch").
    r"|\b(?:is|are)[ \t]+pictured[ \t]+(?:in|on)[ \t]+(?:this|a|an)[ \t]+"
    r"(?:(?:undated|file)[ \t]+)*(?:handout[ \t]+)?(?:photo|image|picture)s?\b"
    r"|^(?:[^.]*,[ \t]+)?in[ \t]+(?:this|a)[ \t]+(?:undated[ \t]+)?handout[ \t]+(?:photo|image)"
    # The moon or the sun, smoke or a flag a picture shows rising over a named place: "The
    # first supermoon of the New Year is seen rising over the Las Vegas Strip" (a trial's);
    # not a forecast ("Inflation is seen rising above target"), nor what was said.
    r"|\b(?:is|are)[ \t]+seen[ \t]+rising[ \t]+(?:over|behind|above)[ \t]+(?:the[ \t]+)?"
    r"(?-i:[A-Z])(?![^.]*\b(?:said|says|showed|shows|poll|forecasts?|expected)\b)"
    # A thing named, then where it was seen, and nothing more but its place and day: "The
    # three boosters ..., seen inside the company's hangar", "Rescue workers, seen at the
    # site in Surfside, Florida.", "Protesters, pictured outside the embassy, on Friday."
    # (the review's); not an aside: "Boris Johnson, pictured in Downing Street on Monday,
    # announced ...", "..., pictured in Downing Street, on Monday resigned", "Police, seen
    # outside the embassy, in turn arrested 12" (a later review's): after the commas, only
    # a place's capitalised words or a day, to the end.
    r"|^[^,]{3,150},[ \t]+(?:seen|pictured|shown|photographed)[ \t]+(?:in|at|on|inside"
    r"|outside|near|during|from|over|after|before|with)\b[^,]*"
    r"(?:,[ \t]+(?:(?:in|at|near)[ \t]+)?(?-i:[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
    r"|,[ \t]+(?:on[ \t]+)?(?:" + WEEKDAY_PATTERN + r"|" + _DATE + r"))*\.?[ \t]*$",
    re.IGNORECASE,
)
