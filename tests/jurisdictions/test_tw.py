"""Taiwan: no foreign-enlistment law found; mainland (PRC) posts under art. 33 of the cross-strait Act; nationality."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestTaiwan(JurisdictionCase):
    code = "TW"

    def test_name(self) -> None:
        assert self.j.name == "Taiwan"

    def test_foreign_service_unclear_and_unverified(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert self.j.coverage.searched

    def test_mainland_military_posts(self) -> None:
        rule = self.rule("mainland-military-service")
        assert rule.topic is Topic.FOREIGN_SERVICE
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.confidence in TEXT_READ
        penalties = {p.label: p for p in rule.penalties}
        officials = penalties["officials"]
        assert officials.imprisonment is not None and str(officials.imprisonment.max) == "3 years"
        assert officials.fine is not None and officials.fine.max == 500_000 and officials.fine.currency == "TWD"
        assert self.provision("cross-strait-act:art33").locator_en == "art. 33"
        assert self.j.instrument("cross-strait-act").valid.start == date(1992, 9, 18)

    def test_nationality_loss_only_with_permission(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert {"nationality-act:art11", "nationality-act:art12"} <= set(rule.rests_on)

    def test_volunteer_deaths(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["tseng-killed-2022"].date == date(2022, 11, 2)
        assert events["second-volunteer-killed-2024"].date == date(2024, 11, 3)

    # Second research pass (2026-12-04).

    def test_law_moj_portal_and_article_links(self) -> None:
        assert [p.host for p in self.j.portals] == ["law.moj.gov.tw"]
        url = self.provision("nationality-act:art12").url
        assert url is not None and "flno=12" in url

    def test_placeholder_dates_replaced(self) -> None:
        from datetime import date

        # All rules were dated from the verification date (2026-11-26) by the migration.
        assert self.rule("mainland-military-service").valid.confirmed_from == date(2022, 6, 8)
        assert self.rule("foreign-service").valid.confirmed_from == date(2022, 6, 8)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2016, 12, 21)
        self.assert_in_force("nationality-loss", date(2022, 3, 1))

    def test_mainland_rule_is_limited_to_prc_bodies(self) -> None:
        from tests.jurisdictions.base import condition_tests

        rule = self.rule("mainland-military-service")
        assert condition_tests(rule) == ("serving_state_in", "in_words")
        assert rule.condition is not None and rule.condition.all_of[0].states == ("CN",)
