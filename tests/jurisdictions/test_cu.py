"""Cuba: mercenarism (Penal Code 2022 art. 135) and the 2024 Citizenship Law, not confirmed in force."""

from datetime import date

from legal_ref.models import Confidence, Regime, Topic
from legal_ref.periods import TimeStatus
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestCuba(JurisdictionCase):
    code = "CU"

    def test_mercenarism_article_and_penalty(self) -> None:
        assert self.provision("penal-code:art135").locator == "artículo 135"
        assert self.provision("penal-code:art135").heading == "Mercenarismo"
        rule = self.rule("mercenary")
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "10 years" and str(penalty.imprisonment.max) == "30 years"
        assert "death penalty" in penalty.other
        # Art. 135 was read only as quoted by the press.
        assert rule.confidence is Confidence.SECONDARY

    def test_foreign_service_is_prohibited_only_as_mercenarism(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.topic is Topic.FOREIGN_SERVICE
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("in_words",)
        assert rule.authorization is None
        (disagreement,) = rule.disagreements
        assert disagreement.followed == "cubacu-2023-09-08"

    def test_code_dates(self) -> None:
        # Published 1 Sept. 2022, in force 90 days later: 29 Nov. or 1 Dec. 2022 per the press; the later day is used.
        code = self.j.instrument("penal-code")
        assert code.valid.start is None and code.valid.confirmed_from == date(2022, 12, 1)
        assert code.adopted == date(2022, 5, 15)
        assert self.rule("foreign-service").status_on(date(2022, 6, 1)) is TimeStatus.UNKNOWN
        self.assert_in_force("foreign-service", date(2023, 9, 7))

    def test_citizenship_law_not_modelled_as_in_force(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        law = self.j.instrument("citizenship-law-2024")
        assert law.adopted == date(2024, 7, 19)
        assert law.valid.start is None
        assert rule.status_on(date(2025, 6, 1)) is TimeStatus.UNKNOWN

    def test_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["arrests-2023-09"].date == date(2023, 9, 7)
        assert "17" in events["arrests-2023-09"].summary
        assert events["presidency-statement-2023-09"].date == date(2023, 9, 5)

    def test_portal(self) -> None:
        assert {p.host for p in self.j.portals} == {"www.gacetaoficial.gob.cu"}
        assert all(i.url_note for i in self.j.instruments)

    def test_entry_into_force_disagreement(self) -> None:
        (disagreement,) = self.rule("mercenary").disagreements
        assert disagreement.followed == "cibercuba-2022-12-02"
        assert self.rule("mercenary").status_on(date(2022, 11, 30)) is TimeStatus.UNKNOWN
        self.assert_in_force("mercenary", date(2022, 12, 1))
