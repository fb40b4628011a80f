"""The citation commands: every style, the law on a date with its own link, ended rules dated by their end."""

from __future__ import annotations

from legal_ref.library import Library
from tests.test_cli import run


def test_cite_every_style(lib: Library) -> None:
    code, out, _ = run("cite", "ru:criminal-code:art359", "--style", "all", "--pinpoint", "ч. 3")
    assert code == 0
    assert "local: ч. 3 ст. 359 УК РФ" in out
    assert out.splitlines()[0].startswith("oscola: ") and "bluebook: " in out


def test_cite_on_a_date_shows_that_version_and_its_link(lib: Library) -> None:
    provision = lib.provision("ru:criminal-code:art359")
    first = provision.versions[0]
    assert first.valid.end is not None
    code, out, _ = run("cite", provision.uid, "--date", "2020-01-01")
    assert code == 0 and f"On 2020-01-01: the version in force {first.valid}" in out
    assert first.summary[:40] in out
    assert f"Text: {first.url or provision.url or provision.instrument.url}" in out
    code, out, _ = run("cite", provision.uid, "--date", "1990-01-01")
    assert code == 0 and "not in force (not yet in force: in force from 1997-01-01)" in out


def test_cite_links_the_point_in_time_text(lib: Library) -> None:
    dated = [
        (p, v)
        for j in lib
        for i in j.instruments
        for p in i.provisions
        for v in p.versions
        if v.url and (v.valid.start or v.valid.confirmed_from)
    ]
    provision, version = dated[0]
    day = version.valid.start or version.valid.confirmed_from
    assert day is not None
    code, out, _ = run("cite", provision.uid, "--date", day.isoformat())
    assert code == 0 and f"Text: {version.url}" in out


def test_show_dates_an_ended_rule_by_its_end(lib: Library) -> None:
    ended = next(r for r in lib["RU"].rules if r.valid.end is not None)
    code, out, _ = run("show", "RU", "--date", "2026-12-04")
    assert code == 0
    assert f"(ended on {ended.valid.end}; read on 2026-12-04)" in out
    assert "ended on 2026-12-04" not in out


def test_every_provision_cites_in_every_style_on_the_command_line(lib: Library) -> None:
    from legal_ref.citations import cite_all

    for j in lib:
        for instrument in j.instruments:
            for provision in instrument.provisions:
                code, out, _ = run("cite", provision.uid, "--style", "all")
                expected = [f"{style.value}: {text}" for style, text in cite_all(provision).items()]
                assert code == 0 and out.splitlines() == expected, provision.uid
