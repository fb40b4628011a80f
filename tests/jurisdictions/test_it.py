"""Italy: unauthorised enlistment (c.p. art. 288), the mercenary offence (Law 210/1995), citizenship (Law 91/1992)."""

from datetime import date

from legal_ref.models import AuthorityKind, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestItaly(JurisdictionCase):
    code = "IT"

    def test_recruiting_without_government_approval(self) -> None:
        rule = self.rule("recruitment")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None and rule.authorization.authority is AuthorityKind.GOVERNMENT
        basic = next(p for p in rule.penalties if p.label == "basic").imprisonment
        assert basic is not None and str(basic.min) == "4 years" and str(basic.max) == "15 years"
        assert self.provision("codice-penale:art288").locator == "art. 288"

    def test_volunteering_is_unclear(self) -> None:
        assert self.rule("foreign-service").regime is Regime.UNCLEAR

    def test_mercenary_up_to_seven_years(self) -> None:
        assert str(self.rule("mercenary").max_imprisonment) == "7 years"

    def test_citizenship_lost_after_ignoring_an_injunction(self) -> None:
        rule = self.rule("nationality-loss-injunction")
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert "l91-1992:art12" in rule.rests_on

    def test_2015_terrorism_penalties_changed_on_conversion(self) -> None:
        assert self.rule("terrorism-enlistment-2015-decree").valid.end == date(2015, 4, 21)
        assert str(self.rule("terrorism-enlistment-2015").max_imprisonment) == "8 years"
