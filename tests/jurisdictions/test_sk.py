"""Slovakia: § 392 of the Criminal Code, the President's permission, § 419a and the Citizenship Act."""

from datetime import date

from legal_ref.models import AuthorityKind, ClauseTest, Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestSlovakia(JurisdictionCase):
    code = "SK"

    def test_criminal_code(self) -> None:
        code = self.j.instrument("criminal-code")
        assert code.citation == "Act No. 300/2005 Coll."
        assert code.citation_local == "zákon č. 300/2005 Z. z."
        assert code.adopted == date(2005, 5, 20) and code.valid.start == date(2006, 1, 1)
        assert self.provision("criminal-code:s392").locator == "§ 392"
        assert self.provision("criminal-code:s419a").locator == "§ 419a"

    def test_service_needs_the_presidents_permission(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.AUTHORIZATION_REQUIRED
        assert rule.authorization is not None
        assert rule.authorization.authority is AuthorityKind.HEAD_OF_STATE
        assert rule.authorization.office == "President of the Slovak Republic"
        assert "district office" in (rule.authorization.procedure or "")
        assert {"criminal-code:s392", "conscription-act:whole-act"} <= set(rule.rests_on)

    def test_nato_exemption(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.condition is None
        alliance = [e for e in rule.exemptions if e.test is ClauseTest.SHARED_ALLIANCE]
        assert [e.organisations for e in alliance] == [("NATO",)]

    def test_penalties_only_from_secondary_sources(self) -> None:
        rule = self.rule("foreign-service")
        penalties = {p.label: p.imprisonment for p in rule.penalties}
        basic, wartime = penalties["basic"], penalties["wartime"]
        assert basic is not None and wartime is not None
        assert str(basic.min) == "2 years" and str(basic.max) == "8 years"
        assert str(wartime.min) == "5 years" and str(wartime.max) == "10 years"
        assert rule.confidence is Confidence.SECONDARY
        # A second disagreement (where the application is filed) was added on 2026-12-04.
        assert len(rule.disagreements) == 2
        assert "10 years" in rule.disagreements[0].text

    def test_armed_group_offence(self) -> None:
        rule = self.rule("armed-group-participation")
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "2 years" and str(penalty.imprisonment.max) == "8 years"
        assert rule.rests_on == ("criminal-code:s419a",)

    def test_no_loss_of_citizenship(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.valid.start == date(2010, 7, 17)
        assert rule.confidence in TEXT_READ
        assert self.provision("citizenship-act:s9").locator == "§ 9"

    def test_permission_statistics(self) -> None:
        events = {e.id: e for e in self.j.events}
        jan, aug = events["permissions-2023-01"], events["permissions-2023-08"]
        assert jan.date == date(2023, 1, 9) and "26" in jan.summary and "7" in jan.summary
        assert aug.date == date(2023, 8, 2) and "35" in aug.summary and "9 permitting" in aug.summary

    def test_memberships(self) -> None:
        starts = {m.organisation: m.valid.start for m in self.j.memberships}
        assert starts == {"NATO": date(2004, 3, 29), "EU": date(2004, 5, 1)}

    # --- Second research pass (2026-12-04) ---

    def test_dated_from_the_prosecutor_generals_statement(self) -> None:
        # Was a placeholder confirmed_from 2026-11-26.
        for rule_id in ("foreign-service", "armed-group-participation"):
            assert self.rule(rule_id).valid.confirmed_from == date(2022, 2, 28)
        assert self.provision("criminal-code:s392").versions[0].valid.confirmed_from == date(2022, 2, 28)

    def test_application_at_a_district_office(self) -> None:
        auth = self.rule("foreign-service").authorization
        assert auth is not None and auth.application is not None
        assert auth.application.office.startswith("District office")

    def test_slov_lex_links(self) -> None:
        assert [p.host for p in self.j.portals] == ["www.slov-lex.sk"]
        assert self.j.instrument("criminal-code").url == "https://www.slov-lex.sk/pravne-predpisy/SK/ZZ/2005/300/"

    def test_pellegrini_refusals_recorded(self) -> None:
        event = next(e for e in self.j.events if e.id == "permissions-2024-08")
        assert "four" in event.summary
