"""Syria: Nationality Law (Legislative Decree No. 276 of 1969) art. 21(b) — the Minister of Defence's prior licence."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestSyria(JurisdictionCase):
    code = "SY"

    def test_nationality_law_art21(self) -> None:
        law = self.j.instrument("nationality-law")
        assert law.citation == "Legislative Decree No. 276 of 1969"
        assert law.url_note  # no official text reached
        provision = self.provision("nationality-law:art21")
        assert provision.locator == "المادة 21" and provision.locator_en == "art. 21"

    def test_foreign_service_needs_the_defence_ministers_licence(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None
        assert rule.authorization.authority is AuthorityKind.MINISTER
        assert rule.authorization.office == "Minister of Defence"
        # No criminal penalty was found: the sanction is discretionary withdrawal of nationality.
        assert rule.penalties == ()
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert [c.test.value for c in rule.exemptions] == ["compulsory_service"]
        # Article 21 was read only as quoted in news articles.
        assert rule.confidence is Confidence.SECONDARY

    def test_withdrawal_is_discretionary(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.globalcit_mode == "L03"
        assert rule.rests_on == ("nationality-law:art21",)

    def test_dated_from_a_confirmed_date_only(self) -> None:
        assert self.rule("foreign-service").valid.confirmed_from == date(2015, 9, 14)
        self.assert_in_force("foreign-service", date(2015, 9, 14))
        self.assert_not_in_force("foreign-service", date(2015, 9, 13))

    def test_local_citation(self) -> None:
        assert self.lib.cite("sy:nationality-law:art21", "local") == "المادة 21 من المرسوم التشريعي رقم 276 لعام 1969"
