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

    # Second research pass (2026-12-04).

    def test_official_portals_and_links(self) -> None:
        hosts = {p.host for p in self.j.portals}
        assert hosts == {"www.irishstatutebook.ie", "revisedacts.lawreform.ie"}
        assert self.j.instrument("nationality-act-1956").url.startswith(
            "https://www.irishstatutebook.ie/eli/1956/act/26"
        )
        # The 1870 Act has no Irish official text: its BAILII link must say why.
        assert self.j.instrument("foreign-enlistment-act-1870").url_note

    def test_placeholder_dates_replaced(self) -> None:
        # Both rules were dated from the verification date (2026-11-26) by the migration.
        assert self.rule("foreign-service").valid.confirmed_from == date(2008, 8, 7)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2018, 12, 11)
        self.assert_in_force("nationality-loss", date(2022, 3, 1))
