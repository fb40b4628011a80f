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

    def test_travel_offence_only_from_1_july_2015(self) -> None:
        # Corrected 2026-12-04: art. 575(3) came with Organic Law 2/2015 (in force 1 July 2015); the rule had a
        # placeholder confirmed_from and nothing stopped it answering for 2005.
        rule = self.rule("terrorism-travel")
        assert rule.valid.start == date(2015, 7, 1)
        self.assert_not_in_force("terrorism-travel", date(2005, 1, 1))
        self.assert_not_in_force("terrorism-travel", date(2015, 6, 30))
        self.assert_in_force("terrorism-travel", date(2015, 7, 1))
        (version,) = self.provision("codigo-penal:art575").versions
        assert version.url is not None and "&p=20150331" in version.url

    def test_boe_links_with_article_anchors(self) -> None:
        assert [p.host for p in self.j.portals] == ["www.boe.es"]
        assert self.provision("codigo-penal:art595").url == "https://www.boe.es/buscar/act.php?id=BOE-A-1995-25444#a595"
        assert self.provision("codigo-civil:art25").url == "https://www.boe.es/buscar/act.php?id=BOE-A-1889-4763#a25"

    def test_recruitment_dated_from_the_1995_code(self) -> None:
        # Corrected 2026-12-04: placeholder confirmed_from (2026-11-26) replaced.
        assert self.rule("recruitment").valid.start == date(1996, 5, 24)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2000, 1, 1)
