"""Israel: no identified ban on foreign service; enemy-related offences; revocation of citizenship (s. 11)."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestIsrael(JurisdictionCase):
    code = "IL"

    def test_foreign_service_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.rests_on == ("penal-law:whole-law",)
        assert rule.penalties == ()
        assert rule.disagreements[0].followed == "almarrakchia-2022"

    def test_assisting_the_enemy(self) -> None:
        rule = self.rule("enemy-assistance")
        assert rule.condition is not None and condition_tests(rule) == ("at_war_with_home_state",)
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None and str(penalty.imprisonment.max) == "life"
        assert self.provision("penal-law:s99").locator_en == "s. 99"

    def test_entering_an_enemy_state(self) -> None:
        rule = self.rule("enemy-state-entry")
        assert rule.condition is not None and condition_tests(rule) == ("designated_area",)
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None and str(penalty.imprisonment.max) == "4 years"
        assert self.provision("infiltration-law:s2a").locator_en == "s. 2A"

    def test_revocation_of_citizenship(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.valid.start == date(2011, 3, 28)
        law = self.j.instrument("citizenship-law")
        assert law.citation == "Citizenship Law, 5712-1952, SH 95 146"
        assert law.valid.start == date(1952, 7, 14)

    def test_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["nassralla-sentence-2015"].date == date(2015, 3, 23)
        assert "11 months" in events["nassralla-sentence-2015"].summary
        assert events["zayoud-judgment-2022"].date == date(2022, 7, 21)
        assert events["isis-revocations-2017"].date == date(2017, 8, 22)
        assert events["ukraine-embassy-call-2022"].date == date(2022, 2, 26)

    def test_no_alliance_memberships(self) -> None:
        assert self.j.memberships == ()

    def test_placeholder_dates_replaced(self) -> None:
        # Corrected 2026-12-04: placeholders (2026-11-26) replaced by the dates of the sources that apply the law.
        assert self.rule("enemy-assistance").valid.confirmed_from == date(2011, 11, 23)
        assert self.rule("enemy-state-entry").valid.confirmed_from == date(2015, 3, 23)
        self.assert_in_force("enemy-state-entry", date(2015, 3, 23))
        assert self.rule("foreign-service").valid.confirmed_from == date(2022, 2, 26)
        for instrument in self.j.instruments:
            assert instrument.url_note
