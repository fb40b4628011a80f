"""North Korea: no accessible official law; both core questions recorded as unclear, with what was searched."""

from datetime import date

from legal_ref.models import Confidence, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase


class TestNorthKorea(JurisdictionCase):
    code = "KP"

    def test_no_official_portal_and_links_explained(self) -> None:
        assert self.j.portals == ()
        assert all(i.url_note for i in self.j.instruments)
        assert not any(s.official for s in self.j.sources)

    def test_both_core_answers_unclear_and_searched(self) -> None:
        for rule_id in ("foreign-service", "nationality-loss"):
            rule = self.rule(rule_id)
            assert rule.regime is Regime.UNCLEAR
            assert rule.confidence is Confidence.UNVERIFIED
        assert len(self.j.coverage.searched) >= 3

    def test_dates(self) -> None:
        assert self.j.instrument("criminal-law").adopted == date(1990, 12, 15)
        assert self.j.instrument("nationality-law").adopted == date(1963, 10, 9)
        assert self.j.researched_from(Topic.NATIONALITY_LOSS) == date(1999, 2, 26)
        assert self.provision("criminal-law:art63").locator_en == "art. 63"

    def test_local_citation(self) -> None:
        assert self.lib.cite("kp:criminal-law:art63", "local") == "조선민주주의인민공화국 형법 제63조"
