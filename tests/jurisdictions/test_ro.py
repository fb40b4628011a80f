"""Romania: withdrawal of citizenship for enlisting abroad in hostile forces (Law No. 21/1991, art. 25)."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Person, Regime
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestRomania(JurisdictionCase):
    code = "RO"

    def test_citizenship_law(self) -> None:
        law = self.j.instrument("citizenship-law")
        assert law.adopted == date(1991, 3, 1)
        assert "576" in law.citation and "2010" in law.citation
        assert self.provision("citizenship-law:art25").locator == "art. 25"

    def test_withdrawal_only_for_hostile_forces_and_not_from_citizens_by_birth(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ()
        assert "broken off diplomatic relations" in rule.condition.text and "at war" in rule.condition.text
        assert rule.binds == (Person.NATURALISED_CITIZENS,)
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert "by birth" in (rule.nationality.conditions or "")
        assert rule.confidence is Confidence.SECONDARY
        assert rule.globalcit_mode == "L03"

    def test_foreign_service_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert "criminal-code:whole-code" in rule.rests_on

    def test_mercenary_bill_is_only_an_event(self) -> None:
        event = next(e for e in self.j.events if e.id == "mercenary-bill-2025")
        assert event.date == date(2025, 10, 15)
        assert "5 to 10 years" in event.summary
        assert all(r.topic.value != "mercenary" for r in self.j.rules)

    def test_memberships(self) -> None:
        assert self.j.member_of("NATO", date(2004, 3, 29))
        assert not self.j.member_of("NATO", date(2004, 3, 28))
        assert self.j.member_of("EU", date(2007, 1, 1))
        assert not self.j.member_of("EU", date(2006, 12, 31))

    def test_portals_and_criminal_code_link_flagged(self) -> None:
        # Second research pass: the Criminal Code link is the portal's home page, now said so (url_note).
        assert {p.host for p in self.j.portals} == {"legislatie.just.ro", "parlament.ro"}
        assert self.j.instrument("criminal-code").url_note
        assert self.j.instrument("citizenship-law").url.startswith("https://parlament.ro/")
        # The mercenary bill of 2025 is still only an event: no adoption was found.
        assert self.rule("foreign-service").regime is Regime.UNCLEAR
        assert self.rule("foreign-service").confidence is Confidence.UNVERIFIED
