"""Spain: recruiting for a foreign power (CP art. 595), neutrality (art. 591), nationality (Civil Code art. 25)."""

from datetime import date

from legal_ref.models import NationalityEffectKind, Person, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestSpain(JurisdictionCase):
    code = "ES"

    def test_recruiting_article_595(self) -> None:
        rule = self.rule("recruitment")
        assert rule.rests_on == ("codigo-penal:art595",)
        penalty = rule.penalties[0].imprisonment
        assert penalty is not None and str(penalty.min) == "4 years" and str(penalty.max) == "8 years"

    def test_volunteering_is_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.disagreements  # the government and commentators disagree

    def test_criminal_code_in_force_1996(self) -> None:
        assert self.j.instrument("codigo-penal").valid.start == date(1996, 5, 24)

    def test_only_non_origin_spaniards_lose_nationality(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.binds == (Person.NATURALISED_CITIZENS,)
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS
        assert self.provision("codigo-civil:art25").locator == "art. 25"
