"""Pakistan: no enlistment offence found; ex-government servants need permission (1966 Act); Citizenship Act ss. 14
and 16.
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestPakistan(JurisdictionCase):
    code = "PK"

    def test_foreign_service_is_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.topic is Topic.FOREIGN_SERVICE
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.penalties == ()

    def test_ex_government_servants_need_federal_permission(self) -> None:
        rule = self.rule("foreign-service-ex-government-servants")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None
        assert rule.authorization.office.startswith("Federal Government")
        assert condition_tests(rule) == ("in_words",)
        # The penalty section was not read: none may be recorded.
        assert rule.penalties == ()
        assert rule.confidence is Confidence.SECONDARY
        assert self.j.instrument("ex-govt-servants-act").citation == "Act No. XII of 1966"

    def test_no_loss_of_citizenship_for_foreign_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.rests_on == ("citizenship-act:s16",)
        assert rule.confidence is Confidence.SECONDARY

    def test_dual_citizenship_rule_with_s14_3_exemption(self) -> None:
        rule = self.rule("nationality-loss-foreign-citizenship")
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS
        assert rule.rests_on == ("citizenship-act:s14",)
        assert rule.valid.confirmed_from == date(2018, 12, 15)
        assert any("14(3)" in (e.text or "") for e in rule.exemptions)

    def test_dates(self) -> None:
        act = self.j.instrument("citizenship-act")
        assert act.valid.start == date(1951, 4, 13)
        assert act.citation == "Act No. II of 1951"
        self.assert_in_force("foreign-service-ex-government-servants", date(2022, 3, 1))
        self.assert_not_in_force("nationality-loss", date(2025, 1, 1))

    def test_events_dated_by_decision(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["sc-judgment-2018-12"].date == date(2018, 12, 15)
        assert events["fo-rejects-claims-2025-08"].date == date(2025, 8, 5)

    def test_portal_declared_links_explained(self) -> None:
        assert [p.host for p in self.j.portals] == ["pakistancode.gov.pk"]
        assert all(i.url_note for i in self.j.instruments)
