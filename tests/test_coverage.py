"""The coverage view: every UN member by name, with each researched jurisdiction's rules by verification level."""

from __future__ import annotations

import json
import subprocess
import sys

from legal_ref.library import CENTRAL_JURISDICTIONS, CORE_QUESTIONS, CoreAnswer, Library
from legal_ref.models import Confidence, Regime, Topic


def test_rows_are_ordered_by_name(lib: Library) -> None:
    names = [row.name for row in lib.coverage()]
    assert names == sorted(names)


def test_verification_counts_every_rule_once(lib: Library) -> None:
    for row in lib.coverage():
        if row.code not in lib:
            assert row.rules == 0 and row.oldest_verification is None
            continue
        j = lib[row.code]
        assert row.rules == len(j.rules)
        for level, count in row.verification:
            assert count == sum(r.confidence is level for r in j.rules)
        assert row.oldest_verification == min(r.verified_on for r in j.rules)
        assert row.start_not_confirmed == sum(r.valid.start is None for r in j.rules)


def test_share_of_a_level(lib: Library) -> None:
    row = next(r for r in lib.coverage() if r.code == "CZ")
    expected = sum(r.confidence is Confidence.SECONDARY for r in lib["CZ"].rules) / len(lib["CZ"].rules)
    assert row.share(Confidence.SECONDARY) == expected


def test_cli_reports_levels_and_the_central_share(lib: Library) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "legal_ref", "coverage", "--json"], capture_output=True, text=True, check=True
    ).stdout
    report = json.loads(out)
    central = [r for code in CENTRAL_JURISDICTIONS for r in lib[code].rules]  # international law included
    official = sum(r.confidence is Confidence.OFFICIAL_PUBLICATION for r in central)
    assert report["central_official_publication_share"] == round(official / len(central), 3)
    assert sum(report["rules_by_verification"].values()) == sum(len(j.rules) for j in lib)
    by_code = {row["code"]: row for row in report["jurisdictions"]}
    assert set(CENTRAL_JURISDICTIONS) - {"INT"} <= set(by_code)


def test_core_answers_read_the_rules_on_each_question(lib: Library) -> None:
    rows = {row.code: row for row in lib.coverage()}
    # Nepal: no statute on foreign enlistment found (unclear); the Citizenship Act read, no such ground (answered).
    nepal = {Topic.FOREIGN_SERVICE: CoreAnswer.UNCLEAR, Topic.NATIONALITY_LOSS: CoreAnswer.ANSWERED}
    assert dict(rows["NP"].core) == nepal
    assert rows["NP"].core_answered == 1
    assert dict(rows["CZ"].core) == dict.fromkeys(CORE_QUESTIONS, CoreAnswer.ANSWERED)
    for row in rows.values():
        if row.code not in lib:
            assert row.core == () and row.core_answered == 0
            continue
        for topic, answer in row.core:
            regimes = {r.regime for r in lib[row.code].rules if r.topic is topic}
            expected = CoreAnswer.UNCLEAR if regimes == {Regime.UNCLEAR} else CoreAnswer.ANSWERED
            assert answer is (expected if regimes else CoreAnswer.MISSING), (row.code, topic)


def test_cli_counts_the_core_answers_of_un_members(lib: Library) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "legal_ref", "coverage", "--json"], capture_output=True, text=True, check=True
    ).stdout
    report = json.loads(out)["core_questions"]
    members = [row for row in lib.coverage() if row.un_member]
    assert report["un_members_answering_both"] == sum(r.core_answered == 2 for r in members)
    assert report["un_members_answering_one"] == sum(r.core_answered == 1 for r in members)
    assert report["un_members_not_researched"] == sum(r.code not in lib for r in members)
    assert sum(report[k] for k in report if k.startswith("un_members")) == 193
    by_code = {row["code"]: row for row in json.loads(out)["jurisdictions"]}
    assert by_code["NP"]["core"] == {"foreign_service": "unclear", "nationality_loss": "answered"}
