"""Egypt: Nationality Law (Law No. 26 of 1975) art. 16(2) — the Minister of War's prior licence."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, EventKind, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestEgypt(JurisdictionCase):
    code = "EG"

    def test_nationality_law_art16(self) -> None:
        law = self.j.instrument("nationality-law")
        assert law.citation == "Law No. 26 of 1975 on Egyptian Nationality"
        assert law.url_note  # no official text reached
        provision = self.provision("nationality-law:art16")
        assert provision.locator == "المادة 16" and provision.locator_en == "art. 16"

    def test_foreign_service_needs_a_prior_licence(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None
        assert rule.authorization.authority is AuthorityKind.MINISTER
        assert rule.authorization.office.startswith("Minister of War")
        # No criminal penalty was found: the sanction is discretionary deprivation of nationality.
        assert rule.penalties == ()
        # Article 16 was read only as quoted by news sites.
        assert rule.confidence is Confidence.SECONDARY

    def test_deprivation_by_the_council_of_ministers_is_discretionary(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert "Council of Ministers" in rule.nationality.conditions
        assert rule.globalcit_mode == "L03"
        assert rule.rests_on == ("nationality-law:art16",)

    def test_dated_from_a_confirmed_date_only(self) -> None:
        assert self.rule("nationality-loss").valid.confirmed_from == date(2025, 3, 27)
        self.assert_in_force("nationality-loss", date(2025, 3, 27))
        self.assert_not_in_force("nationality-loss", date(2025, 3, 26))

    def test_decision_57_of_2025_dated_by_the_decision(self) -> None:
        events = [e for e in self.j.events if e.id == "deprivation-decision-57-2025"]
        assert len(events) == 1
        assert events[0].date == date(2025, 9, 4)  # issued 4 September, published 11 September 2025
        assert events[0].kind is EventKind.STATEMENT

    def test_local_citation(self) -> None:
        assert (
            self.lib.cite("eg:nationality-law:art16", "local")
            == "المادة 16 من القانون رقم 26 لسنة 1975 بشأن الجنسية المصرية"
        )
