"""Citing provisions: OSCOLA, the Bluebook, and the form a practitioner of the state writes.

legal_ref formats citations itself, from the instrument's fields and one table of
conventions per jurisdiction (:data:`CONVENTIONS`). The rules followed, and where a
guide has no rule for a case, the choice made:

**Local** (what a lawyer of that state writes, pinpoint included):

- codes cited by their abbreviation after the locator: ``§ 109h Abs. 1 StGB``,
  ``art. 141 § 1 k.k.``, ``art. 244 c.p.``, ``Art. 94 MStG``; an instrument's
  ``citation_local_template`` wins (``§ 321 odst. 1 zákona č. 40/2009 Sb.``);
- Russian, Belarusian, Kazakh and Ukrainian practice puts the part before the
  article: ``ч. 3 ст. 359 УК РФ`` (the pinpoint ``ч. 3`` goes first);
- French, Belgian and Luxembourg practice: ``art. 436-1 du Code pénal``;
- Nordic practice: ``19 kap. 12 § brottsbalken``, ``straffeloven § 128``,
  ``§ 101 a i straffeloven``, ``rikoslain 12 luvun 3 §``, ``89. gr. laga nr. 19/1940``;
- the common-law states cite as their own guides do (``18 U.S.C. § 959``,
  ``Criminal Code Act 1995 (Cth) s 119.1``, ``Foreign Enlistment Act, RSC 1985, c F-28, s 3``);
- where no convention is recorded for a state (no rule of ours, rather than of a
  guide): the locator as the official text writes it, then the citation in the
  original language (``citation_local``) or the original title.

**OSCOLA** (4th edition): UK and Irish acts by short title and section without full
stops (``Foreign Enlistment Act 1870, s 4``, OSCOLA 2.4). Legislation of other
jurisdictions "as it is cited in its own jurisdiction, but without any full stops in
abbreviations", giving the jurisdiction where the citation does not show it (OSCOLA
2.8): the local form with full stops dropped after letters, then ``(Germany)``. OSCOLA
has no rule for a citation in a non-Latin script: there we give the English title and
the English locator in the OSCOLA pattern (``Criminal Code of the Russian Federation,
art 359 (Russia)``). Treaties follow OSCOLA 4.1.1: title, (adopted …, entered into
force …), the treaty series, then the article.

**Bluebook** (rule 12 for US statutes, rule 20 and table T2 for foreign ones, rule 21.4
for treaties): ``18 U.S.C. § 959``; foreign codes as original title [abbreviation]
[English title] locator (country): ``Strafgesetzbuch [StGB] [Criminal Code] § 109h
(Ger.)``; other foreign legislation as original title [English title], citation,
locator (country). Titles in another script are romanised (rule 20.2.4): the
instrument's ``title_romanised`` where recorded, else Cyrillic by the ALA-LC table
without diacritics (:func:`romanise`); for other scripts without a recorded
romanisation the Bluebook form gives the English title alone (a documented gap, not a
rule of the Bluebook). Country abbreviations follow table T10 (:data:`CONVENTIONS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from legal_ref.models import Instrument, InstrumentKind, Provision


class CitationStyle(StrEnum):
    """Citation styles legal_ref can produce."""

    OSCOLA = "oscola"
    BLUEBOOK = "bluebook"
    LOCAL = "local"


@dataclass(frozen=True)
class Convention:
    """How one jurisdiction's legislation is cited.

    ``bluebook``: the Bluebook's country abbreviation (table T10); ``oscola``: the
    jurisdiction OSCOLA adds in brackets (``None``: the citation shows it);
    ``local``: the local pattern (see :func:`local_form`); ``pinpoint_first``: the
    subdivision goes before the article (``ч. 3 ст. 359``).
    """

    bluebook: str
    oscola: str | None
    local: str = "generic"
    pinpoint_first: bool = False


# Bluebook T10 geographical abbreviations and OSCOLA's bracketed jurisdiction ("(NZ)" is OSCOLA's own example).
# Checked against published Bluebook examples: Can., Fr., Ger., India, Ir., Isr., Switz. (Northeastern University
# law library's Bluebook guide). The others are the T10 forms as recorded here, not yet each checked against the
# current edition's table: a correction is a one-line change, and the golden tests show its effect.
CONVENTIONS: dict[str, Convention] = {
    "AL": Convention("Alb.", "Albania"), "AM": Convention("Arm.", "Armenia"),
    "AR": Convention("Arg.", "Argentina", "iberian"), "AT": Convention("Austria", "Austria", "abbreviation"),
    "AU": Convention("Austl.", None, "australia"), "AZ": Convention("Azer.", "Azerbaijan"),
    "BA": Convention("Bosn. & Herz.", "Bosnia and Herzegovina"), "BE": Convention("Belg.", "Belgium", "french"),
    "BG": Convention("Bulg.", "Bulgaria"), "BR": Convention("Braz.", "Brazil", "iberian"),
    "BY": Convention("Belr.", "Belarus", "post_soviet", True), "CA": Convention("Can.", None, "canada"),
    "CH": Convention("Switz.", "Switzerland", "abbreviation"), "CO": Convention("Colom.", "Colombia", "iberian"),
    "CY": Convention("Cyprus", "Cyprus"), "CZ": Convention("Czech Rep.", "Czechia", "czech"),
    "DE": Convention("Ger.", "Germany", "abbreviation"), "DK": Convention("Den.", "Denmark", "danish"),
    "EE": Convention("Est.", "Estonia", "estonian"), "ES": Convention("Spain", "Spain", "iberian"),
    "FI": Convention("Fin.", "Finland", "finnish"), "FR": Convention("Fr.", "France", "french"),
    "GB": Convention("U.K.", None, "uk"), "GE": Convention("Geor.", "Georgia"),
    "GR": Convention("Greece", "Greece"), "HR": Convention("Croat.", "Croatia"),
    "HU": Convention("Hung.", "Hungary"), "IE": Convention("Ir.", None, "uk"),
    "IL": Convention("Isr.", "Israel"), "IN": Convention("India", "India", "commonwealth"),
    "INT": Convention("", None, "treaty"), "IS": Convention("Ice.", "Iceland", "icelandic"),
    "IT": Convention("It.", "Italy", "abbreviation"), "JP": Convention("Japan", "Japan"),
    "KR": Convention("S. Kor.", "South Korea"), "KZ": Convention("Kaz.", "Kazakhstan", "post_soviet", True),
    "LI": Convention("Liech.", "Liechtenstein", "abbreviation"), "LT": Convention("Lith.", "Lithuania", "baltic"),
    "LU": Convention("Lux.", "Luxembourg", "french"), "LV": Convention("Lat.", "Latvia", "latvian"),
    "MD": Convention("Mold.", "Moldova"), "ME": Convention("Montenegro", "Montenegro"),
    "MK": Convention("N. Maced.", "North Macedonia"), "MT": Convention("Malta", "Malta", "commonwealth"),
    "MX": Convention("Mex.", "Mexico", "iberian"), "NL": Convention("Neth.", "Netherlands", "abbreviation"),
    "NO": Convention("Nor.", "Norway", "norwegian"), "NZ": Convention("N.Z.", "NZ", "commonwealth"),
    "PL": Convention("Pol.", "Poland", "polish"), "PT": Convention("Port.", "Portugal", "iberian"),
    "RO": Convention("Rom.", "Romania"), "RS": Convention("Serb.", "Serbia"),
    "RU": Convention("Russ.", "Russia", "post_soviet", True), "SE": Convention("Swed.", "Sweden", "swedish"),
    "SI": Convention("Slovn.", "Slovenia"), "SK": Convention("Slovk.", "Slovakia", "czech"),
    "TR": Convention("Turk.", "Turkey"), "TW": Convention("Taiwan", "Taiwan"),
    "UA": Convention("Ukr.", "Ukraine", "post_soviet", True), "US": Convention("", None, "us"),
    "XK": Convention("Kos.", "Kosovo"), "NP": Convention("Nepal", "Nepal"),
    "UZ": Convention("Uzb.", "Uzbekistan", "post_soviet", True),
    "LK": Convention("Sri Lanka", "Sri Lanka", "commonwealth"), "PE": Convention("Peru", "Peru", "iberian"),
    "CU": Convention("Cuba", "Cuba", "iberian"), "ZA": Convention("S. Afr.", "South Africa", "commonwealth"),
    "KG": Convention("Kyrg.", "Kyrgyzstan", "post_soviet", True),
    "TJ": Convention("Taj.", "Tajikistan", "post_soviet", True),
    "GH": Convention("Ghana", "Ghana", "commonwealth"), "KE": Convention("Kenya", "Kenya", "commonwealth"),
    "NG": Convention("Nigeria", "Nigeria", "commonwealth"), "IQ": Convention("Iraq", "Iraq"),
    "SY": Convention("Syria", "Syria"), "KP": Convention("N. Kor.", "North Korea"),
    "EG": Convention("Egypt", "Egypt"), "MA": Convention("Morocco", "Morocco", "french"),
    "TN": Convention("Tunis.", "Tunisia", "french"), "JO": Convention("Jordan", "Jordan"),
    "LB": Convention("Leb.", "Lebanon"), "DZ": Convention("Alg.", "Algeria", "french"),
    "VE": Convention("Venez.", "Venezuela", "iberian"), "CL": Convention("Chile", "Chile", "iberian"),
    "EC": Convention("Ecuador", "Ecuador", "iberian"), "BO": Convention("Bol.", "Bolivia", "iberian"),
    "UY": Convention("Uru.", "Uruguay", "iberian"), "PY": Convention("Para.", "Paraguay", "iberian"),
    "BD": Convention("Bangl.", "Bangladesh", "commonwealth"), "PK": Convention("Pak.", "Pakistan", "commonwealth"),
    "TM": Convention("Turkm.", "Turkmenistan"),
    "VN": Convention("Viet.", "Vietnam"),
    "MN": Convention("Mong.", "Mongolia"),
}  # fmt: skip

_DEFAULT = Convention("", None)

# ALA-LC romanisation of Cyrillic, without diacritics or ligature ties (Bluebook rule 20.2.4).
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "iu", "я": "ia", "є": "ie", "і": "i", "ї": "i", "ґ": "g", "ў": "u", "ђ": "dj", "ј": "j",
    "љ": "lj", "њ": "nj", "ћ": "c", "џ": "dz", "ѓ": "g", "ќ": "k", "ѕ": "dz", "'": "", "’": "",
}  # fmt: skip

# ALA-LC differences by language (Ukrainian and Belarusian h/y, Bulgarian u/sht; Serbian and Macedonian
# romanise to their own Latin alphabets, diacritics kept).
_CYRILLIC_BY_LANG = {
    "uk": {"г": "h", "и": "y", "й": "i", "х": "kh"},
    "be": {"г": "h", "ў": "u"},
    "bg": {"ъ": "u", "щ": "sht"},
    "sr": {"ж": "ž", "х": "h", "ц": "c", "ч": "č", "ш": "š", "ђ": "đ", "ћ": "ć", "џ": "dž"},
    "mk": {"ж": "ž", "х": "h", "ц": "c", "ч": "č", "ш": "š", "ѓ": "ǵ", "ќ": "ḱ", "џ": "dž", "ѕ": "dz"},
}

_SCRIPT_LATIN = re.compile(r"^[\s\d\W\u0000-\u02AF\u1E00-\u1EFF\u2C60-\u2C7F\uA720-\uA7FF]*$")


def is_latin(text: str) -> bool:
    """Whether ``text`` is written in Latin script (digits and punctuation allowed)."""
    return bool(_SCRIPT_LATIN.match(text))


def romanise(text: str, lang: str = "ru") -> str | None:
    """Cyrillic text in Latin script by the ALA-LC table of ``lang``; ``None`` for other non-Latin scripts.

    Russian, Ukrainian, Belarusian and Bulgarian lose ALA-LC's diacritics and ligature ties.
    """
    if is_latin(text):
        return text
    table = {**_CYRILLIC, **_CYRILLIC_BY_LANG.get(lang.split("-")[0], {})}
    text = text.replace("№", "No.").replace("«", "“").replace("»", "”")
    out = []
    for char in text:
        lower = char.lower()
        if lower in table:
            latin = table[lower]
            out.append(latin.capitalize() if char != lower else latin)
        elif not is_latin(char):
            return None
        else:
            out.append(char)
    return "".join(out)


def oscola_locator(locator: str) -> str:
    """Drop the full stop after a locator abbreviation: ``s. 4`` → ``s 4``, ``art. 47`` → ``art 47``."""
    return re.sub(r"^([A-Za-z]{1,4})\.\s*", r"\1 ", locator)


def strip_full_stops(text: str) -> str:
    """OSCOLA's "without any full stops in abbreviations": a stop after a letter goes (``U.S.C.`` → ``USC``)."""
    text = re.sub(r"(?<=[^\W\d_])\.(?=[^\W\d_])", "", text)  # U.S.C -> USC
    return re.sub(r"(?<=[^\W\d_])\.", "", text)


def _number(locator: str) -> str:
    """The number part of a locator: ``s. 4`` → ``4``, ``§ 959`` → ``959``, ``Article 436-1`` → ``436-1``."""
    return re.sub(r"^(?:[^\W\d_]{1,12}\.?|§)\s*", "", locator).strip()


def _english_pinpoint(pinpoint: str | None) -> str | None:
    """A Cyrillic part pinpoint in the English-language styles: ``ч. 3`` → ``(3)`` (our rule; no guide has one)."""
    match = re.fullmatch(r"ч\.\s*(\d+)", pinpoint or "")
    return f"({match.group(1)})" if match else pinpoint


def _with_pinpoint(locator: str, pinpoint: str | None) -> str:
    if not pinpoint:
        return locator
    return f"{locator}{pinpoint}" if pinpoint.startswith("(") else f"{locator} {pinpoint}"


def _is_subdivision(locator: str) -> bool:
    """Whether the locator names one subdivision (not ``(whole act)`` nor a description in words)."""
    return not locator.startswith("(") and len(locator) < 40


def _jurisdiction(provision: Provision) -> str:
    return provision.uid.split(":", 1)[0].upper()


def convention(code: str) -> Convention:
    """The citation convention of jurisdiction ``code`` (a neutral default for an unknown code)."""
    return CONVENTIONS.get(code.upper(), _DEFAULT)


def instrument_label(instrument: Instrument) -> str:
    """How the instrument is named in an OSCOLA citation of an English-language act."""
    if instrument.short_title:
        return instrument.short_title
    if instrument.title_en_official and re.search(r"\b\d{4}\b", instrument.title_en):
        return instrument.title_en  # an official short title with its year (UK style) needs nothing more
    if instrument.title_en in instrument.citation:
        return instrument.citation
    return f"{instrument.title_en} ({instrument.citation})"


def year_of(instrument: Instrument) -> int | None:
    """The year of the instrument (adoption, else entry into force)."""
    day: date | None = instrument.adopted or instrument.valid.start
    return day.year if day else None


# ---------------------------------------------------------------------------
# Local form
# ---------------------------------------------------------------------------

_ARTICLE_WORDS = re.compile(r"^(?:Article|Artikel|Articolo|Artículo|Artigo)\s+", re.IGNORECASE)
_GENITIVE_UK = (("Кримінальний кодекс", "Кримінального кодексу"), ("Указ", "Указу"), ("Закон", "Закону"))
_GENITIVE_RU = (
    ("Федеральный закон", "Федерального закона"), ("Уголовный кодекс", "Уголовного кодекса"),
    ("Указ", "Указа"), ("Закон", "Закона"), ("Кодекс", "Кодекса"),
)  # fmt: skip


def _local_locator(locator: str, style: str) -> str:
    """The locator as practitioners abbreviate it (``Article 436-1`` → ``art. 436-1``, ``Стаття 447`` → ``ст. 447``)."""
    if style in ("french", "abbreviation", "iberian") and _ARTICLE_WORDS.match(locator):
        return _ARTICLE_WORDS.sub("art. ", locator)
    if style == "french":
        return re.sub(r"^Art\.", "art.", locator)
    if style == "post_soviet":
        return re.sub(r"^(?:Стаття|[Сс]татья)\s+", "ст. ", locator)
    return locator


def abbreviation_of(instrument: Instrument) -> str | None:
    """The instrument's abbreviation: recorded, else read off ``citation_local`` (``StGB``, ``k.k.``, ``(KarS)``)."""
    if instrument.abbreviation:
        return instrument.abbreviation
    local = instrument.citation_local or ""
    head = local.split(",")[0].strip()
    if head and len(head) <= 8 and " " not in head and not re.search(r"\d", head):
        return head
    return _parenthesised(local) if re.fullmatch(r".*\(([^\W\d_][\w./-]{0,7})\)\s*", local) else None


def _name_for_local(instrument: Instrument) -> str:
    return abbreviation_of(instrument) or instrument.citation_local or instrument.short_title or instrument.title


def local_form(provision: Provision, pinpoint: str | None = None) -> str:
    """The citation as a practitioner of the provision's state writes it (rules in the module docstring)."""
    instrument, conv = provision.instrument, convention(_jurisdiction(provision))
    style = conv.local
    raw = provision.locator
    if style in ("us", "uk", "canada", "australia", "commonwealth") or instrument.kind is InstrumentKind.TREATY:
        return _english_local(provision, pinpoint)
    if instrument.kind is InstrumentKind.CASE:
        return _case_name(instrument)
    if not _is_subdivision(raw):
        return _name_for_local(instrument) if raw.startswith("(") else f"{_name_for_local(instrument)}, {raw}"
    locator = _local_locator(raw, style)
    located = f"{pinpoint} {locator}" if conv.pinpoint_first and pinpoint else _with_pinpoint(locator, pinpoint)
    if instrument.citation_local_template:
        return instrument.citation_local_template.format(locator=located)
    if style == "post_soviet" and instrument.title_lang == "uk" and instrument.abbreviation is None:
        if instrument.title.startswith("Про ") and instrument.kind is InstrumentKind.ACT:
            return f"{located} Закону України «{instrument.title}»"
        name = instrument.citation_local or instrument.title
        for nominative, genitive in _GENITIVE_UK:
            name = name.replace(nominative, genitive, 1) if name.startswith(nominative) else name
        return f"{located} {name.split(' від ')[0] if instrument.kind is InstrumentKind.CODE else name}"
    if style == "post_soviet":
        name = instrument.abbreviation or ""
        if not name and instrument.title.startswith("О "):
            name = f"Закона «{instrument.title}»"  # a law cited by its title: ст. 21 Закона «О гражданстве …»
        elif not name:
            # A code by its title, an act or decree by its local citation, in the genitive.
            name = instrument.title if instrument.kind is InstrumentKind.CODE else instrument.citation_local or ""
            name = name or instrument.title
            for nominative, genitive in _GENITIVE_RU:
                if name.startswith(nominative):
                    name = genitive + name[len(nominative) :]
                    break
            name = re.sub(r"^Про ", "Закону України «Про ", name) + ("»" if name.startswith("Про ") else "")
        return f"{located} {name}"
    if style == "czech":
        name = instrument.abbreviation or re.sub(r"^zákon\b", "zákona", instrument.citation_local or instrument.title)
        return f"{located} {name}"
    if style == "polish":
        if instrument.abbreviation or (instrument.citation_local and len(instrument.citation_local) <= 6):
            return f"{located} {instrument.abbreviation or instrument.citation_local}"
        name = re.sub(r"^Ustawa\b", "ustawy", instrument.title)
        name = re.sub(r"^Konstytucja\b", "Konstytucji", name)
        return f"{located} {name}"
    if style == "french":
        name = instrument.citation_local or instrument.title
        if name.startswith("Code"):
            return f"{located} du {name.split(' du ')[0].split(' / ')[0]}"
        return f"{located} de la {name.split(' / ')[0]}"
    if style == "iberian":
        name = instrument.abbreviation or instrument.short_title or instrument.citation_local or instrument.title
        if instrument.abbreviation:
            return f"{located} {name}"
        lang = instrument.title_lang
        if lang.startswith("pt"):
            article = "do" if name.startswith(("Código", "Decreto")) else "da"
        else:
            article = "del" if name.startswith("Código") else "de la"
        return f"{located} {article} {name}"
    if style == "abbreviation":
        name = abbreviation_of(instrument) or instrument.citation_local or instrument.title
        return f"{located} {name}"
    if style == "swedish":
        name = re.sub(r" \(\d{4}:\d+\)$", "", instrument.citation_local or instrument.title)
        return f"{located} {name}"
    if style == "norwegian":
        return f"{instrument.short_title or instrument.citation_local or instrument.title} {located}"
    if style == "danish":
        name = (instrument.citation_local or instrument.title).split(",")[0]
        return f"{located} i {name}"
    if style == "finnish":
        name = (instrument.citation_local or instrument.title).split(" (")[0]
        name = re.sub(r"laki$", "lain", name)
        located = re.sub(r"(\d+ ?a?) luku", r"\1 luvun", located)
        return f"{name} {located}"
    if style == "icelandic":
        name = re.sub(r"^lög\b", "laga", instrument.citation_local or instrument.title)
        return f"{located} {name}"
    if style in ("estonian", "baltic"):
        return f"{abbreviation_of(instrument) or instrument.title} {located}"
    if style == "latvian":
        name = re.sub(r"s$", "a", instrument.citation_local or instrument.title)
        return f"{name} {located}"
    return f"{located} {instrument.citation_local or instrument.title}"


def _case_name(instrument: Instrument) -> str:
    """A judgment: its name, then its citation unless the name already carries it."""
    if _number(instrument.citation) and _number(instrument.citation) in instrument.title:
        return instrument.title
    return f"{instrument.title}, {instrument.citation}"


def _parenthesised(text: str | None) -> str | None:
    match = re.search(r"\(([^()]+)\)\s*$", text or "")
    return match.group(1) if match else None


def _english_local(provision: Provision, pinpoint: str | None) -> str:
    """English-language and international citations in their own jurisdiction's form."""
    instrument, code = provision.instrument, _jurisdiction(provision)
    style = convention(code).local
    locator = provision.locator
    if instrument.kind is InstrumentKind.CASE:
        return _case_name(instrument)
    if style == "us" and instrument.citation.endswith("U.S.C."):
        section = locator if locator.startswith("§") else f"§ {_number(locator)}"
        return f"{instrument.citation} {_with_pinpoint(section, pinpoint)}"
    if instrument.kind is InstrumentKind.TREATY:
        return f"{instrument.title_en}, {_with_pinpoint(locator, pinpoint)}"
    if not _is_subdivision(locator):
        return instrument_label(instrument)
    if style == "australia":  # AGLC: Title Year (Cth) s 1
        australian = re.search(r"\((?:Cth|ACT|NSW|NT|Qld|SA|Tas|Vic|WA)\)", instrument.citation)
        title = instrument.citation.split(",")[0] if australian else instrument.title
        return f"{title} {_with_pinpoint(oscola_locator(locator), pinpoint)}"
    if style == "canada":  # McGill Guide: Title, RSC 1985, c F-28, s 3
        citation = strip_full_stops(instrument.citation).replace("RSC, ", "RSC ")
        return f"{instrument.title}, {citation}, {_with_pinpoint(oscola_locator(locator), pinpoint)}"
    if style == "commonwealth" and code == "ZA":  # s 2 of the Act 15 of 1998 (South African usage)
        located = _with_pinpoint(oscola_locator(locator), pinpoint)
        if not instrument.citation.startswith("Act No. "):
            return f"{located} of the {instrument.title}"
        title = re.sub(r",? \d{4}$", "", instrument.title)
        return f"{located} of the {title} {instrument.citation.removeprefix('Act No. ')}"
    if style == "commonwealth" and code == "MT":  # Malta: Article 5 of the Criminal Code (Cap. 9)
        cap = instrument.citation_local or instrument.citation
        return f"{_with_pinpoint(locator, pinpoint)} of the {instrument.title} ({cap})"
    return f"{instrument_label(instrument)}, {_with_pinpoint(oscola_locator(locator), pinpoint)}"


# ---------------------------------------------------------------------------
# OSCOLA
# ---------------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def _oscola_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _bluebook_date(day: date) -> str:
    month = _MONTHS[day.month - 1]
    short = month if len(month) <= 4 else ("Sept." if month == "September" else month[:3] + ".")
    return f"{short} {day.day}, {day.year}"


def _treaty_series(citation: str) -> tuple[str, str | None] | None:
    """``United Nations Treaty Series, vol. 2163, p. 75`` → ``("2163", "75")``; ``None`` when not the UNTS."""
    match = re.search(r"Treaty Series, vol\. (\d+)(?:, p\. (\d+))?", citation)
    return (match.group(1), match.group(2)) if match else None


def _oscola_treaty(provision: Provision, pinpoint: str | None) -> str:
    """OSCOLA 4.1.1: title (adopted …, entered into force …) series (informal title) article, no comma before it."""
    instrument = provision.instrument
    dates = []
    if instrument.adopted:
        dates.append(f"adopted {_oscola_date(instrument.adopted)}")
    if instrument.valid.start:
        dates.append(f"entered into force {_oscola_date(instrument.valid.start)}")
    series = _treaty_series(instrument.citation)
    if series:
        source = f"{series[0]} UNTS {series[1]}" if series[1] else f"{series[0]} UNTS"
    else:
        source = strip_full_stops(instrument.citation.split(";")[0])
    head = f"{instrument.title} ({', '.join(dates)}) {source}" if dates else f"{instrument.title}, {source}"
    if instrument.short_title:
        head += f" ({instrument.short_title})"
    if not _is_subdivision(provision.locator):
        return head
    return f"{head} {_with_pinpoint(oscola_locator(provision.locator), pinpoint)}"


def oscola(provision: Provision, pinpoint: str | None = None) -> str:
    """The OSCOLA citation (rules in the module docstring)."""
    instrument, code = provision.instrument, _jurisdiction(provision)
    conv = convention(code)
    if instrument.kind is InstrumentKind.TREATY:
        return _oscola_treaty(provision, pinpoint)
    if conv.local == "uk":
        locator = oscola_locator(provision.locator_en or provision.locator)
        if not _is_subdivision(provision.locator):
            return instrument_label(instrument)
        return f"{instrument_label(instrument)}, {_with_pinpoint(locator, pinpoint)}"
    local = local_form(provision, pinpoint)
    if is_latin(local):
        text = strip_full_stops(local)
        if instrument.kind is InstrumentKind.CASE:
            text = text.replace(" v. ", " v ")
        return f"{text} ({conv.oscola})" if conv.oscola and conv.oscola not in text else text
    # No OSCOLA rule for a non-Latin script: the English title and locator in the OSCOLA pattern.
    english = _ARTICLE_WORDS.sub("art. ", provision.locator_en or provision.locator)
    place = f" ({conv.oscola})" if conv.oscola else ""
    if not _is_subdivision(provision.locator):
        return f"{instrument.title_en}{place}"
    located = _with_pinpoint(oscola_locator(english), pinpoint)
    return f"{instrument.title_en}, {located}{place}"


# ---------------------------------------------------------------------------
# Bluebook
# ---------------------------------------------------------------------------


def romanised_title(instrument: Instrument) -> str | None:
    """The title in Latin script: recorded, mechanically romanised (Cyrillic), or ``None``."""
    if instrument.title_romanised:
        return instrument.title_romanised
    return romanise(instrument.title, instrument.title_lang)  # capitalised as in the original (rule 20.2.2)


def _bluebook_locator(provision: Provision, pinpoint: str | None) -> str:
    """``§ 321``, ``art. 359``: the English form of the locator (Bluebook 3.3 and T2 use ``§`` and ``art.``)."""
    locator = provision.locator_en or provision.locator
    locator = re.sub(r"^Art\.", "art.", _ARTICLE_WORDS.sub("art. ", locator))
    if locator.startswith("s. "):
        locator = f"§ {_number(locator)}"
    return _with_pinpoint(locator, pinpoint)


def _bluebook_treaty(provision: Provision, pinpoint: str | None) -> str:
    """Bluebook 21.4: title, article, date of signing, series."""
    instrument = provision.instrument
    parts = [instrument.title]
    if _is_subdivision(provision.locator):
        parts[0] += f" {_bluebook_locator(provision, pinpoint)}"
    if instrument.adopted:
        parts.append(_bluebook_date(instrument.adopted))
    series = _treaty_series(instrument.citation)
    if series:
        parts.append(f"{series[0]} U.N.T.S. {series[1]}" if series[1] else f"{series[0]} U.N.T.S.")
    else:
        parts.append(instrument.citation.split(";")[0])
    return ", ".join(parts)


def bluebook(provision: Provision, pinpoint: str | None = None) -> str:
    """The Bluebook citation (rules in the module docstring)."""
    instrument, code = provision.instrument, _jurisdiction(provision)
    conv = convention(code)
    place = f" ({conv.bluebook})" if conv.bluebook else ""
    whole = not _is_subdivision(provision.locator)
    if instrument.kind is InstrumentKind.CASE:
        return _case_name(instrument) + ("" if code == "US" else place)
    if instrument.kind is InstrumentKind.TREATY:
        return _bluebook_treaty(provision, pinpoint)
    if code == "US" and instrument.citation.endswith("U.S.C."):
        return _english_local(provision, pinpoint)
    locator = "" if whole else _bluebook_locator(provision, pinpoint)
    if code == "IE" and re.fullmatch(r"No\. \d+ of \d{4}", instrument.citation):
        # Rule 20.5.1, as in "Emergency Powers Act, 1976 (Act No. 33/1976) (Ir.)".
        number, year = re.findall(r"\d+", instrument.citation)
        head = f"{instrument.title} (Act No. {number}/{year})"
        return f"{head} {locator}{place}" if locator else f"{head}{place}"
    if code in ("IN", "IL"):
        # Rule 20.5.1, as in "The Consumer Protection Act, 2019, §6(2)(a) (India)" and "Extradition Law,
        # 5714-1954, 8 LSI 144 (Isr.)": the English title, its reporter where one is recorded, the section.
        title = instrument.title_en if code == "IL" else instrument.title
        reporter = instrument.citation if instrument.citation.startswith(f"{title}, ") else title
        head = reporter if code == "IL" else title
        return f"{head}, {locator}{place}" if locator else f"{head}{place}"
    if instrument.title_lang == "en" or conv.local == "uk":
        title = instrument.title_en if instrument.title_en_official else instrument.title
        head = instrument.citation if title in instrument.citation else f"{title}, {instrument.citation}"
        return f"{head}, {locator}{place}" if locator else f"{head}{place}"
    original = romanised_title(instrument)
    abbr = abbreviation_of(instrument)
    abbreviation = romanise(abbr, instrument.title_lang) if abbr else None
    brackets = f" [{abbreviation}]" if abbreviation and original else ""
    english = f"[{instrument.title_en}]"
    head = f"{original}{brackets} {english}" if original else english
    citation = instrument.citation
    adds_nothing = citation == instrument.title_en or citation.startswith((instrument.title, instrument.title_en))
    if instrument.kind is InstrumentKind.CODE and original and (abbreviation or adds_nothing):
        return f"{head} {locator}{place}" if locator else f"{head}{place}"
    if citation == instrument.title_en:
        return f"{head} {locator}{place}" if locator else f"{head}{place}"
    return f"{head}, {citation}, {locator}{place}" if locator else f"{head}, {citation}{place}"


def cite(provision: Provision, style: CitationStyle = CitationStyle.OSCOLA, pinpoint: str | None = None) -> str:
    """Format a citation of ``provision`` in ``style``, optionally with a pinpoint (``(1)``, ``odst. 1``, ``ч. 3``)."""
    if style is CitationStyle.LOCAL:
        return local_form(provision, pinpoint)
    if style is CitationStyle.BLUEBOOK:
        return bluebook(provision, _english_pinpoint(pinpoint))
    return oscola(provision, _english_pinpoint(pinpoint))


def cite_all(provision: Provision, pinpoint: str | None = None) -> dict[CitationStyle, str]:
    """The provision cited in every style, for the CLI, the site and the exports."""
    return {style: cite(provision, style, pinpoint) for style in CitationStyle}
