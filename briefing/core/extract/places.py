"""Places by name: how broad a place is (countries, continents and world regions), and the
US states that news abbreviates.

A reader asked where something happened answers with the most specific place the text gives
("Mazar-i-Sharif", not "Afghanistan"); these names are the broad ones to pass over when a
more specific one is at hand.
"""

from __future__ import annotations

from briefing.core.vocab import US_STATES

_COUNTRIES = """
afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia
austria|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan
bolivia|bosnia and herzegovina|bosnia|botswana|brazil|brunei|bulgaria|burkina faso|burundi
cambodia|cameroon|canada|cape verde|central african republic|chad|chile|china|colombia
comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti
dominica|dominican republic|east timor|ecuador|egypt|el salvador|equatorial guinea|eritrea
estonia|eswatini|ethiopia|fiji|finland|france|gabon|gambia|georgia|germany|ghana|greece
grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary|iceland|india
indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya
kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein
lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|marshall islands
mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco
mozambique|myanmar|burma|namibia|nauru|nepal|netherlands|holland|new zealand|nicaragua
niger|nigeria|north korea|north macedonia|macedonia|norway|oman|pakistan|palau|palestine
panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia
russian federation|rwanda|saint lucia|samoa|san marino|saudi arabia|senegal|serbia
seychelles|sierra leone|singapore|slovakia|slovenia|solomon islands|somalia|south africa
south korea|korea|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria
taiwan|tajikistan|tanzania|thailand|togo|tonga|trinidad and tobago|tunisia|turkey
turkmenistan|tuvalu|uganda|ukraine|united arab emirates|uae|united kingdom|uk|u.k|britain
great britain|england|scotland|wales|northern ireland|united states|united states of america
us|u.s|u.s.a|usa|america|uruguay|uzbekistan|vanuatu|vatican|venezuela|vietnam|yemen|zambia
zimbabwe
"""
_REGIONS = """
africa|asia|europe|north america|south america|latin america|oceania|antarctica|arctic
middle east|the middle east|east asia|south asia|southeast asia|central asia|eastern europe
western europe|the west|the gulf|gulf|balkans|the balkans|caribbean|the caribbean|scandinavia
"""


def _listed(names: str) -> frozenset[str]:
    """The names of a list written one after another, "|" or a line between them."""
    return frozenset(name.strip() for name in names.replace("\n", "|").split("|")) - {""}


def _key(place: str) -> str:
    """A place's name as the lists write it: lower case, one space, a plain apostrophe."""
    return " ".join(place.lower().replace("’", "'").split())


BROAD = _listed(_COUNTRIES + "|" + _REGIONS)


def is_broad(place: str) -> bool:
    """Whether `place` names a country, a continent or a world region."""
    key = _key(place).rstrip(".")
    return key in BROAD or key.removeprefix("the ") in BROAD


# The capitals of the countries above, which the small model often takes for organisations
# ("Soldiers patrolled the streets of Harare", "Officials in Bern", "The embassy in Bamako":
# ORG). Not those that are people's names or words too (Washington, Victoria, Kingston,
# Santiago, Male ...).
_CAPITALS = _listed(
    """
kabul|tirana|algiers|luanda|buenos aires|yerevan|canberra|vienna|baku|manama|dhaka|minsk
brussels|belmopan|porto-novo|thimphu|sarajevo|gaborone|brasilia|brasília|sofia|ouagadougou
bujumbura|gitega|phnom penh|yaounde|yaoundé|ottawa|praia|bangui|n'djamena|beijing|bogota
bogotá|moroni|kinshasa|brazzaville|zagreb|havana|nicosia|prague|copenhagen|djibouti|quito
cairo|asmara|tallinn|mbabane|addis ababa|suva|helsinki|libreville|banjul|tbilisi|berlin
accra|athens|conakry|bissau|port-au-prince|tegucigalpa|budapest|reykjavik|new delhi
jakarta|tehran|baghdad|dublin|jerusalem|rome|amman|astana|nairobi|pristina|kuwait city
bishkek|vientiane|riga|beirut|maseru|monrovia|tripoli|vilnius|antananarivo|lilongwe
kuala lumpur|bamako|valletta|nouakchott|port louis|mexico city|chisinau|ulaanbaatar
podgorica|rabat|maputo|naypyidaw|windhoek|kathmandu|amsterdam|the hague|wellington|managua
niamey|abuja|pyongyang|skopje|oslo|muscat|islamabad|panama city|port moresby|asuncion
asunción|lima|manila|warsaw|lisbon|doha|bucharest|moscow|kigali|riyadh|dakar|belgrade
freetown|singapore|bratislava|ljubljana|mogadishu|pretoria|cape town|seoul|juba|madrid
colombo|khartoum|paramaribo|stockholm|bern|damascus|taipei|dushanbe|dodoma|dar es salaam
bangkok|lome|lomé|tunis|ankara|ashgabat|kampala|kyiv|kiev|abu dhabi|london|montevideo
tashkent|caracas|hanoi|sanaa|sana'a|lusaka|harare
"""
)


def is_capital(name: str) -> bool:
    """Whether `name` is a country's capital ("Harare")."""
    return _key(name) in _CAPITALS


# Countries whose names are people's surnames too ("Michael Jordan", "Lynndie England").
_SURNAME_COUNTRIES = frozenset({"jordan", "chad", "israel", "england", "france", "georgia"})


def is_country_only(word: str) -> bool:
    """Whether a word names a country, a continent or a world region and no one's surname
    ("Australia", not "Jordan")."""
    key = word.lower()
    return key not in _SURNAME_COUNTRIES and is_broad(key)


# A bare direction ("the North" for North Korea, "the South") names no place by itself.
_DIRECTIONS = frozenset({"north", "south", "east", "west"})


def is_specific(place: str) -> bool:
    """Whether `place` is narrower than a country or region and not a bare direction."""
    key = " ".join(place.lower().split()).removeprefix("the ")
    return not is_broad(place) and key not in _DIRECTIONS


def state_name(place: str) -> str | None:
    """The US state an abbreviation written after a town names ("Pa." -> "Pennsylvania")."""
    return US_STATES.get(place.strip().lower())
