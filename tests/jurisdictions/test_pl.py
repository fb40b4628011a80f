"""Poland: Criminal Code art. 141-142 and the consent that moved to the Minister of National Defence in 2022."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestPoland(JurisdictionCase):
    code = "PL"

    def test_article_141_penalty(self) -> None:
        assert self.provision("criminal-code:art141").locator == "art. 141"
        (penalty,) = self.rule("foreign-service-2022").penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "3 months" and str(penalty.imprisonment.max) == "5 years"

    def test_consent_moved_to_the_defence_minister_on_23_april_2022(self) -> None:
        before, after = self.rule("foreign-service"), self.rule("foreign-service-2022")
        assert before.valid.end == after.valid.start == date(2022, 4, 23)
        assert after.authorization is not None and after.authorization.office == "Minister of National Defence"
        assert after.authorization.authority is AuthorityKind.MINISTER
        assert "homeland-defence-act:art665" in after.rests_on
        self.assert_in_force("foreign-service", date(2022, 4, 22))
        self.assert_not_in_force("foreign-service", date(2022, 4, 23))
        self.assert_in_force("foreign-service-2022", date(2022, 4, 23))

    def test_no_alliance_exemption(self) -> None:
        assert self.rule("foreign-service-2022").condition is None
        assert self.rule("foreign-service-2022").regime is Regime.AUTHORIZATION_REQUIRED

    def test_recruitment_is_unverified(self) -> None:
        rule = self.rule("recruitment")
        assert rule.confidence is Confidence.UNVERIFIED
        assert "criminal-code:art142" in rule.rests_on

    def test_nationality(self) -> None:
        assert self.rule("nationality-loss").regime is Regime.NO_SPECIFIC_LAW
        old = self.rule("nationality-loss-1920")
        assert old.valid.start == date(1920, 1, 31) and old.valid.end == date(1951, 1, 19)
        assert old.nationality is not None and old.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS

    def test_ukrainian_legion_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["ukrainian-legion-agreement-2024"].date == date(2024, 7, 8)
        assert events["ukrainian-legion-recruitment-2024"].date == date(2024, 10, 1)
