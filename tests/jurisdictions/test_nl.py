"""Netherlands: recruiting without the King's consent (Sr art. 205) and the 2017 change to nationality loss."""

from datetime import date

from legal_ref.models import AuthorityKind, NationalityEffectKind, Person, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestNetherlands(JurisdictionCase):
    code = "NL"

    def test_recruiting_needs_the_kings_consent(self) -> None:
        rule = self.rule("recruitment")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None and rule.authorization.office == "the King"
        assert rule.authorization.authority is AuthorityKind.MONARCH
        basic = next(p for p in rule.penalties if p.label == "basic").imprisonment
        assert basic is not None and str(basic.max) == "4 years"
        assert str(rule.max_imprisonment) == "64 months"  # raised by a third where terrorism is involved
        assert self.provision("criminal-code:art205").locator == "Artikel 205"

    def test_automatic_loss_replaced_by_withdrawal_on_1_march_2017(self) -> None:
        old, new = self.rule("nationality-loss-2003"), self.rule("nationality-loss")
        assert old.valid.start == date(2003, 4, 1)
        assert old.valid.end == new.valid.start == date(2017, 3, 1)
        assert old.nationality is not None and old.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS
        assert new.nationality is not None and new.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert old.binds == (Person.DUAL_NATIONALS,)

    def test_serving_an_enemy_only(self) -> None:
        assert self.rule("foreign-service").rests_on == ("criminal-code:art101",)

    def test_defence_minister_2022(self) -> None:
        assert any(e.id == "defence-minister-statement-2022" for e in self.j.events)

    def test_links_point_to_wetten_overheid(self) -> None:
        # Corrected 2026-12-04: the Criminal Code linked to explore.law and the Nationality Act to inview.nl.
        assert [p.host for p in self.j.portals] == ["wetten.overheid.nl"]
        assert (
            self.provision("criminal-code:art205").url == "https://wetten.overheid.nl/jci1.3:c:BWBR0001854&artikel=205"
        )
        assert self.j.instrument("nationality-act").url == "https://wetten.overheid.nl/BWBR0003738/"
        old = self.provision("nationality-act:art15-1-e").versions[0]
        assert old.url is not None and "&g=2016-01-01" in old.url  # point-in-time view before the 2017 change

    def test_recruitment_dated_and_version_penalties(self) -> None:
        # Corrected 2026-12-04: placeholder confirmed_from (2026-11-26) replaced by a 2014 source.
        assert self.rule("recruitment").valid.confirmed_from == date(2014, 9, 29)
        version = self.provision("criminal-code:art205").versions[0]
        assert {str(p.imprisonment.max) for p in version.penalties if p.imprisonment} == {"4 years", "64 months"}

    def test_withdrawal_ground_needs_hostilities_against_kingdom_or_ally(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.condition is not None and "16 or over" in rule.condition.text
        assert "rijksoverheid-intrekken" in rule.sources
        assert self.rule("foreign-service").valid.confirmed_from == date(2016, 3, 8)
