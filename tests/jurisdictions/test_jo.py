"""Jordan: Nationality Law No. 6 of 1954 art. 18 — the Council of Ministers' licence; loss on refusing to leave."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, EventKind, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestJordan(JurisdictionCase):
    code = "JO"

    def test_nationality_law_art18(self) -> None:
        law = self.j.instrument("nationality-law")
        assert law.citation == "Jordanian Nationality Law No. 6 of 1954"
        assert law.url_note  # no official text reached
        provision = self.provision("nationality-law:art18")
        assert provision.locator == "المادة 18" and provision.locator_en == "art. 18"

    def test_foreign_service_needs_the_council_of_ministers_licence(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None
        assert rule.authorization.authority is AuthorityKind.GOVERNMENT
        assert rule.authorization.office.startswith("Council of Ministers")
        # The licence is needed whatever the Government later demands: no condition on the regime.
        assert rule.condition is None
        # The criminal offence the Foreign Ministry mentions was not identified: no penalty recorded.
        assert rule.penalties == ()
        assert rule.confidence is Confidence.SECONDARY

    def test_loss_only_after_refusing_the_governments_demand(self) -> None:
        rule = self.rule("nationality-loss")
        assert condition_tests(rule) == ("in_words",)
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.globalcit_mode == "L03"

    def test_enemy_state_service_ground(self) -> None:
        rule = self.rule("nationality-loss-enemy-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("at_war_with_home_state",)
        assert rule.authorization is None

    def test_dated_from_a_confirmed_date_only(self) -> None:
        self.assert_in_force("nationality-loss", date(2022, 4, 2))
        self.assert_not_in_force("nationality-loss", date(2022, 4, 1))

    def test_foreign_ministry_statement_2025(self) -> None:
        events = [e for e in self.j.events if e.id == "mfa-statement-2025-11-27"]
        assert len(events) == 1 and events[0].date == date(2025, 11, 27)
        assert events[0].kind is EventKind.STATEMENT

    def test_local_citation(self) -> None:
        assert (
            self.lib.cite("jo:nationality-law:art18", "local") == "المادة 18 من قانون الجنسية الأردنية رقم 6 لسنة 1954"
        )

    def test_penal_code_art118_acts_not_approved_by_the_government(self) -> None:
        rule = self.rule("foreign-service-hostile-acts")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("in_words",)
        assert rule.rests_on == ("penal-code:art118",)
        # At least five years' temporary detention; the upper limit was not read.
        assert len(rule.penalties) == 1
        imprisonment = rule.penalties[0].imprisonment
        assert imprisonment is not None and imprisonment.min is not None and imprisonment.max is None
        assert str(imprisonment.min) == "5 years"
        assert rule.confidence is Confidence.SECONDARY
