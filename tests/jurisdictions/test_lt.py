"""Lithuania: Government authorisation for foreign service, loss of citizenship under art. 24(4), 2024 revocations."""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestLithuania(JurisdictionCase):
    code = "LT"

    def test_law_on_citizenship(self) -> None:
        law = self.j.instrument("citizenship-law")
        assert law.citation == "Law No XI-1196 of 2 December 2010"
        assert law.adopted == date(2010, 12, 2)
        assert self.provision("citizenship-law:art24").locator == "24 straipsnis"
        assert self.provision("citizenship-law:art24").locator_en == "art. 24"

    def test_service_needs_the_governments_authorisation(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None
        assert rule.authorization.authority is AuthorityKind.GOVERNMENT
        assert rule.authorization.office == "Government of the Republic of Lithuania"
        assert "Ministry of the Interior" in (rule.authorization.procedure or "")
        assert rule.penalties == ()
        # Was SECONDARY: on 2026-12-04 art. 2(5) and art. 24(4) were read (a reproduction and official consulate pages).
        assert rule.confidence is Confidence.REPRODUCTION

    def test_unauthorised_service_costs_citizenship(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert "Minister of the Interior" in (rule.nationality.conditions or "")
        assert "citizenship-law:art24" in rule.rests_on
        assert rule.globalcit_mode == "L03"
        assert len(rule.disagreements) == 1 and rule.disagreements[0].followed == "delfi-2024-10-23"

    def test_criminal_side_is_unclear(self) -> None:
        rule = self.rule("foreign-conflict")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert self.provision("criminal-code:art118").locator == "118 straipsnis"

    def test_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["citizenship-revocations-2024"].date == date(2024, 10, 23)
        assert events["interior-ministry-procedure-2023"].date == date(2023, 2, 20)
        assert events["donbas-investigations-2017"].date == date(2017, 3, 23)

    def test_memberships(self) -> None:
        memberships = {m.organisation: m.valid.start for m in self.j.memberships}
        assert memberships == {"NATO": date(2004, 3, 29), "EU": date(2004, 5, 1)}

    # --- Second research pass (2026-12-04) ---

    def test_service_of_another_state_needs_citizenship_or_oath(self) -> None:
        # Art. 2(5): only posts requiring the other state's citizenship and/or an oath; stated in words.
        for rule_id in ("foreign-service", "nationality-loss"):
            rule = self.rule(rule_id)
            assert rule.condition is not None and "oath" in rule.condition.text
            assert rule.valid.confirmed_from == date(2014, 4, 22)
        assert self.lib.assess(["LT"], "UA", as_of=date(2024, 1, 1)).per_citizenship[0].needs_authorization is None

    def test_text_read_in_copies_and_official_consulate_pages(self) -> None:
        assert self.rule("nationality-loss").confidence in TEXT_READ
        assert self.j.source("mfa-valencia-loss-2014").official
        assert not self.j.source("nedelia-xi-1196").official

    def test_portal_and_unofficial_criminal_code_link_flagged(self) -> None:
        assert [p.host for p in self.j.portals] == ["e-seimas.lrs.lt"]
        assert self.j.instrument("criminal-code").url_note
        assert self.rule("foreign-conflict").valid.confirmed_from == date(2025, 12, 1)
