"""Uzbekistan: mercenarism and recruitment (Criminal Code art. 154), loss of citizenship for foreign military
service.
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Person, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestUzbekistan(JurisdictionCase):
    code = "UZ"

    def test_participation_abroad_is_five_to_ten_years(self) -> None:
        rule = self.rule("foreign-conflict")
        assert rule.topic is Topic.FOREIGN_CONFLICT
        assert rule.regime is Regime.PROHIBITED
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "5 years" and str(penalty.imprisonment.max) == "10 years"
        assert rule.rests_on == ("criminal-code:art154",)
        assert self.provision("criminal-code:art154").heading == "Наемничество"
        # Art. 154's participation offence was not read: press only.
        assert rule.confidence is Confidence.SECONDARY
        assert rule.valid.confirmed_from == date(2022, 9, 21)  # Prosecutor General's warning

    def test_foreign_service_criminal_only_with_armed_conflict(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ()
        assert rule.authorization is None

    def test_recruitment_of_citizens_for_foreign_service(self) -> None:
        rule = self.rule("recruitment")
        assert Person.ANYONE_ON_TERRITORY in rule.binds
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "3 years" and str(penalty.imprisonment.max) == "5 years"
        assert rule.confidence is Confidence.REPRODUCTION
        assert rule.valid.confirmed_from == date(2025, 10, 23)
        assert rule.rests_on == ("criminal-code:art154-1",)
        assert self.provision("criminal-code:art154-1").locator == "статья 154¹"

    def test_loss_of_citizenship_both_laws(self) -> None:
        old = self.rule("nationality-loss-1992")
        assert old.rests_on == ("citizenship-law-1992:art21",)
        assert old.valid.end == date(2020, 9, 15)
        self.assert_in_force("nationality-loss-1992", date(2019, 1, 1))
        self.assert_not_in_force("nationality-loss-1992", date(2020, 9, 15))
        new = self.rule("nationality-loss")
        self.assert_in_force("nationality-loss", date(2020, 9, 15))
        assert new.nationality is not None
        assert new.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS
        assert new.globalcit_mode == "L03"
        (disagreement,) = new.disagreements
        assert disagreement.followed == "lexuz-citizenship-1992"
        law = self.j.instrument("citizenship-law-2020")
        assert law.citation == "Law of the Republic of Uzbekistan of 13 March 2020 No. ЗРУ-610"

    def test_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["andijan-sentence-2024"].date == date(2024, 12, 4)
        assert events["prosecutor-warning-2022-09"].date == date(2022, 9, 21)
        assert events["migration-agency-warning-2025-08"].date == date(2025, 8, 14)

    def test_portal(self) -> None:
        assert "lex.uz" in {p.host for p in self.j.portals}

    def test_sanction_disagreement_recorded(self) -> None:
        (disagreement,) = self.rule("foreign-conflict").disagreements
        assert disagreement.followed == "kun-gp-warning-2022-09-21"
        assert "icrc-uz-rule108" in disagreement.sources
