"""Kazakhstan: Criminal Code arts. 170 and 172, and loss of citizenship for foreign military service (art. 21)."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Person, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestKazakhstan(JurisdictionCase):
    code = "KZ"

    def test_criminal_code_citation(self) -> None:
        code = self.j.instrument("criminal-code")
        assert code.citation == "Code of the Republic of Kazakhstan of 3 July 2014 No. 226-V"
        assert code.adopted == date(2014, 7, 3)
        assert code.valid.start is None  # entry into force (art. 467) not confirmed
        assert self.provision("criminal-code:art172").locator == "ст. 172"
        assert self.provision("criminal-code:art172").locator_en == "art. 172"
        assert self.provision("criminal-code:art170").heading == "Наемничество"

    def test_participation_in_foreign_conflict_is_five_to_nine_years(self) -> None:
        rule = self.rule("foreign-conflict")
        assert rule.topic is Topic.FOREIGN_CONFLICT
        assert rule.regime is Regime.PROHIBITED
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "5 years" and str(penalty.imprisonment.max) == "9 years"
        assert rule.rests_on == ("criminal-code:art172",)
        # Article 172 was not read in the official text.
        assert rule.confidence is Confidence.SECONDARY

    def test_foreign_service_is_criminal_only_with_armed_conflict(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ()
        assert rule.authorization is None
        assert {"criminal-code:art172", "citizenship-law:art21"} <= set(rule.rests_on)

    def test_mercenarism_reaches_life(self) -> None:
        rule = self.rule("mercenary")
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "7 years" and str(penalty.imprisonment.max) == "life"
        assert any("citizenship" in o for o in penalty.other)

    def test_recruitment_is_unverified(self) -> None:
        assert self.rule("recruitment").confidence is Confidence.UNVERIFIED

    def test_entering_foreign_military_service_loses_citizenship(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.PROHIBITED
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS
        assert rule.globalcit_mode == "L03"
        assert rule.rests_on == ("citizenship-law:art21",)
        assert self.provision("citizenship-law:art21").locator == "ст. 21"
        law = self.j.instrument("citizenship-law")
        assert law.valid.start == date(1992, 3, 1)
        assert law.citation == "Law of the Republic of Kazakhstan of 20 December 1991 No. 1017-XII"

    def test_deprivation_for_mercenarism_needs_a_court(self) -> None:
        rule = self.rule("nationality-deprivation-mercenary")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.binds == (Person.CITIZENS,)

    def test_csto_membership(self) -> None:
        assert self.j.member_of("CSTO", date(1994, 4, 20))
        assert not self.j.member_of("CSTO", date(1994, 4, 19))

    def test_prosecution_statistics(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["prosecutions-2025"].date == date(2025, 12, 25)
        assert "709" in events["prosecutions-2025"].summary
        assert events["knb-cases-2023"].date == date(2023, 4, 16)
        assert "10" in events["knb-cases-2023"].summary

    def test_placeholder_dates_replaced(self) -> None:
        # Corrected 2026-12-04: the placeholder (2026-11-26) on art. 172 is replaced by the earliest report read
        # (22 September 2022); art. 170 is confirmed from the Mediazona review (25 December 2025).
        assert self.rule("foreign-conflict").valid.confirmed_from == date(2022, 9, 22)
        assert self.rule("mercenary").valid.confirmed_from == date(2025, 12, 25)
        self.assert_in_force("foreign-conflict", date(2023, 6, 1))
        assert "baq-knb-2026-02-26" in self.rule("foreign-conflict").sources
        assert {p.host for p in self.j.portals} >= {"adilet.zan.kz"}
