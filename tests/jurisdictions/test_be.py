"""Belgium: the Law of 1 August 1979 on service in a foreign army, terrorist travel, nationality."""

from datetime import date

from legal_ref.models import Confidence, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestBelgium(JurisdictionCase):
    code = "BE"

    def test_service_abroad_banned_only_by_royal_decree(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.rests_on == ("law-1979:art2",)
        penalty = rule.penalties[0].imprisonment
        assert penalty is not None and str(penalty.min) == "3 months" and str(penalty.max) == "2 years"
        assert rule.confidence is Confidence.SECONDARY

    def test_recruitment_and_terrorist_travel(self) -> None:
        # Corrected 2026-12-04: the 2003 text of art. 1 (read on etaamb) punishes recruitment with 3 months to 2
        # years, limited (per the 2003 plenary report) to cases fixed by royal decree, so it is conditional.
        recruitment = self.rule("recruitment")
        assert recruitment.regime is Regime.CONDITIONALLY_PROHIBITED
        (penalty,) = recruitment.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "3 months" and str(penalty.imprisonment.max) == "2 years"
        assert recruitment.rests_on == ("law-1979:art1",)
        travel = self.rule("terrorist-travel")
        assert str(travel.max_imprisonment) == "10 years"
        assert self.provision("criminal-code:art140sexies").locator == "art. 140sexies"

    def test_no_nationality_loss_ground_for_foreign_service(self) -> None:
        assert self.rule("nationality-loss").regime is Regime.NO_SPECIFIC_LAW

    def test_vendome_statement(self) -> None:
        event = next(e for e in self.j.events if e.id == "vendome-statement-2022")
        assert event.date == date(2022, 3, 28)

    def test_links_point_to_ejustice_elis(self) -> None:
        # Corrected 2026-12-04: the Criminal Code linked to a Constitutional Court judgment on etaamb.
        assert [p.host for p in self.j.portals] == ["www.ejustice.just.fgov.be"]
        code = self.j.instrument("criminal-code")
        assert code.url == "https://www.ejustice.just.fgov.be/eli/loi/1867/06/08/1867060850/justel"
        assert self.j.instrument("law-1979").url.endswith("/eli/loi/1979/08/01/2013000493/moniteur")
        assert self.j.instrument("nationality-code").url.endswith("/1984900065/justel")

    def test_placeholder_dates_replaced(self) -> None:
        # Corrected 2026-12-04: confirmed_from was the verification day (2026-11-26).
        assert self.rule("foreign-service").valid.confirmed_from == date(2013, 8, 19)
        assert self.rule("terrorist-travel").valid.confirmed_from == date(2018, 1, 18)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2018, 2, 7)

    def test_new_criminal_code_recorded_but_not_applied(self) -> None:
        # The 2024 Code's entry into force (8 or 9 April 2026) is recorded as a disagreement, not applied.
        (disagreement,) = self.rule("terrorist-travel").disagreements
        assert disagreement.followed == "spf-justice-new-code"
        assert self.rule("terrorist-travel").valid.end is None
        assert self.j.instrument("criminal-code-2024-book2").adopted == date(2024, 2, 29)

    def test_2003_law_replaced_article_1(self) -> None:
        law = self.j.instrument("law-2003")
        assert law.url == "https://www.ejustice.just.fgov.be/eli/loi/2003/04/22/2003009462/moniteur"
        (version,) = self.provision("law-1979:art1").versions
        assert [str(p) for p in version.penalties] == ["imprisonment 3 months to 2 years"]
        assert self.rule("foreign-service").disagreements  # RTBF vs the 2003 text on what the penalty punishes
