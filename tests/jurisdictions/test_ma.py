"""Morocco: Nationality Code (Dahir No. 1-58-250 of 1958) art. 19(5) — loss after a government injunction to resign."""

from datetime import date

from legal_ref.models import ClauseTest, Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestMorocco(JurisdictionCase):
    code = "MA"

    def test_code_on_the_official_portal(self) -> None:
        code = self.j.instrument("nationality-code")
        assert code.url == "https://adala.justice.gov.ma/reference/html/Fr/44717.htm"
        assert [p.host for p in self.j.portals] == ["adala.justice.gov.ma"]
        provision = self.provision("nationality-code:art19")
        assert provision.locator == "Article 19" and provision.locator_en == "art. 19"

    def test_no_licence_but_loss_after_an_injunction(self) -> None:
        for rule_id in ("foreign-service", "nationality-loss"):
            rule = self.rule(rule_id)
            assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
            assert rule.authorization is None
            assert rule.penalties == ()
            # The six-month injunction condition cannot be evaluated by the check: it is kept in words.
            assert condition_tests(rule) == ("in_words",)
            assert rule.condition is not None and "six months" in rule.condition.text
            assert rule.condition.all_of[0].test is ClauseTest.IN_WORDS
            assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
            # Article 19 was read in a reproduction only, not on the official portal.
            assert rule.confidence is Confidence.REPRODUCTION

    def test_disagreement_on_the_national_interest_condition(self) -> None:
        rule = self.rule("nationality-loss")
        assert len(rule.disagreements) == 1
        assert rule.disagreements[0].followed == "geotetouan-art19-ar"

    def test_dated_from_a_confirmed_date_only(self) -> None:
        self.assert_in_force("nationality-loss", date(2014, 1, 31))
        self.assert_not_in_force("nationality-loss", date(2014, 1, 30))

    def test_local_citation(self) -> None:
        assert self.lib.cite("ma:nationality-code:art19", "local") == "art. 19 du Code de la nationalité marocaine"
