"""Austria: withdrawal of nationality for foreign military service (StbG §§ 32-33) and § 320 StGB."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestAustria(JurisdictionCase):
    code = "AT"

    def test_citizenship_act(self) -> None:
        stbg = self.j.instrument("stbg")
        assert stbg.title == "Staatsbürgerschaftsgesetz 1985"
        assert stbg.citation_local == "StbG, BGBl. Nr. 311/1985"
        assert self.provision("stbg:s32").locator == "§ 32"
        s33 = self.provision("stbg:s33")
        assert s33.locator == "§ 33" and s33.heading == "Entziehung"
        assert [v.valid.start for v in s33.versions] == [date(2015, 1, 1), date(2021, 7, 28)]
        assert s33.versions[0].valid.end == date(2021, 7, 28)

    def test_any_voluntary_foreign_service_means_withdrawal(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.PROHIBITED
        assert rule.globalcit_mode == "L03"
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.nationality.dual_nationals_only is False
        assert rule.rests_on == ("stbg:s32",)
        # § 32 was only read as quoted by a law firm and a news agency, not on the RIS.
        assert rule.confidence is Confidence.SECONDARY

    def test_foreign_service_has_no_permission_route_and_no_criminal_penalty(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.PROHIBITED
        assert rule.authorization is None
        assert rule.penalties == ()
        assert "stateless" in rule.summary

    def test_armed_group_withdrawal_only_for_dual_nationals(self) -> None:
        rule = self.rule("armed-group-nationality-loss")
        assert rule.topic is Topic.FOREIGN_CONFLICT
        assert rule.nationality is not None and rule.nationality.dual_nationals_only is True
        assert rule.confidence in TEXT_READ
        self.assert_not_in_force("armed-group-nationality-loss", date(2014, 12, 31))
        self.assert_in_force("armed-group-nationality-loss", date(2015, 1, 1))

    def test_recruitment_under_section_320(self) -> None:
        s320 = self.provision("stgb:s320")
        assert s320.locator == "§ 320"
        assert s320.heading == "Verbotene Unterstützung von Parteien bewaffneter Konflikte"
        assert [v.valid.start for v in s320.versions] == [date(1991, 1, 22), date(1998, 10, 1), date(2002, 10, 1)]
        rule = self.rule("recruitment")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "6 months" and str(penalty.imprisonment.max) == "5 years"
        # The current (post-2002) wording was not read: since 2026-12-04 the rule ends on 1 October 2002 (read on
        # RIS, hence official_publication) and recruitment-2002 (secondary, no penalty) covers the later period.
        assert self.rule("recruitment-2002").confidence is Confidence.SECONDARY

    def test_eu_membership(self) -> None:
        (membership,) = self.j.memberships
        assert membership.organisation == "EU" and membership.valid.start == date(1995, 1, 1)

    # --- Second research pass (2026-12-04) ---

    def test_recruitment_split_where_the_text_was_not_read(self) -> None:
        self.assert_in_force("recruitment", date(2002, 9, 30))
        self.assert_not_in_force("recruitment", date(2002, 10, 1))
        self.assert_in_force("recruitment-2002", date(2002, 10, 1))
        assert self.rule("recruitment-2002").penalties == ()
        assert self.rule("recruitment").confidence is Confidence.OFFICIAL_PUBLICATION

    def test_section_32_dated_and_compulsory_service_tested(self) -> None:
        from legal_ref.models import ClauseTest

        for rule_id in ("foreign-service", "nationality-loss"):
            rule = self.rule(rule_id)
            assert rule.valid.confirmed_from == date(2018, 12, 31)
            assert [e.test for e in rule.exemptions] == [ClauseTest.COMPULSORY_SERVICE]

    def test_ris_portal(self) -> None:
        assert [p.host for p in self.j.portals] == ["www.ris.bka.gv.at"]
        assert self.j.instrument("stgb").url.endswith("Gesetzesnummer=10002296")
