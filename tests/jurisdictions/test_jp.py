"""Japan: Penal Code art. 93 (private war), the 2025 switch to 拘禁刑, Nationality Act art. 16, 2014-2022 practice."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase


class TestJapan(JurisdictionCase):
    code = "JP"

    def test_penal_code_article_93(self) -> None:
        code = self.j.instrument("penal-code")
        assert code.citation == "Act No. 45 of 1907"
        assert code.valid.start == date(1908, 10, 1)
        art93 = self.provision("penal-code:art93")
        assert art93.locator == "第九十三条" and art93.locator_en == "art. 93"
        assert art93.heading == "私戦予備及び陰謀"

    def test_kokinkei_from_1_june_2025(self) -> None:
        art93 = self.provision("penal-code:art93")
        assert len(art93.versions) == 2
        assert art93.versions[0].valid.end == art93.versions[1].valid.start == date(2025, 6, 1)
        assert "禁錮" in art93.versions[0].summary and "拘禁刑" in art93.versions[1].summary

    def test_foreign_service_is_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.SECONDARY
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "3 months" and str(penalty.imprisonment.max) == "5 years"
        assert rule.disagreements

    def test_private_war_preparation_prohibited(self) -> None:
        rule = self.rule("private-war-preparation")
        assert rule.topic is Topic.FOREIGN_CONFLICT and rule.regime is Regime.PROHIBITED

    def test_nationality_loss_by_ministers_declaration(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.nationality.dual_nationals_only
        assert rule.confidence is Confidence.UNVERIFIED
        assert self.provision("nationality-act:art16").locator_en == "art. 16"

    def test_practice(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["first-referral-2019"].date == date(2019, 7, 3)
        assert events["non-prosecution-2019"].date == date(2019, 7, 22)
        assert events["hayashi-statement-2022"].date == date(2022, 3, 1)
        assert "70" in events["ukraine-embassy-call-2022"].summary

    # Second research pass (2026-12-04).

    def test_placeholder_dates_replaced(self) -> None:
        # art. 93's 禁錮 version was dated from 2025-05-31 and the rules from 2026-11-26 by the migration.
        art93 = self.provision("penal-code:art93")
        assert art93.versions[0].valid.confirmed_from == date(2014, 10, 6)
        for rule_id in ("foreign-service", "private-war-preparation"):
            assert self.rule(rule_id).valid.confirmed_from == date(2014, 10, 6)
            self.assert_in_force(rule_id, date(2022, 3, 1))
        assert self.rule("nationality-loss").valid.confirmed_from == date(2024, 4, 1)

    def test_private_war_offence_depends_on_private_combat(self) -> None:
        rule = self.rule("private-war-preparation")
        assert rule.condition is not None and "privately" in rule.condition.text
        assert [p.host for p in self.j.portals] == ["elaws.e-gov.go.jp"]

    def test_nationality_loss_needs_the_other_nationality(self) -> None:
        from tests.jurisdictions.base import condition_tests

        assert condition_tests(self.rule("nationality-loss")) == ("also_national", "in_words")
