"""Belarus: mercenarism (art. 133) and participation in a foreign armed conflict (art. 361-3, from 2016)."""

from datetime import date

from legal_ref.models import Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestBelarus(JurisdictionCase):
    code = "BY"

    def test_mercenarism(self) -> None:
        rule = self.rule("mercenary")
        penalty = rule.penalties[0].imprisonment
        assert penalty is not None and str(penalty.min) == "3 years" and str(penalty.max) == "7 years"
        assert self.provision("criminal-code:art133").locator_en == "art. 133"

    def test_foreign_conflict_offence_from_2016(self) -> None:
        rule = self.rule("foreign-conflict-2016")
        assert rule.valid.start == date(2016, 5, 3)
        assert str(rule.max_imprisonment) == "5 years"
        self.assert_not_in_force("foreign-conflict-2016", date(2016, 5, 2))

    def test_nothing_confirmed_from_official_text(self) -> None:
        assert all(r.confidence not in TEXT_READ for r in self.j.rules)
        assert self.rule("foreign-service").regime is Regime.UNCLEAR

    def test_csto(self) -> None:
        assert self.j.member_of("CSTO", date(2024, 1, 1))

    def test_mercenarism_dated_by_wording(self) -> None:
        # Corrected 2026-12-04: the placeholder confirmed_from (2026-11-26) is replaced by the Code's entry into
        # force (1 January 2001); the original sanction ends with the April 2016 amendment, after which the
        # sanction is not confirmed (mercenary-2016, unverified, no penalties).
        old, new = self.rule("mercenary"), self.rule("mercenary-2016")
        assert old.valid.start == date(2001, 1, 1)
        assert old.valid.end == new.valid.start == date(2016, 5, 3)
        assert not new.penalties and new.max_imprisonment is None
        self.assert_in_force("mercenary", date(2010, 1, 1))
        self.assert_not_in_force("mercenary", date(2016, 5, 3))
        assert self.j.instrument("criminal-code").valid.start == date(2001, 1, 1)
        assert any(c.test.value == "regular_forces" for c in old.exemptions)
        # The amended definition was not read: its exclusion of regular forces is stated in words, not evaluated.
        assert all(c.test.value == "in_words" for c in new.exemptions)

    def test_portals(self) -> None:
        assert {p.host for p in self.j.portals} >= {"pravo.by"}
        assert self.j.instrument("criminal-code").url_note

    def test_extremism_loss_before_2023_confirmed_from_2021(self) -> None:
        version = self.provision("citizenship-law:loss-extremism").versions[0]
        assert version.valid.confirmed_from == date(2021, 8, 5)
