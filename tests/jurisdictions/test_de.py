"""Germany: StGB § 109h (recruiting), StAG § 28 (loss of nationality for dual nationals), the 2011 general consent."""

from datetime import date

from legal_ref.models import AuthorityKind, ClauseTest, Confidence, EventKind, NationalityEffectKind, Person, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestGermany(JurisdictionCase):
    code = "DE"

    def test_serving_is_not_an_offence(self) -> None:
        assert self.rule("foreign-service").regime is Regime.NO_SPECIFIC_LAW

    def test_recruiting_a_german_section_109h(self) -> None:
        rule = self.rule("recruitment")
        assert self.provision("stgb:s109h").locator == "§ 109h"
        penalty = rule.penalties[0].imprisonment
        assert penalty is not None and str(penalty.min) == "3 months" and str(penalty.max) == "5 years"

    def test_dual_nationals_lose_nationality_without_consent(self) -> None:
        rule = self.rule("nationality-loss-foreign-forces-2019")
        assert rule.binds == (Person.DUAL_NATIONALS,)
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None and rule.authorization.authority is AuthorityKind.MINISTRY
        assert "Federal Ministry of Defence" in rule.authorization.office
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS

    def test_2019_amendment_splits_the_rule(self) -> None:
        # The 2000 rule now ends on 6 July 2011 (general consent); its 2011 successor ends on 9 August 2019.
        assert self.rule("nationality-loss-foreign-forces-2011").valid.end == date(2019, 8, 9)
        assert self.rule("terrorist-combat-nationality-loss").valid.start == date(2019, 8, 9)
        self.assert_not_in_force("terrorist-combat-nationality-loss", date(2019, 8, 8))

    def test_general_consent_of_2011(self) -> None:
        event = next(e for e in self.j.events if e.id == "general-consent-2011")
        assert event.date == date(2011, 7, 6)
        assert event.kind is EventKind.WAIVER

    def test_nato_since_1955(self) -> None:
        assert self.j.member_of("NATO", date(1955, 5, 6))
        assert not self.j.member_of("NATO", date(1955, 5, 5))

    # --- Second research pass (2026-12-04) ---

    def test_general_consent_splits_the_pre_2019_rule(self) -> None:
        self.assert_in_force("nationality-loss-foreign-forces", date(2011, 7, 5))
        self.assert_not_in_force("nationality-loss-foreign-forces", date(2011, 7, 6))
        self.assert_in_force("nationality-loss-foreign-forces-2011", date(2011, 7, 6))
        before = [e.test for e in self.rule("nationality-loss-foreign-forces").exemptions]
        assert ClauseTest.GENERAL_CONSENT not in before

    def test_general_consent_is_a_clause_test(self) -> None:
        for rule_id in ("nationality-loss-foreign-forces-2011", "nationality-loss-foreign-forces-2019"):
            rule = self.rule(rule_id)
            consent = [e for e in rule.exemptions if e.test is ClauseTest.GENERAL_CONSENT]
            assert len(consent) == 1 and set(consent[0].organisations) == {"EU", "NATO"}
            assert {"US", "CH", "NO", "IL"} <= set(consent[0].states)
            assert [c.test for c in rule.condition.all_of] == [ClauseTest.ALSO_NATIONAL]  # type: ignore[union-attr]

    def test_dual_national_check(self) -> None:
        # DE-UA dual national joining Ukraine's forces: loss unless individual consent; DE-US joining the US: covered.
        # For DE-UA the answer depends only on whether the service is compulsory there (called up as a national).
        ua = self.lib.assess(["DE", "UA"], "UA", as_of=date(2024, 1, 1)).per_citizenship[0]
        assert ua.needs_authorization is not False
        us = self.lib.assess(["DE", "US"], "US", as_of=date(2015, 1, 1)).per_citizenship[0]
        assert not us.needs_authorization

    def test_stgb_dates_and_portal(self) -> None:
        assert [p.host for p in self.j.portals] == ["www.gesetze-im-internet.de"]
        assert self.provision("stgb:s109h").versions[0].valid.confirmed_from == date(2012, 8, 2)
        assert self.rule("recruitment").valid.confirmed_from == date(2012, 8, 2)
        assert self.provision("stgb:s5").heading == "Auslandstaten mit besonderem Inlandsbezug"
        assert self.provision("stgb:s109h").url == "https://www.gesetze-im-internet.de/stgb/__109h.html"

    def test_section_89a_read_in_a_copy(self) -> None:
        rule = self.rule("terrorism-travel")
        assert rule.confidence is Confidence.REPRODUCTION
        assert rule.valid.confirmed_from == date(2017, 4, 6)
        (penalty,) = self.provision("stgb:s89a").versions[0].penalties
        assert penalty.imprisonment is not None and str(penalty.imprisonment.max) == "10 years"
