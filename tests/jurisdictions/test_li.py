"""Liechtenstein: art. 15 of the 1949 State Protection Act (thinly sourced) and the Citizenship Act."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestLiechtenstein(JurisdictionCase):
    code = "LI"

    def test_state_protection_act(self) -> None:
        act = self.j.instrument("staatsschutzgesetz")
        assert act.adopted == date(1949, 3, 14)
        assert act.citation_local == "Staatsschutzgesetz vom 14. März 1949, LGBl. 1949 Nr. 8"
        assert self.provision("staatsschutzgesetz:art15").locator == "Art. 15"

    def test_foreign_war_service_needs_the_governments_permission(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None and rule.authorization.authority is AuthorityKind.GOVERNMENT
        # The statute text and its penalty were not read: no penalty may be recorded.
        assert rule.penalties == ()
        assert rule.confidence is Confidence.SECONDARY

    def test_no_loss_ground_for_foreign_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.rests_on == ("bueg:s17",)
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.confidence is Confidence.SECONDARY

    def test_no_memberships_recorded(self) -> None:
        assert self.j.memberships == ()

    # --- Second research pass (2026-12-04) ---

    def test_art_15_dated_and_portal(self) -> None:
        assert self.rule("foreign-service").valid.confirmed_from == date(2022, 5, 24)
        assert [p.host for p in self.j.portals] == ["gesetze.li"]
        assert self.j.instrument("staatsschutzgesetz").url == "https://gesetze.li/konso/html/1949008000"
