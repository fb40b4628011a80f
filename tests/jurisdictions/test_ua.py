"""Ukraine: how foreigners serve (contract service, the International Legion, officers since 2024), and art. 447."""

from datetime import date

from legal_ref.models import NationalityEffectKind, Person, Regime, Topic
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestUkraine(JurisdictionCase):
    code = "UA"

    def test_contract_service_opened_to_foreigners_in_2015(self) -> None:
        rule = self.rule("inbound-service-2015")
        assert rule.topic is Topic.INBOUND_SERVICE
        assert set(rule.binds) == {Person.FOREIGNERS, Person.STATELESS_PERSONS}
        assert rule.valid.start == date(2015, 11, 12)
        assert rule.regime is Regime.PERMITTED

    def test_officers_allowed_from_30_october_2024(self) -> None:
        old, new = self.rule("inbound-service-2015"), self.rule("inbound-service-2024")
        assert old.valid.end == new.valid.start == date(2024, 10, 30)
        self.assert_not_in_force("inbound-service-2024", date(2024, 10, 29))
        self.assert_in_force("inbound-service-2024", date(2024, 10, 30))

    def test_inbound_terms_are_recorded(self) -> None:
        labels = " ".join(t.label.lower() for t in self.rule("inbound-service-2024").terms)
        assert "contract" in labels
        assert "polygraph" in " ".join(t.text.lower() for t in self.rule("inbound-service-2024").terms)

    def test_legion_announced_27_february_2022(self) -> None:
        event = next(e for e in self.j.events if e.id == "international-legion-announced-2022")
        assert event.date == date(2022, 2, 27)

    def test_mercenarism_article_447(self) -> None:
        assert self.provision("criminal-code:art447").locator_en == "art. 447"
        rule = self.rule("mercenary-2015")
        assert str(rule.max_imprisonment) == "10 years"
        assert rule.valid.start == date(2015, 11, 12)

    def test_citizenship_after_service(self) -> None:
        # Corrected 2026-12-04: the placeholder (confirmed only from 15 January 2026) is replaced by the date of
        # Presidential Decree No. 120/2016 implementing Law No. 957-VIII (29 March 2016, read on president.gov.ua).
        rule = self.rule("inbound-citizenship-2016")
        assert rule.valid.start is None and rule.valid.confirmed_from == date(2016, 3, 29)
        assert rule.valid.end == date(2026, 1, 16)
        self.assert_in_force("inbound-citizenship-2016", date(2020, 1, 1))
        self.assert_not_in_force("inbound-citizenship-2016", date(2026, 1, 16))
        self.assert_not_in_force("inbound-citizenship-2026", date(2026, 1, 15))
        self.assert_in_force("inbound-citizenship-2026", date(2026, 1, 16))
        assert rule.confidence in TEXT_READ
        assert self.j.source("president-decree-120-2016").official
        assert self.provision("citizenship-act:art9").versions[0].valid.confirmed_from == date(2016, 3, 29)

    def test_official_portals_and_advice(self) -> None:
        assert {p.host for p in self.j.portals} >= {"zakon.rada.gov.ua"}
        for instrument in self.j.instruments:
            assert instrument.url.startswith("https://zakon.rada.gov.ua/")
        advised = {a.source for a in self.j.advice}
        assert "mod-foreigners-contract" in advised
        for a in self.j.advice:
            assert self.j.source(a.source).official

    def test_nationality_loss_spares_compulsory_service(self) -> None:
        rule = self.rule("nationality-loss-military-service")
        assert rule.condition is not None
        assert [(c.test.value, c.negate) for c in rule.condition.all_of] == [("compulsory_service", True)]
        assert any(c.test.value == "compulsory_service" for c in rule.exemptions)

    def test_loss_of_citizenship_for_voluntary_foreign_service(self) -> None:
        rule = self.rule("nationality-loss-military-service")
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.globalcit_mode == "L03"

    def test_decree_248_not_dated_before_it_was_signed(self) -> None:
        # Corrected 2026-12-04: the Regulation's first version carried the placeholder 12 November 2015, before the
        # decree existed; it is now confirmed from its signature reported on 10 June 2016.
        first = self.provision("decree-248-2016:regulation").versions[0]
        assert first.valid.confirmed_from == date(2016, 6, 10)
        assert "decree-248-2016:regulation" not in self.rule("inbound-service-2015").rests_on
