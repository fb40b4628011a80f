"""Switzerland: art. 94 of the Military Criminal Code and the Federal Council's permission."""

from datetime import date

from legal_ref.models import AuthorityKind, FineKind, NationalityEffectKind, Person, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestSwitzerland(JurisdictionCase):
    code = "CH"

    def test_military_criminal_code(self) -> None:
        mstg = self.j.instrument("mstg")
        assert mstg.citation == "Military Criminal Code of 13 June 1927 (SR 321.0)"
        assert mstg.adopted == date(1927, 6, 13)
        assert mstg.valid.start == date(1928, 1, 1)
        art94 = self.provision("mstg:art94")
        assert art94.locator == "Art. 94" and art94.locator_en == "art. 94"
        assert art94.heading == "Fremder Militärdienst"

    def test_service_needs_the_federal_councils_permission(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None
        assert rule.authorization.authority is AuthorityKind.GOVERNMENT
        assert rule.authorization.office == "Federal Council"
        assert rule.condition is None  # no alliance exemption
        assert "mstg:art94" in rule.rests_on
        assert rule.confidence in TEXT_READ

    def test_penalty_up_to_three_years_or_day_fines(self) -> None:
        (penalty,) = self.rule("foreign-service").penalties
        assert penalty.imprisonment is not None
        assert penalty.imprisonment.min is None and str(penalty.imprisonment.max) == "3 years"
        assert penalty.fine is not None and penalty.fine.kind is FineKind.DAY_FINES

    def test_dual_nationals_settled_abroad_are_exempt(self) -> None:
        (exemption,) = self.rule("foreign-service").exemptions
        assert "settled" in (exemption.text or "")

    def test_recruiting_a_swiss_citizen(self) -> None:
        rule = self.rule("recruitment")
        assert rule.binds == (Person.ANYONE,)
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None and str(penalty.imprisonment.max) == "3 years"
        assert penalty.fine is not None and penalty.fine.kind is FineKind.DAY_FINES and penalty.fine.min == 30

    def test_no_loss_of_citizenship_for_foreign_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert set(rule.rests_on) == {"bueg:art42", "buev:art30"}

    def test_practice(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["legion-judgment-2021"].date == date(2021, 6, 18)
        assert "180" in events["legion-judgment-2021"].summary
        assert "Seven" in events["proceedings-2023"].title
        assert "18 months" in events["first-ukraine-conviction-2025"].summary

    def test_before_2007_is_outside_coverage(self) -> None:
        assert self.j.coverage.since == date(2007, 1, 1)
        assert self.lib.rules(jurisdiction="CH", as_of=date(2006, 12, 31)).outside_coverage == ("CH",)

    # --- Second research pass (2026-12-04) ---

    def test_nationality_rule_dated_from_2019(self) -> None:
        assert self.rule("nationality-loss").valid.confirmed_from == date(2019, 9, 19)
        assert self.provision("buev:art30").versions[0].valid.confirmed_from == date(2019, 7, 9)

    def test_fedlex_declared_and_reproductions_flagged(self) -> None:
        assert [p.host for p in self.j.portals] == ["www.fedlex.admin.ch"]
        for instrument in self.j.instruments:
            assert instrument.url_note, instrument.id

    def test_ukraine_service_needs_the_federal_councils_permission(self) -> None:
        assert self.lib.assess(["CH"], "UA", as_of=date(2024, 1, 1)).per_citizenship[0].needs_authorization is True
