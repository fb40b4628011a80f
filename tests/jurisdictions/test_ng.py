"""Nigeria: no offence of foreign service found; citizenship under ss. 28 and 30 of the 1999 Constitution."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestNigeria(JurisdictionCase):
    code = "NG"

    def test_no_portal_and_every_link_explained(self) -> None:
        assert self.j.portals == ()
        assert all(i.url_note for i in self.j.instruments)

    def test_foreign_service_is_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert rule.authorization is None and rule.penalties == ()
        assert self.provision("tppa-2022:s25").heading == "Membership of a terrorist group or proscribed entity"
        # The two government statements disagree on the legal basis: recorded, not resolved.
        assert len(rule.disagreements) == 1

    def test_no_loss_for_foreign_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert set(rule.rests_on) == {"constitution:s28", "constitution:s30"}
        # s. 30(2) was read only in summaries.
        assert rule.confidence is Confidence.SECONDARY
        assert rule.valid.start is None and rule.valid.confirmed_from == date(2013, 9, 1)

    def test_statements_dated_by_their_issue(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["mfa-ukraine-volunteers-2022"].date == date(2022, 3, 7)
        assert events["mfa-foreign-conflicts-warning-2026"].date == date(2026, 2, 15)

    def test_naturalised_citizens_forfeit_on_a_foreign_citizenship(self) -> None:
        from legal_ref.models import Person

        rule = self.rule("nationality-loss-naturalised")
        assert rule.binds == (Person.NATURALISED_CITIZENS,)
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS
        assert rule.rests_on == ("constitution:s28",)
        assert rule.confidence is Confidence.REPRODUCTION
