"""What a page says of itself, not news: a site's words to its reader, a programme's call to
its viewer, a listing's time, a path through a site's menus (trial F's key points and key
actors). Kept apart from `wording`, which reads what a sentence says."""

from __future__ import annotations

import re

from briefing.core.vocab import MONTH_PATTERN, WEEKDAY_PATTERN

# Words in quotation marks (a page's call is outside them).
QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|‘[^‘’]*’")

# What a site says to its reader, not news: "Sorry, this zipcode is not in our deliverable
# area for this subscription service.", "Sign up for our newsletter", "enable JavaScript".
_SITE_FURNITURE = re.compile(
    r"\b(?:(?:this|your|re-?enter) zip ?code|deliverable area|sign up for (?:our|digital)\b"
    r"|our newsletter|subscribe to our\b|(?:enable|turn on) JavaScript|your browser"
    r"|all rights reserved"
    # A site's copyright notice: "Without written authorization from CDIC, such content
    # shall not be republished", "This material may not be published, broadcast, rewritten
    # or redistributed", "The content ... published in this site belongs to ...".
    r"|without (?:prior )?written (?:authori[sz]ation|permission|consent)"
    r"|(?:may|shall|must) not be (?:republished|reproduced|redistributed|rewritten)"
    r"|(?:this|such) (?:material|content)\b[^.]{0,40}\b(?:may|shall|must) not be\b"
    r"|published (?:in|on) this (?:site|website) belongs to"
    r"|privacy policy|terms of (?:use|service)|cookie policy"
    # How to view the site: "Note: Browsers with 1024*768 or higher resolution are suggested
    # for this site" (a trial's key point), "This website is best viewed in Chrome".
    r"|(?:recommended|suggested|optimi[sz]ed) for (?:this|our) (?:site|website)"
    r"|best viewed (?:in|with|at)\b"
    # A site's call to follow it: "Add Weather as an interest to stay up to date on the
    # latest Weather news", "Follow our page to stay up to date with our coverage".
    r"|stay up to date (?:on|with) (?:the latest|our)\b"
    # A blog's archive and category menus, as its widgets print them: "Archives Select Month
    # January 2018 ...", "Categories Select Category ..." (trial F's key actors).
    r"|\bSelect (?:Month|Category)\b"
    # A column's postal address ("Contact Dear Abby at ... or P.O. Box 69440, Los
    # Angeles"): a trial's key point.
    r"|\b(?:contact|write(?:\s+to)?|send|mail|reach)\b.{0,80}?\bP\.?\s?O\.?\s?Box\s+\d)",
    re.IGNORECASE,
)
# What a programme's page says to bring its viewer in, not news: "Find out what Hadley Heath
# Manning has to say about it.", "We've got that and more on this episode of Boom Bust!",
# "Danielle DiMartino Booth weighs in.", "Tune in at 9pm", "Watch the full interview".
_PROMO = re.compile(
    r"^(?:Find out|Tune in|Stay tuned|Don['’]t miss|Check out|Learn more|Click (?:here|on|to)"
    r"|Watch (?:the|our|it|now|live|more|as)|Listen (?:now|live|to (?:the|our) (?:full|podcast"
    r"|interview|episode|show))|Join us|Subscribe|Sign up|Look back (?:at|on))\b"
    # A page's own call, exclaimed outside any quotation, in six words at most ("Celebrating 125
    # years of Progress!", a trial's key point; not the longer news of a name that holds
    # its "!": "Verizon completed its $4.5 billion purchase of Yahoo!"), and a sentence cut
    # in its brackets ("... and arrived (safely!)").
    r"|^(?=(?:\S+[ \t]+){0,5}\S+$)[^\"“”]*!$|![)\]]$"
    r"|\b(?:on|in) this (?:episode|edition)\b"
    # A programme's call to its viewer: "Join Jess McDonell and Dan Crowd on GameSpot News to
    # get today's scoops" (a second trial's key point), the whole sentence.
    r"|^Join\b[^.,]{1,80}\bon\b[^.,]{1,60}\bto (?:get|hear|see|watch|find out|catch)\b[^,]*$"
    # "Danielle DiMartino Booth weighs in.": who, and nothing of what (not "Now the
    # Supreme Court weighs in on the travel ban.").
    r"|^\W*(?:\S+\s+){1,4}weighs? in[.!]?$"
    # A syndicated copy's footer: "Read the original article on Business Insider", "Read
    # the full story at The Verge", "Read more at straitstimes.com" (trial F's).
    r"|^Read (?:more (?:at|on)\b|(?:the )?(?:original|full) (?:article|story|report)\b)"
)


def is_promo(sentence: str) -> bool:
    """Whether a sentence is what a page says to bring its reader or viewer in, outside
    quotation marks (`_PROMO`: "Find out what ... has to say about it", "Watch the launch
    live")."""
    return _PROMO.search(QUOTED.sub(" ", sentence.strip())) is not None


# Only a time or a date of a listing ("7:30 p.m.", "Sat., Jan. 6, 10 a.m."; not a headline in
# Title Case, "PS4 System Update 5.50 Features Fully Detailed"),
# or a path through a site's menus ("Select Theme > Custom > Select Image", "Home » World"):
# trial F's key points.
_TIME_WORDS = re.compile(
    r"(?<![\w.])(?:" + MONTH_PATTERN + "|" + WEEKDAY_PATTERN + r"|(?:mon|tue|tues|wed|thu|thurs"
    r"|fri|sat|sun)\.?|[ap]\.?m\.?|noon|midnight|ET|GMT|BST)(?!\w)",
    re.IGNORECASE,
)
_MENU_PATH = re.compile(r"\S[ \t]+[>»›][ \t]+\S[^.]*?[ \t][>»›][ \t]+\S")


def _only_time(text: str) -> bool:
    """Whether a line says nothing but a time or a date (`_TIME_WORDS`, digits, stops)."""
    return bool(re.search(r"\d", text)) and not re.search(
        r"[^\W\d_]{2,}", _TIME_WORDS.sub(" ", text)
    )


def is_page_furniture(sentence: str) -> bool:
    """Whether a sentence is what a page says of itself, not news: what a site says to its
    reader (`_SITE_FURNITURE`), a programme's call to its viewer (`is_promo`), a listing's
    time or a menu's path (`_only_time`, `_MENU_PATH`)."""
    text = sentence.strip()
    return bool(
        _SITE_FURNITURE.search(text)
        or is_promo(text)
        or _only_time(text)
        or (_MENU_PATH.search(text) is not None and not re.search(r"\d", text))
    )
