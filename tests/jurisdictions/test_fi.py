"""Finland: no offence of serving abroad; treason for joining the enemy; deprivation of nationality after crimes."""

from datetime import date

from legal_ref.models import Confidence, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestFinland(JurisdictionCase):
    code = "FI"

    def test_serving_abroad_is_not_an_offence(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.confidence is Confidence.SECONDARY

    def test_joining_the_enemy_is_treason(self) -> None:
        rule = self.rule("enemy-forces")
        assert rule.condition is not None and condition_tests(rule) == ("at_war_with_home_state",)
        assert str(rule.max_imprisonment) == "life"

    def test_deprivation_threshold_changed_in_december_2025(self) -> None:
        assert self.rule("nationality-deprivation-crimes").valid.end == date(2025, 12, 17)
        assert self.rule("nationality-deprivation-crimes").confidence in TEXT_READ
        assert self.rule("nationality-deprivation-crimes-2025").confidence is Confidence.SECONDARY

    def test_nato_from_4_april_2023(self) -> None:
        assert not self.j.member_of("NATO", date(2023, 4, 3))
        assert self.j.member_of("NATO", date(2023, 4, 4))

    def test_deprivation_for_crimes_from_1_may_2019(self) -> None:
        # Second research pass: the 2019 rule starts on 1 May 2019 (Interior Ministry release 33/2019),
        # replacing a placeholder confirmed_from of 16 December 2025; § 33 a did not exist in 2003.
        rule = self.rule("nationality-deprivation-crimes")
        assert rule.valid.start == date(2019, 5, 1)
        self.assert_not_in_force("nationality-deprivation-crimes", date(2019, 4, 30))
        self.assert_in_force("nationality-deprivation-crimes", date(2019, 5, 1))
        self.assert_in_force("nationality-deprivation-crimes", date(2025, 12, 16))
        self.assert_not_in_force("nationality-deprivation-crimes", date(2025, 12, 17))
        self.assert_in_force("nationality-deprivation-crimes-2025", date(2025, 12, 17))
        self.assert_not_in_force("nationality-deprivation-crimes-2025", date(2025, 12, 16))
        s33a = self.provision("nationality-act:s33a")
        assert s33a.versions[0].valid.start == date(2019, 5, 1)
        assert s33a.version_on(date(2010, 1, 1)) is None
        assert "vn-press-33-2019" in rule.sources

    def test_no_loss_for_foreign_service_rests_on_the_act_in_force_since_2003(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.rests_on == ("nationality-act:s1",)
        assert rule.valid.start == date(2003, 6, 1)
        assert self.j.source("finlex-359-2003").official

    def test_minors_exempt_from_deprivation(self) -> None:
        texts = [c.text or "" for c in self.rule("nationality-deprivation-crimes").exemptions]
        assert any("18" in t for t in texts)

    def test_treason_confirmed_from_2019_not_placeholder(self) -> None:
        rule = self.rule("enemy-forces")
        assert rule.valid.confirmed_from == date(2019, 4, 25)
        assert rule.confidence is Confidence.SECONDARY  # chapter 12 read only in reproductions
        assert self.rule("foreign-service").valid.confirmed_from == date(2025, 2, 3)

    def test_finlex_portal_declared(self) -> None:
        assert [p.host for p in self.j.portals] == ["www.finlex.fi"]
        for instrument in self.j.instruments:
            assert instrument.url.startswith("https://www.finlex.fi/")
