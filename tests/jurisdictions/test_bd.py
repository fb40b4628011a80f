"""Bangladesh: Foreign Recruiting Act 1874 (recruiting only), the 1966 Act on ex-government servants, Citizenship
Act 1951 ss. 14 and 16.
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Person, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestBangladesh(JurisdictionCase):
    code = "BD"

    def test_no_offence_of_enlisting_for_citizens_in_general(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.topic is Topic.FOREIGN_SERVICE
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.penalties == ()
        assert rule.confidence is Confidence.REPRODUCTION

    def test_ex_government_servants_need_written_permission(self) -> None:
        rule = self.rule("foreign-service-ex-government-servants")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None and rule.authorization.office == "Government of Bangladesh"
        assert condition_tests(rule) == ("in_words",)
        assert str(rule.max_imprisonment) == "1 year"
        fine = rule.penalties[0].fine
        assert fine is not None and fine.max == 5000 and fine.currency == "BDT"
        assert self.j.instrument("ex-govt-servants-act").citation == "Act No. XII of 1966"

    def test_recruiting_controlled_by_the_foreign_recruiting_act(self) -> None:
        rule = self.rule("recruitment")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert Person.ANYONE_ON_TERRITORY in rule.binds
        assert "foreign-recruiting-act:s6" in rule.rests_on
        assert str(rule.max_imprisonment) == "7 years"
        assert self.provision("foreign-recruiting-act:s6").locator == "s. 6"
        assert self.j.instrument("foreign-recruiting-act").citation == "Act No. IV of 1874"

    def test_no_loss_of_citizenship_for_foreign_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert set(rule.rests_on) == {"citizenship-act:s14", "citizenship-act:s16"}
        assert rule.confidence is Confidence.OFFICIAL_PUBLICATION

    def test_dual_citizenship_ends_bangladeshi_citizenship_from_21(self) -> None:
        rule = self.rule("nationality-loss-foreign-citizenship")
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS
        assert rule.rests_on == ("citizenship-act:s14",)
        assert any("twenty-one" in (e.text or "") for e in rule.exemptions)

    def test_dates_are_confirmed_from_the_texts_read(self) -> None:
        assert self.rule("recruitment").valid.confirmed_from == date(2025, 7, 19)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2026, 12, 4)
        assert self.j.instrument("citizenship-act").adopted == date(1951, 4, 13)
        self.assert_not_in_force("nationality-loss", date(2024, 1, 1))

    def test_events_and_portal(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["mofa-probe-2025-02"].date == date(2025, 2, 9)
        assert [p.host for p in self.j.portals] == ["bdlaws.minlaw.gov.bd"]
        assert self.j.instrument("foreign-recruiting-act").url_note
