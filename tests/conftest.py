"""Shared fixtures: the shipped library, and a small synthetic data directory for error tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import legal_ref
from legal_ref.library import Library

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"

# A minimal valid jurisdiction file. The content is synthetic (test-only) and never shipped.
MINIMAL = textwrap.dedent(
    """\
    code: AD
    name: Andorra
    names:
      - {lang: ca, text: Principat d'Andorra}
    coverage:
      since: 2000-01-01
      last_verified: 2026-01-01
    memberships:
      - organisation: COE
        valid: {start: 1994-11-10}
        sources: [src-a]
    sources:
      - id: src-a
        url: https://example.org/official
        title: Test official text
        publisher: Test publisher
        kind: legislation
        official: true
        language: ca
        consulted_on: 2026-01-01
      - id: src-b
        url: https://example.org/news
        title: Test news
        publisher: Test newspaper
        kind: news
        language: en
        consulted_on: 2026-01-01
    instruments:
      - id: code-a
        kind: code
        title: Codi de prova
        title_lang: ca
        title_en: Test Code
        citation: Test Code 2000
        valid: {start: 2000-01-01}
        url: https://example.org/official
        sources: [src-a]
        provisions:
          - id: art1
            locator: "art. 1"
            versions:
              - valid: {start: 2000-01-01}
                summary: A synthetic provision.
                sources: [src-a]
    rules:
      - id: service
        topic: foreign_service
        binds: [citizens]
        regime: prohibited
        summary: A synthetic rule.
        penalties:
          - imprisonment: {min: 1 year, max: 5 years}
        valid: {start: 2000-01-01}
        rests_on: [code-a:art1]
        sources: [src-a]
        confidence: official_publication
        verified_on: 2026-01-01
    events:
      - id: ev
        date: 2020-01-01
        kind: statement
        title: A synthetic event
        summary: Nothing happened.
        rules: [service]
        sources: [src-b]
    """
)

ORGANISATIONS = textwrap.dedent(
    """\
    organisations:
      - id: COE
        name: Council of Europe
        kind: regional_organisation
        sources:
          - id: coe
            url: https://example.org/coe
            title: Test
            publisher: Test
            kind: reference
            language: en
            consulted_on: 2026-01-01
    """
)


UN_MEMBERS = textwrap.dedent(
    """\
    sources:
      - {id: un, url: https://example.org/un, title: Test, publisher: Test, kind: reference, language: en,
         consulted_on: 2026-01-01}
    members: [AD]
    """
)

CONFLICTS = "conflicts: []\n"


def make_data_dir(root: Path, files: dict[str, str]) -> Path:
    """Write a data directory with the test shared files and the given jurisdiction files."""
    data = root / "data"
    (data / "jurisdictions").mkdir(parents=True)
    (data / "organisations.yaml").write_text(ORGANISATIONS, encoding="utf-8")
    (data / "conflicts.yaml").write_text(CONFLICTS, encoding="utf-8")
    (data / "un-members.yaml").write_text(UN_MEMBERS, encoding="utf-8")
    for name, text in files.items():
        (data / "jurisdictions" / name).write_text(text, encoding="utf-8")
    return data


@pytest.fixture(scope="session")
def lib() -> Library:
    """The shipped library, as users load it."""
    return legal_ref.load()
