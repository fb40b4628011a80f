"""Moldova: Criminal Code art. 141 (mercenary activity) and withdrawal of citizenship (Law No. 1024/2000, art. 23)."""

from datetime import date

from legal_ref.models import Confidence, EventKind, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestMoldova(JurisdictionCase):
    code = "MD"

    def test_criminal_code(self) -> None:
        code = self.j.instrument("criminal-code")
        assert code.adopted == date(2002, 4, 18)
        assert code.valid.start == date(2003, 6, 12)
        assert self.provision("criminal-code:art141").locator == "art. 141"
        assert self.provision("criminal-code:art130").locator == "art. 130"

    def test_mercenary_participation_five_to_ten_years(self) -> None:
        rule = self.rule("mercenary")
        assert rule.regime is Regime.PROHIBITED
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "5 years" and str(penalty.imprisonment.max) == "10 years"
        assert rule.confidence is Confidence.SECONDARY
        assert "criminal-code:art141" in rule.rests_on

    def test_older_penalty_ranges_are_recorded_as_a_disagreement(self) -> None:
        (disagreement,) = self.rule("mercenary").disagreements
        assert disagreement.followed == "bbabo-mfa-2022"
        assert {"icrc-md-rule108", "sis-md-korobok"} <= set(disagreement.sources)

    def test_recruiting_mercenaries_ten_to_fifteen_years(self) -> None:
        (penalty,) = self.rule("recruitment").penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "10 years" and str(penalty.imprisonment.max) == "15 years"

    def test_no_specific_offence_of_foreign_service(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED

    def test_voluntary_enlistment_lets_the_president_withdraw_citizenship(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.PROHIBITED
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.nationality.dual_nationals_only is True
        assert "President" in (rule.nationality.conditions or "")
        assert rule.rests_on == ("citizenship-law:art23",)
        assert rule.globalcit_mode == "L03"
        assert self.provision("citizenship-law:art23").locator == "art. 23"
        assert self.j.instrument("citizenship-law").adopted == date(2000, 6, 2)

    def test_practice(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["sis-statistics-2018"].date == date(2018, 7, 20)
        assert "56" in events["sis-statistics-2018"].summary and "15" in events["sis-statistics-2018"].summary
        assert events["convictions-2015-2017"].kind is EventKind.STATISTICS
        assert "13" in events["convictions-2015-2017"].summary
        assert events["security-council-2022"].date == date(2022, 9, 26)
        assert events["un-mercenaries-convention-2006"].date == date(2006, 2, 28)

    def test_placeholder_dates_replaced(self) -> None:
        # Corrected 2026-12-04: the placeholder (2026-11-26) is replaced by dates a source confirms.
        assert self.rule("mercenary").valid.confirmed_from == date(2022, 9, 28)
        assert self.rule("recruitment").valid.confirmed_from == date(2022, 9, 28)
        assert self.provision("criminal-code:art130").versions[0].valid.confirmed_from == date(2003, 6, 12)

    def test_citizenship_law_replaced_on_24_december_2025(self) -> None:
        # Law No. 1024/2000 was repealed by Law No. 253/2025; the enlistment ground is not confirmed after that.
        old, new = self.rule("nationality-loss"), self.rule("nationality-loss-2025")
        assert old.valid.confirmed_from == date(2021, 9, 3)
        assert old.valid.end == new.valid.start == date(2025, 12, 24)
        self.assert_in_force("nationality-loss", date(2025, 12, 23))
        self.assert_not_in_force("nationality-loss", date(2025, 12, 24))
        assert new.regime is Regime.UNCLEAR and new.confidence is Confidence.UNVERIFIED
        assert self.j.instrument("citizenship-law").valid.end == date(2025, 12, 24)
        events = {e.id: e for e in self.j.events}
        assert events["withdrawal-gotr-2025-11-27"].date == date(2025, 11, 27)

    def test_portal_and_mercenary_exemptions(self) -> None:
        assert [p.host for p in self.j.portals] == ["www.legis.md"]
        assert self.provision("citizenship-law:art23").url is None
        tests = {c.test.value for c in self.rule("mercenary").exemptions}
        assert tests == {"regular_forces", "also_national"}
