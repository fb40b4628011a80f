"""Iraq: Penal Code No. 111 of 1969 — joining another state's forces without the government's consent."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestIraq(JurisdictionCase):
    code = "IQ"

    def test_penal_code_on_the_official_database(self) -> None:
        assert [p.host for p in self.j.portals] == ["iraqld.e-sjc-services.iq"]
        code = self.j.instrument("penal-code")
        assert code.url.startswith("https://iraqld.e-sjc-services.iq/")
        assert code.adopted == date(1969, 12, 15)
        assert self.j.source("iraqld-penal-code-p2").official
        assert self.provision("penal-code:art165").locator_en == "art. 165"

    def test_joining_foreign_forces_needs_the_governments_consent(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None and rule.authorization.authority is AuthorityKind.GOVERNMENT
        # The war condition rests on commentary only: kept in words, not evaluated.
        assert rule.condition is not None and condition_tests(rule) == ()
        (penalty,) = rule.penalties
        assert penalty.imprisonment is None  # the range of art. 165 was not read
        assert rule.confidence is Confidence.SECONDARY
        assert len(rule.disagreements) == 1
        self.assert_in_force("foreign-service", date(2025, 12, 24))
        self.assert_not_in_force("foreign-service", date(2025, 12, 23))

    def test_nationality_loss_is_unclear(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED

    def test_events_dated_by_the_decision(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["sjc-statement-2025"].date == date(2025, 12, 24)
        assert events["mfa-russian-ambassador-2026"].date == date(2026, 1, 25)
        assert events["nsa-committee-decision-2026"].date == date(2026, 2, 18)

    def test_local_citation(self) -> None:
        assert self.lib.cite("iq:penal-code:art165", "local") == "المادة 165 من قانون العقوبات رقم 111 لسنة 1969"
