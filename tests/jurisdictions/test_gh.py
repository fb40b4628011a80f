"""Ghana: Foreign Enlistment Act, 1961 (Act 75) — the President's written permission; Citizenship Act, 2000."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, Person, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestGhana(JurisdictionCase):
    code = "GH"

    def test_foreign_enlistment_act(self) -> None:
        act = self.j.instrument("foreign-enlistment-act")
        assert act.citation == "Act 75"
        assert act.adopted == date(1961, 8, 17)
        # Commencement not confirmed: dated from the reproduction that shows it among current Acts.
        assert act.valid.start is None and act.valid.confirmed_from == date(2024, 9, 1)
        assert act.url_note
        assert self.provision("foreign-enlistment-act:s1").heading == "Illegal enlistment"
        assert self.provision("foreign-enlistment-act:s2").heading == "Leaving Ghana for enlistment"

    def test_no_official_portal_declared(self) -> None:
        assert self.j.portals == ()
        assert all(i.url_note for i in self.j.instruments)

    def test_service_needs_the_presidents_written_permission(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.binds == (Person.CITIZENS,)
        assert rule.authorization is not None
        assert rule.authorization.authority is AuthorityKind.HEAD_OF_STATE
        assert rule.authorization.office == "President of the Republic of Ghana"
        assert rule.exemptions == ()
        (penalty,) = rule.penalties
        # First degree felony; the range (Act 30, s. 296) was not read, so no prison term is recorded.
        assert penalty.imprisonment is None and "first degree felony" in penalty.other[0]
        assert rule.confidence is Confidence.REPRODUCTION
        assert set(rule.rests_on) == {"foreign-enlistment-act:s1", "foreign-enlistment-act:s2"}
        self.assert_in_force("foreign-service", date(2024, 9, 1))
        self.assert_not_in_force("foreign-service", date(2024, 8, 31))  # unknown before the confirmed date

    def test_inducing_enlistment_is_prohibited(self) -> None:
        rule = self.rule("recruitment")
        assert rule.regime is Regime.PROHIBITED
        assert "foreign-enlistment-act:s3" in rule.rests_on

    def test_nationality_loss_is_unclear(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert self.provision("citizenship-act:s18").heading == "Deprivation of citizenship"
        assert self.j.instrument("citizenship-act").citation == "Act 591"

    def test_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["deputy-minister-ukraine-2022"].date == date(2022, 3, 4)
