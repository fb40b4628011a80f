"""Germany: StGB § 109h (recruiting), StAG § 28 (loss of nationality for dual nationals), the 2011 general consent."""

from datetime import date

from legal_ref.models import AuthorityKind, EventKind, NationalityEffectKind, Person, Regime
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
        assert self.rule("nationality-loss-foreign-forces").valid.end == date(2019, 8, 9)
        assert self.rule("terrorist-combat-nationality-loss").valid.start == date(2019, 8, 9)
        self.assert_not_in_force("terrorist-combat-nationality-loss", date(2019, 8, 8))

    def test_general_consent_of_2011(self) -> None:
        event = next(e for e in self.j.events if e.id == "general-consent-2011")
        assert event.date == date(2011, 7, 6)
        assert event.kind is EventKind.WAIVER

    def test_nato_since_1955(self) -> None:
        assert self.j.member_of("NATO", date(1955, 5, 6))
        assert not self.j.member_of("NATO", date(1955, 5, 5))
