"""Tunisia: Nationality Code art. 32 (as amended in 1984) — loss after a month's refusal to resign a foreign post."""

from datetime import date

from legal_ref.models import ClauseTest, Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestTunisia(JurisdictionCase):
    code = "TN"

    def test_code_art32(self) -> None:
        code = self.j.instrument("nationality-code")
        assert code.url_note  # no official text reached
        provision = self.provision("nationality-code:art32")
        assert provision.locator == "Article 32" and provision.locator_en == "art. 32"
        assert "84-81" in provision.versions[0].summary

    def test_loss_after_an_injunction_and_one_month(self) -> None:
        for rule_id in ("foreign-service", "nationality-loss"):
            rule = self.rule(rule_id)
            assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
            assert rule.authorization is None
            assert rule.penalties == ()
            assert condition_tests(rule) == ("in_words",)
            assert rule.condition is not None and "one month" in rule.condition.text
            # The impossibility-to-resign exemption has no machine test: kept in words.
            assert [c.test for c in rule.exemptions] == [ClauseTest.IN_WORDS]
            assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
            assert rule.confidence is Confidence.REPRODUCTION

    def test_dated_from_a_confirmed_date_only(self) -> None:
        self.assert_in_force("nationality-loss", date(2021, 12, 31))
        self.assert_not_in_force("nationality-loss", date(2021, 12, 30))

    def test_local_citation(self) -> None:
        assert self.lib.cite("tn:nationality-code:art32", "local") == "art. 32 du Code de la nationalité tunisienne"

    def test_constitutional_bar_recorded_as_a_disagreement(self) -> None:
        rule = self.rule("nationality-loss")
        assert len(rule.disagreements) == 1
        assert rule.disagreements[0].followed == "9anoun-art32"
        assert "tunisie-actu-2023-11" in rule.disagreements[0].sources
