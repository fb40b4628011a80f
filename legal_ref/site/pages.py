"""The site's pages, generated from the loaded library.

Every page about the law is a function of the :class:`~legal_ref.library.Library`
(and a date): nothing about a rule, a penalty or a citation is written by hand
under ``docs/``. Comparison rows and citations come from the query API, so the
site, the CSV export and the CLI cannot disagree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from datetime import date

from legal_ref import DISCLAIMER
from legal_ref.citations import CitationStyle, cite, cite_all
from legal_ref.library import ComparisonRow, CoverageRow, CoverageStatus, Library, TopicAnswer, state_name
from legal_ref.models import (
    REGIME_LABELS,
    TOPIC_LABELS,
    Confidence,
    FineKind,
    Instrument,
    Jurisdiction,
    NationalityEffectKind,
    Provision,
    Regime,
    Rule,
    Source,
    Topic,
)
from legal_ref.periods import Interval, TimeStatus
from legal_ref.site import markdown as md
from legal_ref.site import worldmap

REGIME_COLOURS: dict[Regime | None, str] = {
    Regime.PERMITTED: "#009E73",
    Regime.NO_SPECIFIC_LAW: "#56B4E9",
    Regime.AUTHORIZATION_REQUIRED: "#F0E442",
    Regime.CONDITIONALLY_PROHIBITED: "#E69F00",
    Regime.PROHIBITED: "#D55E00",
    Regime.UNCLEAR: "#CC79A7",
    None: "#d9d9d9",
}
"""Map colours per regime (``None``: not yet researched), from the Okabe–Ito colour-blind-safe palette."""

REGIME_MARKS: dict[Regime | None, str | None] = {
    Regime.PERMITTED: None,
    Regime.NO_SPECIFIC_LAW: None,
    Regime.AUTHORIZATION_REQUIRED: "hatch",
    Regime.CONDITIONALLY_PROHIBITED: "cross",
    Regime.PROHIBITED: "dense",
    Regime.UNCLEAR: "dots",
    None: None,
}
"""A pattern per regime, so that the map never relies on colour alone."""

NATIONALITY_LABELS = {
    NationalityEffectKind.AUTOMATIC_LOSS: "lost automatically",
    NationalityEffectKind.MAY_BE_WITHDRAWN: "may be withdrawn",
    NationalityEffectKind.NONE: "no loss",
}

TOPIC_PAGES: dict[Topic, tuple[str, str]] = {
    Topic.FOREIGN_SERVICE: (
        "foreign-service",
        "Where serving in a foreign army needs authorization, and where it is a crime",
    ),
    Topic.RECRUITMENT: ("recruitment", "Bans on recruiting for foreign forces"),
    Topic.MERCENARY: ("mercenaries", "Mercenary laws"),
    Topic.NATIONALITY_LOSS: ("nationality", "Loss of nationality for foreign military service"),
    Topic.FOREIGN_CONFLICT: ("foreign-conflicts", "Foreign conflicts, designated areas and foreign fighters"),
    Topic.INBOUND_SERVICE: ("inbound", "How foreigners join a state's armed forces (Ukraine first)"),
}
"""File name and title of each topic page."""


def _front(title: str, description: str, *, wide: bool = False, aggregate: bool = False) -> str:
    # JSON strings are valid YAML scalars: any colon or quote in a name stays inside the value. Themes put
    # both values into <title>, <meta> and the navigation without escaping them, so they are HTML-escaped here.
    fields = {"title": md.html(title), "description": md.html(description)}
    out = "---\n" + "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in fields.items())
    # Wide tables get the whole width: no navigation or contents sidebars.
    out += 'hide: ["navigation", "toc"]\n' if wide else ""
    # Pages that gather every jurisdiction match every query; the page that states the law should rank first.
    out += "search:\n  boost: 0.2\n" if aggregate else ""
    return out + "---\n\n"


def _disclaimer() -> str:
    return f'!!! warning "Not legal advice"\n    {md.text(DISCLAIMER)}\n\n'


def _interval(interval: Interval) -> str:
    if interval.start is None and interval.confirmed_from is not None:
        # Never present a placeholder as a start: say what is and is not known.
        start = f"a date not confirmed (confirmed in force on {interval.confirmed_from.isoformat()})"
    else:
        start = interval.start.isoformat() if interval.start else "(start not recorded)"
    if interval.end is None:
        return f"in force since {start}"
    ended = f"until {(interval.end).isoformat()} (last day in force the day before)"
    return f"from {start} {ended}" + (f", ended by {interval.repealed_by}" if interval.repealed_by else "")


def jurisdiction_path(code: str) -> str:
    """The page of a jurisdiction, relative to ``docs/``."""
    return f"jurisdictions/{code.lower()}.md"


def provision_anchor(provision: Provision) -> str:
    """The stable anchor of a provision on its jurisdiction page (derived from its stable id)."""
    return md.slug(provision.uid)


def rule_anchor(rule: Rule) -> str:
    """The stable anchor of a rule on its jurisdiction page."""
    return "rule-" + md.slug(rule.uid)


def _regime_cell(regime: Regime | None, status: TimeStatus) -> str:
    if regime is None:
        return "not researched" if status is TimeStatus.NOT_RESEARCHED else md.text(status.value.replace("_", " "))
    return md.text(REGIME_LABELS[regime])


# ---------------------------------------------------------------------------
# Plain-language answers
# ---------------------------------------------------------------------------


def plain_answer(lib: Library, answer: TopicAnswer) -> str:
    """A short answer in words to 'Can a citizen of X serve in a foreign army?', from the primary rule."""
    rule, j = answer.primary, answer.jurisdiction
    if rule is None:
        return f"legal_ref has not yet researched this question for {j.name}."
    sentences = {
        Regime.PERMITTED: "Yes: the law does not forbid it.",
        Regime.NO_SPECIFIC_LAW: "No specific law forbids it.",
        Regime.AUTHORIZATION_REQUIRED: "Only with authorization.",
        Regime.CONDITIONALLY_PROHIBITED: "It depends: it is prohibited only under a condition.",
        Regime.PROHIBITED: "No: it is prohibited.",
        Regime.UNCLEAR: "The law is unclear.",
    }
    parts = [sentences[rule.regime]]
    if rule.authorization:
        parts.append(f"Authorization: {rule.authorization.office}.")
    if rule.condition:
        parts.append(f"Condition: {rule.condition.text}")
    if rule.penalties:
        parts.append("Penalty: " + "; ".join(f"{p.label}: {p}" for p in rule.penalties) + ".")
    nationality = lib.answer(j.code, Topic.NATIONALITY_LOSS, answer.as_of).primary
    if nationality and nationality.nationality:
        parts.append(f"Nationality: {NATIONALITY_LABELS[nationality.nationality.effect]}.")
    parts.append(f"Confidence: {rule.confidence.value.replace('_', ' ')}.")
    return " ".join(md.text(p) for p in parts)


# ---------------------------------------------------------------------------
# Jurisdiction pages
# ---------------------------------------------------------------------------


def _sources_list(j: Jurisdiction, ids: tuple[str, ...]) -> str:
    """Links (HTML) to the numbered rows of the page's sources table."""
    number = {source.id: n for n, source in enumerate(j.sources, start=1)}
    return ", ".join(f'<a href="#source-{md.slug(i)}">{number[i]}</a>' for i in ids)


def _fact(label: str, value_html: str) -> str:
    return f"<li><strong>{md.html(label)}:</strong> {value_html}</li>"


def _rule_block(lib: Library, j: Jurisdiction, rule: Rule) -> str:
    # The rule's body is an HTML block (escaped here): Markdown would re-parse every data string.
    h = md.html
    facts = [
        _fact("Binds", h(", ".join(p.value.replace("_", " ") for p in rule.binds))),
        _fact("Validity", h(_interval(rule.valid))),
    ]
    if rule.condition:
        facts.append(_fact("Condition", h(rule.condition.text)))
    if rule.authorization:
        auth = rule.authorization
        facts.append(_fact("Authorization", f"{h(auth.office)} ({h(auth.authority.value.replace('_', ' '))})"))
        if auth.procedure:
            facts.append(_fact("How it is asked for", h(auth.procedure)))
    facts += [_fact("Exemption", h(e.text or e.test.value.replace("_", " "))) for e in rule.exemptions]
    for penalty in rule.penalties:
        when = f" ({h(penalty.when)})" if penalty.when else ""
        facts.append(_fact(f"Penalty, {penalty.label}", h(str(penalty)) + when))
    if rule.nationality:
        nat = rule.nationality
        detail = f": {h(nat.conditions)}" if nat.conditions else ""
        facts.append(_fact("Nationality", h(NATIONALITY_LABELS[nat.effect]) + detail))
    for term in rule.terms:
        amount = ""
        if term.amount:
            per = f" per {term.amount.per}" if term.amount.per else ""
            amount = f" ({term.amount.value:,} {term.amount.currency}{per})"
        facts.append(_fact(term.label, h(term.text + amount)))
    rests = ", ".join(f'<a href="#{provision_anchor(p)}">{h(cite(p))}</a>' for p in j.provisions_of(rule))
    facts.append(_fact("Rests on", rests))
    confidence = f"verified {CONFIDENCE_LABELS[rule.confidence]}, on {rule.verified_on}"
    facts.append(_fact("Confidence", h(confidence)))
    facts.append(_fact("Sources", _sources_list(j, rule.sources)))
    if rule.globalcit_mode:
        facts.append(_fact("GLOBALCIT loss mode", h(rule.globalcit_mode)))
    extra = ""
    if rule.notes:
        extra += f'<details class="note"><summary>Notes</summary><p>{h(rule.notes)}</p></details>'
    for d in rule.disagreements:
        follow = f"We follow source {_sources_list(j, (d.followed,))}: {h(d.reason)}"
        extra += f'<details class="info"><summary>Sources disagree</summary><p>{h(d.text)} {follow}</p></details>'
    heading = f"### {md.text(TOPIC_LABELS[rule.topic])}: {md.text(REGIME_LABELS[rule.regime])} {{#{rule_anchor(rule)}}}"
    body = f'<div class="lr-rule"><p>{h(rule.summary)}</p><ul>{"".join(facts)}</ul>{extra}</div>'
    return f"{heading}\n\n{body}\n\n"


def _code(text: str) -> str:
    """A verbatim code block (which gets the copy button), its fence longer than any backtick run in ``text``."""
    fence = "`" * max(3, max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    return f"{fence}text\n{text}\n{fence}\n\n"


CITATION_LABELS = {
    CitationStyle.OSCOLA: "OSCOLA",
    CitationStyle.BLUEBOOK: "Bluebook",
    CitationStyle.LOCAL: "As cited in the jurisdiction",
}
"""The headings of the copyable citations on a provision's Citation tab."""


def _provision_block(j: Jurisdiction, instrument: Instrument, provision: Provision) -> str:
    heading = f" — {md.lang(provision.heading, instrument.title_lang)}" if provision.heading else ""
    out = f"#### {md.text(provision.locator)}{heading} {{#{provision_anchor(provision)}}}\n\n"
    if provision.heading_en:
        out += f"*{md.text(provision.heading_en)}*\n\n"
    # A code block renders verbatim and gets Material's copy button: the one-click citation.
    out += _code(cite(provision))
    summary = ""
    for version in reversed(provision.versions):
        amended = f" Amended by {version.amended_by}." if version.amended_by else ""
        link = f" {md.link('Text of this version', version.url)}" if version.url else ""
        summary += f"**{md.text(_interval(version.valid))}.** {md.text(version.summary + amended)}{link}\n\n"
    # Each style in its own code block, each with its copy button; the same formatters as lib.cite and the CLI.
    citation = "".join(f"{CITATION_LABELS[style]}\n\n{_code(text)}" for style, text in cite_all(provision).items())
    citation += f"- Stable id: `{provision.uid}`\n"
    if provision.url:
        citation += f"- {md.link('Official text of the provision', provision.url)}\n"
    sources = "".join(f"- {_sources_list(j, v.sources)}\n" for v in provision.versions)
    out += '=== "Summary"\n\n' + md.indent(summary)
    out += '\n=== "Citation"\n\n' + md.indent(citation)
    out += '\n=== "Sources"\n\n' + md.indent(sources) + "\n"
    return out


def _instrument_block(j: Jurisdiction, instrument: Instrument) -> str:
    title_en = md.text(instrument.title_en) + ("" if instrument.title_en_official else " (unofficial translation)")
    out = f"### {md.text(instrument.title_en)} {{#{md.slug(instrument.uid)}}}\n\n"
    facts = [
        f"- **Official title:** {md.lang(instrument.title, instrument.title_lang)}",
        f"- **English title:** {title_en}",
        f"- **Citation:** {md.text(instrument.citation)}",
    ]
    if instrument.citation_local:
        local = md.lang(instrument.citation_local, instrument.title_lang)
        facts.append(f"- **Citation in the original language:** {local}")
    if instrument.adopted:
        facts.append(f"- **Adopted:** {instrument.adopted}")
    facts.append(f"- **Validity:** {md.text(_interval(instrument.valid))}")
    if instrument.identifiers.eli:
        facts.append(f"- **ELI:** {md.text(instrument.identifiers.eli)}")
    if instrument.identifiers.national:
        facts.append(f"- **Official identifier:** {md.text(instrument.identifiers.national)}")
    facts.append(f"- **Official text:** {md.link(instrument.url, instrument.url)}")
    facts.append(f"- **Sources:** {_sources_list(j, instrument.sources)}")
    out += "\n".join(facts) + "\n\n"
    for provision in instrument.provisions:
        out += _provision_block(j, instrument, provision)
    return out


def _html_table(header: list[str], rows: list[list[str]]) -> str:
    """An HTML table; cells must already be escaped."""
    head = "".join(f"<th>{md.html(c)}</th>" for c in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n"


def _events_block(j: Jurisdiction) -> str:
    rows = [
        [
            event.date.isoformat(),
            md.html(event.kind.value),
            f"<strong>{md.html(event.title)}</strong> {md.html(event.summary)}",
            _sources_list(j, event.sources),
        ]
        for event in sorted(j.events, key=lambda e: e.date)
    ]
    return _html_table(["Date", "Kind", "What happened", "Sources"], rows) if rows else "No events recorded.\n"


def _source_row(number: int, source: Source) -> list[str]:
    return [
        f'<span id="source-{md.slug(source.id)}"></span>{number}',
        f'<a href="{md.html(md.url(source.url))}" lang="{md.html(source.language)}">{md.html(source.title)}</a>',
        md.html(source.publisher),
        md.html(source.kind.value.replace("_", " ")),
        md.html(source.language),
        source.consulted_on.isoformat(),
        source.version_date.isoformat() if source.version_date else "",
    ]


def jurisdiction_page(lib: Library, j: Jurisdiction, today: date) -> str:
    """The page of one jurisdiction: the plain answer first, then rules, provisions, events and sources."""
    names = " · ".join(md.lang(n.text, n.lang) for n in j.names)
    out = _front(j.name, f"The law of {j.name} on serving in foreign armed forces, with citations and sources.")
    out += f"# {md.text(j.name)}\n\n<small>{md.text(j.code)} · {names}</small>\n\n"
    answer = lib.answer(j.code, Topic.FOREIGN_SERVICE, today)
    if not j.is_international:
        out += f'!!! question "Can a citizen of {md.text(j.name)} serve in a foreign army?"\n'
        out += f"    {plain_answer(lib, answer)}\n\n"
    out += _disclaimer()
    since = j.coverage.since.isoformat() if j.coverage.since else "the earliest recorded law"
    out += f"Researched from {since}; last verified on {j.coverage.last_verified}.\n\n"
    if j.memberships:
        members = "; ".join(
            f"{md.text(m.organisation)} ({md.text(_interval(m.valid).replace('in force ', ''))})" for m in j.memberships
        )
        out += f"Memberships: {members}.\n\n"
    if j.coverage.gaps:
        out += '??? info "Known gaps"\n' + "".join(f"    - {md.text(g)}\n" for g in j.coverage.gaps) + "\n"
    if j.coverage.searched:
        out += '??? info "Searched without result"\n' + "".join(f"    - {md.text(s)}\n" for s in j.coverage.searched)
        out += "\n"
    out += "## Rules\n\n"
    for topic in Topic:
        for rule in (r for r in j.rules if r.topic is topic):
            out += _rule_block(lib, j, rule)
    out += "## Instruments and provisions\n\n"
    for instrument in j.instruments:
        out += _instrument_block(j, instrument)
    out += "## Events\n\n" + _events_block(j) + "\n"
    out += "## Sources\n\n"
    out += _html_table(
        ["#", "Source", "Publisher", "Kind", "Language", "Consulted", "Version"],
        [_source_row(n, s) for n, s in enumerate(j.sources, start=1)],
    )
    return out


# ---------------------------------------------------------------------------
# Tables across jurisdictions
# ---------------------------------------------------------------------------


def _jurisdiction_link(code: str, name: str, from_dir: str = "") -> str:
    return f"[{md.text(name)}]({from_dir}{code.lower()}.md)"


def _filterable(table_id: str, content: str) -> str:
    return (
        f'<input class="lr-filter" data-filter-table="{table_id}" type="search" '
        f'placeholder="Filter rows" aria-label="Filter the table">\n\n'
        f'<div id="{table_id}" class="lr-table" markdown>\n\n{content}\n</div>\n'
    )


def _nationality_cell(lib: Library, code: str, day: date) -> str:
    rule = lib.answer(code, Topic.NATIONALITY_LOSS, day).primary
    if rule is None:
        return "not researched"
    if rule.nationality is None or rule.regime is Regime.NO_SPECIFIC_LAW:
        return md.text(REGIME_LABELS[rule.regime])
    return md.text(NATIONALITY_LABELS[rule.nationality.effect])


def _recruitment_cell(row: ComparisonRow) -> str:
    return {True: "yes", False: "no", None: "not researched"}[row.recruitment_ban]


def coverage_report(lib: Library) -> str:
    """The coverage counts and the oldest verifications, so that stale entries stand out."""
    rows = lib.coverage()
    counts = {status: sum(r.status is status for r in rows) for status in CoverageStatus}
    researched = [r for r in rows if r.rules]
    oldest = sorted(researched, key=lambda r: (str(r.oldest_verification), r.name))[:5]
    out = f"{len(rows)} states ({sum(r.un_member for r in rows)} UN members): "
    out += ", ".join(f"{count} {md.text(status.value.replace('_', ' '))}" for status, count in counts.items()) + ".\n\n"
    levels = {c: sum(dict(r.verification).get(c, 0) for r in researched) for c in Confidence}
    out += "Rules by verification level: " + ", ".join(
        f"{n} {md.text(CONFIDENCE_LABELS[c])}" for c, n in levels.items()
    )
    unconfirmed = sum(r.start_not_confirmed for r in researched)
    out += f"; {unconfirmed} rules have a start that is not confirmed.\n\n"
    members = [r for r in rows if r.un_member]
    answered = [sum(r.core_answered == n and bool(r.core) for r in members) for n in (2, 1, 0)]
    out += (
        f"The two core questions (may a citizen serve in a foreign state's forces; can it cost the nationality), "
        f"of {len(members)} UN members: {answered[0]} answer both, {answered[1]} one, {answered[2]} neither "
        f"(searched, the answer unclear), {sum(not r.core for r in members)} are not researched.\n\n"
    )
    out += (
        "Oldest verifications: "
        + ", ".join(f"{_jurisdiction_link(r.code, r.name)} ({r.oldest_verification})" for r in oldest)
        + ".\n"
    )
    return out


CONFIDENCE_LABELS = {
    Confidence.OFFICIAL_PUBLICATION: "on the official publication",
    Confidence.REPRODUCTION: "on a reproduction of the text",
    Confidence.SECONDARY: "on secondary sources only",
    Confidence.UNVERIFIED: "unverified",
}


def _verification_cell(state: CoverageRow) -> str:
    counts = dict(state.verification)
    short = {Confidence.OFFICIAL_PUBLICATION: "official", Confidence.REPRODUCTION: "reproduction",
             Confidence.SECONDARY: "secondary", Confidence.UNVERIFIED: "unverified"}  # fmt: skip
    return md.text(", ".join(f"{counts[c]} {short[c]}" for c in Confidence if counts.get(c)))


def jurisdictions_index(lib: Library, today: date) -> str:
    """Every UN member state and every researched jurisdiction, with its answer on foreign service."""
    out = _front(
        "Jurisdictions",
        "Every UN member state with its rule on foreign military service, or its coverage.",
        aggregate=True,
    )
    out += "# Jurisdictions\n\n"
    out += _disclaimer()
    out += "## Coverage\n\n" + coverage_report(lib) + "\n## All states\n\n"
    answers = {row.code: row for row in lib.compare(Topic.FOREIGN_SERVICE, as_of=today)}
    rows = []
    for state in lib.coverage():
        row = answers.get(state.code)
        if row is None:
            rows.append([md.text(state.name), md.text(state.code), "", "", "", "", "not researched", "", ""])
            continue
        rows.append(
            [
                _jurisdiction_link(row.code, row.name),
                md.text(row.code),
                _regime_cell(row.regime, row.status),
                md.text(row.authority or ""),
                md.text(row.max_imprisonment or ""),
                _nationality_cell(lib, row.code, today),
                md.text(state.status.value.replace("_", " ")),
                _verification_cell(state),
                md.text(str(state.oldest_verification or "")),
            ]
        )
    header = ["Jurisdiction", "Code", "Foreign service", "Authority", "Max. prison", "Nationality", "Coverage",
              "Rules by verification", "Oldest check"]  # fmt: skip
    out += _filterable("lr-jurisdictions", md.table(header, rows))
    international = [j for j in lib if j.is_international]
    if international:
        out += "\nInternational law: " + ", ".join(_jurisdiction_link(j.code, j.name) for j in international) + ".\n"
    return out


_LIFE_MONTHS = 100_000
"""The sort key of a life sentence: above any term in months."""


def _prison_sort_key(rule: Rule) -> int:
    """Months of the longest prison term, life above all, -1 where the rule sets none: a numeric sort key."""
    term = rule.max_imprisonment
    if term is None:
        return -1
    return _LIFE_MONTHS if term.months == float("inf") else round(term.months)


_STATUS_LABELS = {
    TimeStatus.NOT_RESEARCHED: "not researched",
    TimeStatus.UNKNOWN: "unknown for that date (start not confirmed)",
    TimeStatus.NOT_YET_IN_FORCE: "no rule yet in force",
    TimeStatus.ENDED: "no rule in force (ended)",
    TimeStatus.OUTSIDE_COVERAGE: "outside the researched period",
    TimeStatus.IN_FORCE: "in force",
}
"""How a row without a rule in force reads."""

_UNLIMITED = 10**15
"""The sort key of an unlimited fine: above any amount."""


def _fine_cell(rule: Rule) -> tuple[int, str]:
    """The largest fine a rule sets, as a numeric sort key (in its own currency) and escaped text."""
    best: tuple[int, str] = (-1, "")
    for penalty in rule.penalties:
        fine = penalty.fine
        if fine is None:
            continue
        if fine.kind is FineKind.UNLIMITED:
            candidate = (_UNLIMITED, "unlimited")
        elif fine.kind is FineKind.AMOUNT and fine.max is not None:
            candidate = (fine.max, f"{fine.max:,} {fine.currency}")
        elif fine.kind is FineKind.DAY_FINES and fine.max is not None:
            candidate = (0, f"{fine.max:,} day-fines")
        else:
            candidate = (0, "a fine")
        best = max(best, candidate)
    return best[0], md.html(best[1])


def _rules_table(lib: Library, entries: list[tuple[Jurisdiction, Rule]], table_id: str, root: str,
                 with_topic: bool, gaps: Sequence[TopicAnswer] = ()) -> str:  # fmt: skip
    """A scannable table of rules: one row each, numeric sort keys, facets, a row count and a CSV download.

    ``gaps`` are answers with no rule in force (not researched, unknown for the date, ended …): each gets a row
    saying so, so that no jurisdiction silently drops out. ``root`` leads from the page to the site root (``../``
    from ``compare/``); every cell is escaped.
    """
    header = ["Jurisdiction", *(["Topic"] if with_topic else []), "Regime", "Authority", "Max. prison",
              "Max. fine", "Nationality", "Verification", "Rests on"]  # fmt: skip
    number = ' data-sort-method="number"'
    head = "".join(
        f'<th scope="col"{number if c in ("Max. prison", "Max. fine") else ""}>{md.html(c)}</th>' for c in header
    )
    body: list[str] = []
    names: list[str] = []
    for j, rule in entries:
        href = f"{root}jurisdictions/{j.code.lower()}/#{rule_anchor(rule)}"
        nationality = NATIONALITY_LABELS[rule.nationality.effect] if rule.nationality else ""
        term = rule.max_imprisonment
        cells = [
            f'<th scope="row"><a href="{md.html(href)}">{md.html(j.name)}</a></th>',
            *([f"<td>{md.html(TOPIC_LABELS[rule.topic])}</td>"] if with_topic else []),
            f"<td>{md.html(REGIME_LABELS[rule.regime])}</td>",
            f"<td>{md.html(rule.authorization.office if rule.authorization else '')}</td>",
            f'<td data-sort="{_prison_sort_key(rule)}">{md.html(str(term) if term else "")}</td>',
            '<td data-sort="{}">{}</td>'.format(*_fine_cell(rule)),
            f"<td>{md.html(nationality)}</td>",
            f"<td>{md.html(CONFIDENCE_LABELS[rule.confidence])}</td>",
            f"<td>{md.html('; '.join(lib.citations_of(rule)))}</td>",
        ]
        body.append(f'<tr data-topic="{rule.topic.value}" data-regime="{rule.regime.value}">{"".join(cells)}</tr>')
        names.append(j.name)
    for answer in gaps:
        j = answer.jurisdiction
        cells = [
            f'<th scope="row"><a href="{root}jurisdictions/{j.code.lower()}/">{md.html(j.name)}</a></th>',
            *([f"<td>{md.html(TOPIC_LABELS[answer.topic])}</td>"] if with_topic else []),
            f"<td>{md.html(_STATUS_LABELS[answer.status])}</td>",
            "<td></td>",
            '<td data-sort="-1"></td>',
            '<td data-sort="-1"></td>',
            "<td></td><td></td><td></td>",
        ]
        body.append(f'<tr data-topic="{answer.topic.value}" data-regime="">{"".join(cells)}</tr>')
        names.append(j.name)
    if gaps:  # rows without a rule in force take their place in the order of names
        body = [row for _, row in sorted(zip(names, body, strict=True), key=lambda pair: pair[0])]
    topics = sorted({rule.topic for _, rule in entries} | {a.topic for a in gaps}, key=list(Topic).index)
    regimes = sorted({rule.regime for _, rule in entries}, key=list(Regime).index)

    def facet(name: str, label: str, options: list[tuple[str, str]], chosen: str = "") -> str:
        choices = "".join(
            f'<option value="{md.html(v)}"{" selected" if v == chosen else ""}>{md.html(t)}</option>'
            for v, t in options
        )
        return (
            f'<label class="lr-facet">{md.html(label)} <select data-facet-table="{table_id}" data-facet="{name}">'
            f'<option value="">all</option>{choices}</select></label>'
        )

    controls = [
        f'<input class="lr-filter" data-filter-table="{table_id}" type="search" placeholder="Filter rows" '
        'aria-label="Filter the table">'
    ]
    if with_topic:
        first = Topic.FOREIGN_SERVICE.value if Topic.FOREIGN_SERVICE in topics else ""
        controls.append(facet("topic", "Topic", [(t.value, TOPIC_LABELS[t]) for t in topics], first))
    controls.append(facet("regime", "Regime", [(r.value, REGIME_LABELS[r]) for r in regimes]))
    controls.append(f'<button type="button" class="md-button lr-csv" data-csv-table="{table_id}">Download CSV of '
                    "the rows shown</button>")  # fmt: skip
    return (
        f'<div class="lr-controls" markdown="0">{"".join(controls)}'
        f'<p class="lr-count" id="{table_id}-count" role="status" aria-live="polite">{len(entries)} rows</p>'
        f'<p class="lr-empty" id="{table_id}-empty" hidden>No rows match: clear the filter or choose "all".</p>'
        f'</div>\n<div id="{table_id}" class="lr-table lr-scroll" markdown="0">'
        f'<table class="lr-rules"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>\n'
    )


def compare_page(lib: Library, today: date) -> str:
    """Every rule in force, one row each, filterable by topic and regime, sortable, downloadable as CSV."""
    out = _front(
        "Compare",
        "Compare jurisdictions: regime, authority, penalty, nationality, by topic.",
        wide=True,
        aggregate=True,
    )
    out += (
        f"# Compare jurisdictions\n\nThe law in force on {today}: one row per rule, shown for one topic at a "
        "time (choose *all* to see every topic). Conditions, exemptions and the full penalty ranges are on each "
        "jurisdiction's page, one click away. Prison terms sort as numbers, life above all; fines sort by amount "
        "in their own currency (compare amounts only within one currency).\n\n"
    )
    out += _disclaimer()
    answers = [lib.answer(j.code, topic, today) for j in sorted(lib, key=lambda j: j.name) for topic in Topic]
    entries = [(a.jurisdiction, rule) for a in answers for rule in a.rules]
    gaps = [a for a in answers if not a.rules]
    out += _rules_table(lib, entries, "lr-compare", "../", with_topic=True, gaps=gaps)
    return out


def topic_page(lib: Library, topic: Topic, today: date) -> str:
    """One topic across jurisdictions as one table, with who is not yet researched."""
    _, title = TOPIC_PAGES[topic]
    out = _front(
        title, f"{TOPIC_LABELS[topic]}: a cross-jurisdiction view generated from legal_ref.", wide=True, aggregate=True
    )
    out += f"# {md.text(title)}\n\nThe law in force on {today}; each row links to the rule in full.\n\n"
    out += _disclaimer()
    entries, missing = [], []
    codes = [j.code for j in lib]
    if topic is Topic.INBOUND_SERVICE and "UA" in codes:
        codes.remove("UA")
        codes.insert(0, "UA")
    for code in codes:
        answer = lib.answer(code, topic, today)
        if not answer.rules:
            missing.append(_jurisdiction_link(code, answer.jurisdiction.name, "../jurisdictions/"))
        entries += [(answer.jurisdiction, rule) for rule in answer.rules]
    out += _rules_table(lib, entries, f"lr-topic-{TOPIC_PAGES[topic][0]}", "../../", with_topic=False)
    if missing:
        out += "\n## Not researched on this topic\n\n" + ", ".join(missing) + "\n"
    return out


def topics_index() -> str:
    """The list of topic pages."""
    out = _front("Topics", "Cross-jurisdiction views by topic.") + "# Topics\n\n"
    out += "".join(f"- [{md.text(title)}]({name}.md)\n" for name, title in TOPIC_PAGES.values())
    return out


# ---------------------------------------------------------------------------
# Home
# ---------------------------------------------------------------------------


def _regime_shade(regime: Regime | None, title: str, href: str | None = None) -> worldmap.Shade:
    return worldmap.Shade(REGIME_COLOURS[regime], title, href, REGIME_MARKS[regime])


def _map(lib: Library, today: date) -> str:
    shades: dict[str, worldmap.Shade] = {}
    for row in lib.compare(Topic.FOREIGN_SERVICE, as_of=today):
        if row.code == "INT":
            continue
        label = REGIME_LABELS[row.regime] if row.regime else row.status.value.replace("_", " ")
        shades[row.code] = _regime_shade(row.regime, f"{row.name}: {label}", f"jurisdictions/{row.code.lower()}/")

    def default(code: str) -> worldmap.Shade:
        return _regime_shade(None, f"{state_name(code)}: not yet researched")

    svg = worldmap.render(shades, default, "Map: may citizens serve in a foreign army, by regime")
    legend = "".join(
        f"<li>{worldmap.swatch(_regime_shade(regime, ''), regime.value if regime else 'none')}"
        f"{md.html(REGIME_LABELS[regime] if regime else 'not yet researched')}</li>"
        for regime in REGIME_COLOURS
    )
    # One raw-HTML block (it starts with a block element): Markdown must not read the data inside it.
    return (
        '<div class="lr-map-block" markdown="0"><a class="lr-skip" href="#after-map">Skip the map</a>'
        f'<figure class="lr-map-figure">{svg}<ul class="lr-legend">{legend}</ul></figure>'
        '<span id="after-map"></span></div>\n\n'
    )


def home_page(lib: Library, today: date) -> str:
    """The home page: what legal_ref covers, for whom, how current it is, and the world map."""
    researched = [j for j in lib if not j.is_international]
    verified = sorted(j.coverage.last_verified for j in lib)
    rules = sum(len(j.rules) for j in lib)
    out = _front("legal_ref", "The open, typed, sourced reference of the laws on serving in foreign armed forces.")
    out += "# The law on serving in a foreign state's armed forces\n\n"
    out += (
        "legal_ref answers, for each state, whether its citizens may serve in a foreign army, whose permission "
        "they need, the penalty without it, whether they can lose their nationality, and how foreigners may join "
        "its own forces: every answer with the provision it rests on, a link to the official text, and the "
        "sources that were read.\n\n"
    )
    out += _disclaimer()
    out += (
        f"**{len(researched)} states** and international law, **{rules} rules**; "
        f"last verified between {verified[0]} and {verified[-1]}. Generated on {today}.\n\n"
    )
    out += "## Can citizens serve in a foreign army?\n\n" + _map(lib, today)
    out += (
        "Each state links to its page; states too small for the map's shapes are drawn as dots. "
        "The same answers as a table: [the jurisdictions table](jurisdictions/index.md).\n\n"
    )
    out += (
        "## Start here\n\n"
        "- **Volunteers:** [check your situation](check.md), or find your state in "
        "[the jurisdictions table](jurisdictions/index.md).\n"
        "- **Lawyers:** every provision has a permanent anchor and a copyable citation; see "
        "[the topics](topics/index.md) and [the comparison](compare.md).\n"
        "- **Developers:** [install, the Python API and the data format](developers.md).\n"
    )
    return out


def pages(lib: Library, today: date) -> Iterator[tuple[str, str]]:
    """Every generated page as ``(path relative to docs/, Markdown)``."""
    yield "index.md", home_page(lib, today)
    yield "jurisdictions/index.md", jurisdictions_index(lib, today)
    for j in lib:
        yield jurisdiction_path(j.code), jurisdiction_page(lib, j, today)
    yield "compare.md", compare_page(lib, today)
    yield "topics/index.md", topics_index()
    for topic in Topic:
        yield f"topics/{TOPIC_PAGES[topic][0]}.md", topic_page(lib, topic, today)
    from legal_ref.site.reference import data_format_page

    yield "data-format.md", data_format_page()
