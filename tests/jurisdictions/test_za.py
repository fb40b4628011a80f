"""South Africa: Foreign Military Assistance Act 1998, the uncommenced 2006 Act, Citizenship Act s. 6."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, NationalityEffectKind, Person, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestSouthAfrica(JurisdictionCase):
    code = "ZA"

    def test_rfma(self) -> None:
        act = self.j.instrument("rfma")
        assert act.citation == "Act No. 15 of 1998"
        assert act.adopted == date(1998, 5, 20)
        assert act.valid.start == date(1998, 9, 18)
        assert act.valid.end is None
        assert self.provision("rfma:s2").heading == "Prohibition on mercenary activity"
        assert self.provision("rfma:s8").heading == "Offences and penalties"

    def test_foreign_service_needs_authorisation(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None
        assert rule.authorization.authority is AuthorityKind.MINISTER
        assert rule.authorization.office.startswith("Minister of Defence")
        assert "National Conventional Arms Control Committee" in rule.authorization.office
        assert {"rfma:s3", "rfma:s4"} <= set(rule.rests_on)
        assert set(rule.binds) == {Person.CITIZENS, Person.RESIDENTS}
        # Sections 3 and 4 were not read; penalties were not found.
        assert rule.confidence is Confidence.SECONDARY
        assert rule.penalties == ()
        self.assert_not_in_force("foreign-service", date(1998, 9, 17))
        self.assert_in_force("foreign-service", date(1998, 9, 18))

    def test_2006_act_not_in_force(self) -> None:
        act = self.j.instrument("mercenary-act-2006")
        assert act.citation == "Act No. 27 of 2006"
        assert act.adopted == date(2007, 11, 12)
        assert act.valid.start is None
        assert not any("mercenary-act-2006" in key for r in self.j.rules for key in r.rests_on)

    def test_dual_national_at_war_with_the_republic(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        # Corrected 2026-12-04: s. 6(1)(b) also requires holding the serving state's nationality.
        assert rule.condition is not None and condition_tests(rule) == ("also_national", "at_war_with_home_state")
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS
        assert rule.nationality.dual_nationals_only
        assert rule.valid.start == date(1995, 10, 6)
        assert self.provision("citizenship-act:s6-1-b").locator == "s. 6(1)(b)"

    def test_naturalised_citizens_in_unsupported_wars(self) -> None:
        rule = self.rule("nationality-loss-naturalised")
        assert rule.binds == (Person.NATURALISED_CITIZENS,)
        # Research 2026-12-04: Act 17 of 2010 commenced on 1 January 2013 (the start was unknown before).
        assert rule.valid.start is not None
        assert self.provision("citizenship-act:s6-3").locator == "s. 6(3)"

    def test_mercenary_and_recruitment(self) -> None:
        for rule_id in ("mercenary", "recruitment"):
            assert self.rule(rule_id).regime is Regime.PROHIBITED
            assert "rfma:s2" in self.rule(rule_id).rests_on

    def test_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["mercenary-act-assent-2007"].date == date(2007, 11, 12)
        assert events["dirco-idf-warning-2023"].date == date(2023, 12, 18)
        assert events["ncacc-reply-2024"].date == date(2024, 4, 30)
        assert events["russia-recruitment-charges-2025"].date == date(2025, 11, 27)

    # Second research pass (2026-12-04).

    def test_citizenship_act_no_longer_links_to_a_news_article(self) -> None:
        act = self.j.instrument("citizenship-act")
        assert "defenceweb" not in act.url and act.url.startswith("https://lawlibrary.org.za/akn/za/act/1995/88")
        assert act.url_note
        assert self.j.instrument("constitution").url.startswith("https://www.gov.za/")
        assert [p.host for p in self.j.portals] == ["www.gov.za"]

    def test_naturalised_citizen_ground_from_1_january_2013(self) -> None:
        from datetime import date

        rule = self.rule("nationality-loss-naturalised")
        assert rule.valid.start == date(2013, 1, 1)
        self.assert_in_force("nationality-loss-naturalised", date(2013, 1, 1))
        self.assert_not_in_force("nationality-loss-naturalised", date(2012, 12, 31))

    def test_application_goes_to_the_ncacc_secretariat(self) -> None:
        auth = self.rule("foreign-service").authorization
        assert auth is not None and auth.application is not None
        assert "Directorate Conventional Arms Control" in auth.application.office
