"""Algeria: Nationality Code art. 22 bis (Law No. 26-01 of 17 February 2026) — withdrawal after a government warning."""

from datetime import date

from legal_ref.models import Confidence, EventKind, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestAlgeria(JurisdictionCase):
    code = "DZ"

    def test_art22bis_added_in_2026(self) -> None:
        code = self.j.instrument("nationality-code")
        assert code.url_note  # the Journal officiel text was not reached
        provision = self.provision("nationality-code:art22bis")
        assert provision.locator == "Article 22 bis"
        assert provision.versions[0].amended_by == "Law No. 26-01 of 17 February 2026"

    def test_withdrawal_only_for_listed_acts_after_a_warning(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("in_words",)
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.confidence is Confidence.SECONDARY
        # The bill's foreign-forces ground is not in the reports of the enacted law: recorded, not encoded.
        assert len(rule.disagreements) == 1
        assert rule.disagreements[0].followed == "ennahar-2026-02-24"

    def test_foreign_service_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.penalties == () and rule.authorization is None

    def test_not_before_the_2026_law_was_reported_published(self) -> None:
        self.assert_in_force("nationality-loss", date(2026, 2, 24))
        self.assert_not_in_force("nationality-loss", date(2026, 2, 23))
        events = [e for e in self.j.events if e.id == "law-26-01"]
        assert len(events) == 1 and events[0].date == date(2026, 2, 17)
        assert events[0].kind is EventKind.AMENDMENT

    def test_local_citation(self) -> None:
        assert (
            self.lib.cite("dz:nationality-code:art22bis", "local") == "art. 22 bis du Code de la nationalité algérienne"
        )
