"""The coverage view: every UN member by name, with each researched jurisdiction's rules by verification level."""

from __future__ import annotations

import json
import subprocess
import sys

from legal_ref.library import CENTRAL_JURISDICTIONS, Library
from legal_ref.models import Confidence


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
