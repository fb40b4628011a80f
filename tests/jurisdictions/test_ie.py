"""Ireland: enlisting abroad is an individual choice; s. 19 of the 1956 Act has no foreign-service ground."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestIreland(JurisdictionCase):
    code = "IE"

    def test_no_ban_and_the_1870_act_disagreement(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.confidence is Confidence.SECONDARY
        (disagreement,) = rule.disagreements
        assert disagreement.followed == "irishtimes-2023-01-09"
        assert "bailii-fea1870-ni" in disagreement.sources
        act = self.j.instrument("foreign-enlistment-act-1870")
        assert act.citation == "33 & 34 Vict. c. 90"
        assert act.adopted == date(1870, 8, 9)
        assert self.provision("foreign-enlistment-act-1870:s4").locator == "s. 4"

    def test_no_loss_of_citizenship(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.rests_on == ("nationality-act-1956:s19",)
        act = self.j.instrument("nationality-act-1956")
        assert act.citation == "No. 26 of 1956"
        assert self.provision("nationality-act-1956:s19").heading == "Revocation of certificates of naturalisation."

    def test_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["dail-statement-1969"].date == date(1969, 11, 13)
        assert events["dod-letter-2008"].date == date(2008, 8, 7)
        assert events["garda-ukraine-volunteers-2023"].date == date(2023, 1, 9)
        assert events["revocation-forms-2025"].date == date(2025, 4, 7)

    def test_eu_only(self) -> None:
        memberships = {m.organisation: m.valid.start for m in self.j.memberships}
        assert memberships == {"EU": date(1973, 1, 1)}
