"""United States: 18 U.S.C. §§ 958-960 and loss of nationality under 8 U.S.C. § 1481(a)(3)."""

from legal_ref.models import Confidence, NationalityEffectKind, Person, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase


class TestUnitedStates(JurisdictionCase):
    code = "US"

    def test_serving_abroad_is_not_an_offence(self) -> None:
        rule = self.rule("foreign-service-abroad")
        assert rule.regime is Regime.PERMITTED
        assert rule.binds == (Person.CITIZENS,)

    def test_enlisting_within_the_us(self) -> None:
        rule = self.rule("enlistment-in-us")
        assert rule.regime is Regime.PROHIBITED
        assert Person.ANYONE_ON_TERRITORY in rule.binds
        assert str(rule.max_imprisonment) == "3 years"
        assert self.provision("title-18-usc:s959").locator == "§ 959"
        # The current official text of § 959 was not read.
        assert rule.confidence is Confidence.SECONDARY

    def test_recruiting_and_expeditions(self) -> None:
        assert self.rule("recruitment-in-us").topic is Topic.RECRUITMENT
        assert str(self.rule("military-expedition").max_imprisonment) == "3 years"
        assert self.rule("foreign-commission").confidence is Confidence.UNVERIFIED

    def test_nationality_lost_only_with_intent(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS
        assert rule.condition is not None and "intention" in rule.condition.text
        assert "vance-v-terrazas:judgment" in rule.rests_on
        assert self.provision("title-8-usc:s1481-a-3").locator == "§ 1481(a)(3)"
