"""Kenya: no offence of foreign service found; no loss of citizenship for it (Constitution arts. 16-17)."""

from datetime import date

from legal_ref.models import Confidence, EventKind, NationalityEffectKind, Person, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestKenya(JurisdictionCase):
    code = "KE"

    def test_portal_is_kenya_law(self) -> None:
        assert [p.host for p in self.j.portals] == ["www.kenyalaw.org"]
        assert self.j.instrument("penal-code").url.startswith("http://www.kenyalaw.org")
        assert self.j.instrument("penal-code").valid.start == date(1930, 8, 1)
        # The Constitution and the 2011 Act were not read on the portal: their links say so.
        assert self.j.instrument("constitution").url_note
        assert self.j.instrument("citizenship-act").url_note

    def test_foreign_service_is_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.authorization is None and rule.penalties == ()
        assert rule.rests_on == ("penal-code:s44",)
        assert self.provision("penal-code:s44").heading == "Promoting warlike undertaking"
        assert self.j.coverage.searched

    def test_no_loss_of_citizenship_for_foreign_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.binds == (Person.CITIZENS,)
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert set(rule.rests_on) == {"constitution:art16", "constitution:art17"}
        # Read in a reproduction of the Constitution, not on the official portal.
        assert rule.confidence is Confidence.REPRODUCTION
        assert self.provision("constitution:art17").heading == "Revocation of citizenship"

    def test_constitution_2010_effective_date(self) -> None:
        assert self.rule("nationality-loss").valid.start == date(2010, 8, 27)
        self.assert_in_force("nationality-loss", date(2010, 8, 27))
        self.assert_not_in_force("nationality-loss", date(2010, 8, 26))
        assert self.j.instrument("citizenship-act").valid.start == date(2011, 8, 30)

    def test_events_dated_by_statement_and_charge(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["mudavadi-russia-recruitment-2025"].date == date(2025, 11, 12)
        charge = events["omwamba-trafficking-charge-2026"]
        assert charge.date == date(2026, 2, 26) and charge.kind is EventKind.PROSECUTION
