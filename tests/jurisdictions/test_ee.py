"""Estonia.

The 2022 offence of joining an aggressor's forces and the 2022 deprivation ground for naturalised citizens.
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestEstonia(JurisdictionCase):
    code = "EE"

    def test_penal_code(self) -> None:
        code = self.j.instrument("penal-code")
        assert code.title == "Karistusseadustik"
        assert code.citation == "RT I 2001, 61, 364"
        assert code.adopted == date(2001, 6, 6)
        assert code.valid.start == date(2002, 9, 1)
        # The section number of the 2022 offence was not confirmed, so the locator must say so.
        assert "not confirmed" in self.provision("penal-code:aggression-support").locator

    def test_joining_an_aggressors_forces_is_a_crime(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ()
        assert "aggression" in rule.condition.text
        assert rule.authorization is None
        penalties = {p.label: p for p in rule.penalties}
        basic = penalties["basic"].imprisonment
        assert basic is not None and basic.min is None and str(basic.max) == "5 years"
        assert rule.rests_on == ("penal-code:aggression-support",)
        assert rule.confidence is Confidence.SECONDARY

    def test_deprivation_only_for_naturalised_citizens(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert tuple(str(b) for b in rule.binds) == ("naturalised_citizens",)
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert "Government" in (rule.nationality.conditions or "")
        assert {"citizenship-act:deprivation", "constitution:s8"} <= set(rule.rests_on)
        assert rule.globalcit_mode == "L03"
        assert self.provision("constitution:s8").locator == "§ 8"

    def test_2022_amendment_dates(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["aggression-offence-2022"].date == date(2022, 4, 21)
        assert "69" in events["aggression-offence-2022"].summary
        assert events["citizenship-amendment-2022"].date == date(2022, 7, 19)
        assert "52" in events["citizenship-amendment-2022"].summary
        assert events["vladimir-extradition-2015"].date == date(2015, 8, 10)

    def test_memberships_and_coverage(self) -> None:
        memberships = {m.organisation: m.valid.start for m in self.j.memberships}
        assert memberships["NATO"] == date(2004, 3, 29)
        assert memberships["EU"] == date(2004, 5, 1)
        assert self.j.coverage.since == date(2023, 1, 1)
        assert self.lib.rules(jurisdiction="EE", as_of=date(2022, 12, 31)).outside_coverage == ("EE",)

    # --- Second research pass (2026-12-04) ---

    def test_aggression_offence_dated_from_coverage_start(self) -> None:
        # Was a placeholder confirmed_from 2026-11-26.
        assert self.rule("foreign-service").valid.confirmed_from == date(2023, 1, 1)
        assert self.provision("penal-code:aggression-support").versions[0].valid.confirmed_from == date(2023, 1, 1)

    def test_portal_and_unofficial_links_flagged(self) -> None:
        assert [p.host for p in self.j.portals] == ["www.riigiteataja.ee"]
        assert self.j.instrument("citizenship-act").url_note
        assert self.j.instrument("constitution").url_note
