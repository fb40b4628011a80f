"""The base every per-jurisdiction test class builds on: fixtures and assertions for pinning key facts."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

import pytest

import legal_ref
from legal_ref.library import Library
from legal_ref.models import Confidence, Jurisdiction, Provision, Rule
from legal_ref.periods import TimeStatus


class JurisdictionCase:
    """Subclass with ``code = "XX"``; gives ``self.lib``, ``self.j`` and helpers to pin facts."""

    code: ClassVar[str]
    lib: Library
    j: Jurisdiction

    @pytest.fixture(autouse=True)
    def _setup(self) -> None:
        self.lib = legal_ref.load()
        self.j = self.lib[self.code]

    def rule(self, rule_id: str) -> Rule:
        return self.j.rule(rule_id)

    def provision(self, key: str) -> Provision:
        return self.j.provision(key)

    def assert_in_force(self, rule_id: str, day: date) -> None:
        assert self.rule(rule_id).status_on(day) is TimeStatus.IN_FORCE

    def assert_not_in_force(self, rule_id: str, day: date) -> None:
        assert self.rule(rule_id).status_on(day) is not TimeStatus.IN_FORCE


TEXT_READ = (Confidence.OFFICIAL_PUBLICATION, Confidence.REPRODUCTION)
"""Confidence levels at which the text of the provisions was read (officially published or reproduced)."""


def condition_tests(rule: Rule) -> tuple[str, ...]:
    """The machine tests of a rule's condition, e.g. ``("at_war_with_home_state",)``; negated ones as ``"not …"``."""
    clauses = rule.condition.all_of if rule.condition else ()
    return tuple(("not " if c.negate else "") + c.test.value for c in clauses)
