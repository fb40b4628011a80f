"""Canada: the Foreign Enlistment Act (R.S.C., 1985, c. F-28) and the repealed 2015 revocation ground."""

from datetime import date

from legal_ref.models import Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestCanada(JurisdictionCase):
    code = "CA"

    def test_foreign_enlistment_act(self) -> None:
        act = self.j.instrument("foreign-enlistment-act")
        assert act.citation == "R.S.C., 1985, c. F-28"
        # OSCOLA form for foreign legislation since the citation-guides change (commit 4a29a95); not a data change.
        assert self.lib.cite("ca:foreign-enlistment-act:s3") == "Foreign Enlistment Act, RSC 1985, c F-28, s 3"

    def test_enlisting_with_a_state_at_war_with_a_friendly_state(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ("at_war_with_friendly_state",)
        assert rule.confidence in TEXT_READ

    def test_penalties_section_14(self) -> None:
        penalties = {p.label: p for p in self.rule("recruitment").penalties}
        summary, indictment = penalties["summary"], penalties["indictment"]
        assert summary.fine is not None and summary.fine.max == 500 and summary.fine.currency == "CAD"
        assert indictment.fine is not None and indictment.fine.max == 2000
        assert str(indictment.imprisonment.max if indictment.imprisonment else None) == "2 years"

    def test_revocation_ground_existed_2015_to_2017(self) -> None:
        rule = self.rule("nationality-loss-2015")
        assert rule.valid.start == date(2015, 5, 28)
        assert rule.valid.end == date(2017, 6, 19)
        assert self.rule("nationality-loss").regime is Regime.NO_SPECIFIC_LAW

    # Second research pass (2026-12-04).

    def test_links_point_to_justice_laws(self) -> None:
        assert [p.host for p in self.j.portals] == ["laws-lois.justice.gc.ca"]
        s3 = self.provision("foreign-enlistment-act:s3")
        assert s3.url == "https://laws-lois.justice.gc.ca/eng/acts/F-28/section-3.html"
        v2017 = self.provision("citizenship-act:s10").version_on(date(2017, 6, 19))
        assert v2017 is not None and v2017.url is not None and v2017.url.endswith("section-10-20170619.html")

    def test_foreign_enlistment_act_confirmed_from_2002_not_from_the_verification_date(self) -> None:
        # The migration placeholder (2026-11-26) is replaced by the first point-in-time date of the consolidation.
        for rule_id in ("foreign-service", "recruitment"):
            rule = self.rule(rule_id)
            assert rule.valid.confirmed_from == date(2002, 12, 31)
            self.assert_in_force(rule_id, date(2010, 1, 1))

    def test_no_loss_rule_restored_to_19_june_2017(self) -> None:
        # Was weakened to confirmed_from 2018-01-24; the official point-in-time versions of ss. 10 and 10.1
        # from 2017-06-19 show the revocation grounds repealed from that day.
        rule = self.rule("nationality-loss")
        assert rule.valid.start == date(2017, 6, 19)
        assert rule.confidence.value == "official_publication"
        self.assert_in_force("nationality-loss", date(2017, 6, 19))
        self.assert_not_in_force("nationality-loss", date(2017, 6, 18))
        self.assert_in_force("nationality-loss-2015", date(2017, 6, 18))
        self.assert_not_in_force("nationality-loss-2015", date(2017, 6, 19))

    def test_travel_offence_split_at_2019(self) -> None:
        # Was weakened to confirmed_from 2019-09-19; the 2013-2019 period is now its own rule.
        early, current = self.rule("foreign-conflict-2013"), self.rule("foreign-conflict")
        assert early.valid.start == date(2013, 7, 15) and early.valid.end == date(2019, 9, 19)
        assert current.valid.start == date(2019, 9, 19)
        assert str(early.max_imprisonment) == str(current.max_imprisonment) == "10 years"
        self.assert_in_force("foreign-conflict-2013", date(2019, 9, 18))
        self.assert_not_in_force("foreign-conflict", date(2019, 9, 18))
        self.assert_not_in_force("foreign-conflict-2013", date(2013, 7, 14))

    def test_nationality_loss_researched_from_2015(self) -> None:
        from legal_ref.models import Topic

        assert self.j.researched_from(Topic.NATIONALITY_LOSS) == date(2015, 5, 28)

    def test_2017_abolition_recorded_as_a_remedy(self) -> None:
        events = {e.id: e for e in self.j.events}
        remedy = events["revocation-ground-repealed-2017"]
        assert remedy.kind.value == "remedy" and remedy.date == date(2017, 6, 19)
        assert "nationality-loss-2015" in remedy.rules
