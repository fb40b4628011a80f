"""Sweden: unlawful recruitment (Brottsbalken 19 kap. 12 §) and no loss of citizenship for foreign service."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestSweden(JurisdictionCase):
    code = "SE"

    def test_serving_abroad_is_not_an_offence(self) -> None:
        assert self.rule("foreign-service").regime is Regime.NO_SPECIFIC_LAW

    def test_recruiting_needs_the_governments_permission(self) -> None:
        rule = self.rule("recruitment")
        assert rule.authorization is not None and rule.authorization.authority is AuthorityKind.GOVERNMENT
        assert self.provision("criminal-code:ch19-s12").locator == "19 kap. 12 §"
        assert str(rule.max_imprisonment) == "2 years"  # in wartime; 6 months otherwise
        assert rule.confidence is Confidence.SECONDARY

    def test_citizenship_act_has_no_military_ground(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.confidence in TEXT_READ

    def test_nato_from_7_march_2024(self) -> None:
        assert self.j.member_of("NATO", date(2024, 3, 7))
        assert not self.j.member_of("NATO", date(2024, 3, 6))

    def test_winter_war_volunteers(self) -> None:
        assert any(e.date.year in (1939, 1940) for e in self.j.events)

    def test_unlawful_recruitment_penalty_raised_on_1_march_2020(self) -> None:
        # Second research pass: the 1974 wording (up to 6 months in peacetime) ended on 1 March 2020
        # (Prop. 2019/20:36); since then up to 1 year, 2 years if Sweden was at war.
        old, new = self.rule("recruitment-1974"), self.rule("recruitment")
        assert old.valid.end == date(2020, 3, 1)
        assert new.valid.start == date(2020, 3, 1)
        self.assert_in_force("recruitment-1974", date(2020, 2, 29))
        self.assert_not_in_force("recruitment-1974", date(2020, 3, 1))
        self.assert_not_in_force("recruitment", date(2020, 2, 29))
        self.assert_in_force("recruitment", date(2020, 3, 1))
        basic = {p.label: p for p in new.penalties}["basic"]
        assert basic.imprisonment is not None and str(basic.imprisonment.max) == "1 year"
        basic_old = {p.label: p for p in old.penalties}["basic"]
        assert basic_old.imprisonment is not None and str(basic_old.imprisonment.max) == "6 months"
        assert len(self.provision("criminal-code:ch19-s12").versions) == 2

    def test_terrorist_travel_split_by_act(self) -> None:
        # The single rule confirmed only from 2023 is split into the 2016 act (Lag 2010:299, 5 b §),
        # the 2022 Terrorist Offences Act and the 2023 participation offence.
        t2016 = self.rule("terrorist-travel-2016")
        assert t2016.valid.start == date(2016, 4, 1) and t2016.valid.end == date(2022, 7, 1)
        assert t2016.rests_on == ("terrorism-recruitment-act-2010:s5b",)
        assert self.provision("terrorism-recruitment-act-2010:s5b").locator == "5 b §"
        assert str(t2016.max_imprisonment) == "2 years"
        assert t2016.confidence is Confidence.REPRODUCTION
        self.assert_not_in_force("terrorist-travel-2016", date(2016, 3, 31))
        self.assert_in_force("terrorist-travel-2022", date(2022, 7, 1))
        self.assert_not_in_force("terrorist-travel-2022", date(2023, 6, 1))
        t2023 = self.rule("terrorist-travel")
        assert t2023.valid.start == date(2023, 6, 1)
        assert t2023.rests_on == ("terrorist-offences-act:s4a",)
        assert str(t2023.max_imprisonment) == "life"

    def test_service_abroad_confirmed_from_sapo_statement(self) -> None:
        assert self.rule("foreign-service").valid.confirmed_from == date(2022, 3, 27)

    def test_portals_declared(self) -> None:
        hosts = {p.host for p in self.j.portals}
        assert "rkrattsbaser.gov.se" in hosts
        assert self.j.instrument("criminal-code").url.startswith("https://rkrattsbaser.gov.se/")
        assert self.j.instrument("terrorism-recruitment-act-2010").url_note

    def test_per_topic_coverage(self) -> None:
        from legal_ref.models import Topic

        assert self.j.researched_from(Topic.NATIONALITY_LOSS) == date(2001, 7, 1)
        assert self.j.researched_from(Topic.RECRUITMENT) == date(2015, 5, 22)
        assert self.j.researched_from(Topic.FOREIGN_SERVICE) == date(2016, 1, 1)
