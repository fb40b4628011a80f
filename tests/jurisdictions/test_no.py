"""Norway.

Serving a state is lawful; § 145 (fighting outside a state force), § 128 and § 146 (recruiting); no loss of citizenship.
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestNorway(JurisdictionCase):
    code = "NO"

    def test_penal_code(self) -> None:
        code = self.j.instrument("penal-code")
        assert code.citation == "LOV-2005-05-20-28"
        assert code.citation_local == "lov 20. mai 2005 nr. 28"
        assert code.valid.start == date(2015, 10, 1)
        assert {p.locator for p in code.provisions} == {"§ 128", "§ 145", "§ 146"}

    def test_serving_a_foreign_state_is_lawful(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.authorization is None and rule.penalties == ()

    def test_fighting_outside_a_state_force(self) -> None:
        rule = self.rule("foreign-conflict")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None
        assert condition_tests(rule) == ("not regular_forces",)
        assert rule.rests_on == ("penal-code:s145",)
        # The penalty was not found: none may be invented.
        assert rule.penalties == ()

    def test_recruitment_rules(self) -> None:
        domestic = self.rule("recruitment")
        assert domestic.regime is Regime.PROHIBITED
        assert domestic.rests_on == ("penal-code:s128",)
        assert [str(b) for b in domestic.binds] == ["anyone_on_territory"]
        conflict = self.rule("recruitment-armed-conflict")
        assert conflict.rests_on == ("penal-code:s146",)
        assert [str(b) for b in conflict.binds] == ["anyone"]
        assert domestic.confidence is Confidence.SECONDARY

    def test_no_loss_of_citizenship(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.rests_on == ("nationality-act:s26a",)
        assert self.j.instrument("nationality-act").citation == "LOV-2005-06-10-51"

    def test_nato_and_coverage(self) -> None:
        (membership,) = self.j.memberships
        assert membership.organisation == "NATO" and membership.valid.start == date(1949, 8, 24)
        assert self.j.coverage.since == date(2019, 1, 1)

    def test_placeholder_dates_replaced(self) -> None:
        # Second research pass: the migration's placeholder (2026-11-26) replaced by the earliest dated source.
        assert self.rule("foreign-conflict").valid.confirmed_from == date(2018, 4, 25)
        assert self.rule("recruitment-armed-conflict").valid.confirmed_from == date(2018, 4, 25)
        assert self.rule("foreign-service").valid.confirmed_from == date(2022, 2, 28)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2020, 9, 30)
        assert all(not r.valid.start_confirmed for r in self.j.rules)  # no 2016 entry-into-force date was found

    def test_lovdata_links(self) -> None:
        assert [p.host for p in self.j.portals] == ["lovdata.no"]
        assert self.j.instrument("nationality-act").url == "https://lovdata.no/dokument/NL/lov/2005-06-10-51"
        assert self.j.instrument("penal-code").url == "https://lovdata.no/dokument/NL/lov/2005-05-20-28"
