"""Mexico.

Art. 37(C)(II) loss of citizenship for unauthorised service, moved from Congress to the Federal Executive in 2013.
"""

from datetime import date

from legal_ref.models import AuthorityKind, Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestMexico(JurisdictionCase):
    code = "MX"

    def test_locator_of_the_citizenship_ground(self) -> None:
        prov = self.provision("constitution:art37-c-ii")
        assert prov.locator == "art. 37, apartado C), fracción II"
        assert prov.locator_en == "art. 37(C)(II)"
        assert prov.versions[-1].valid.start == date(2013, 9, 30)

    def test_permission_moved_to_the_federal_executive(self) -> None:
        before, after = self.rule("foreign-service-congress"), self.rule("foreign-service")
        assert before.valid.end == after.valid.start == date(2013, 9, 30)
        assert before.authorization is not None and before.authorization.authority is AuthorityKind.LEGISLATURE
        assert after.authorization is not None and after.authorization.office == "Federal Executive (Ejecutivo Federal)"
        assert after.regime is Regime.AUTHORIZATION_REQUIRED
        self.assert_in_force("foreign-service-congress", date(2013, 9, 29))
        self.assert_in_force("foreign-service", date(2013, 9, 30))
        # Its application to enlistment in foreign armed forces is not confirmed.
        assert after.confidence is Confidence.UNVERIFIED
        assert after.disagreements[0].followed == "unam-museo-art37"

    def test_treason_penalties(self) -> None:
        penalties = {p.label: p for p in self.rule("foreign-conflict").penalties}
        basic, troops = penalties["basic"].imprisonment, penalties["troops"].imprisonment
        assert basic is not None and troops is not None
        assert str(basic.min) == "5 years" and str(basic.max) == "40 years"
        assert str(troops.min) == "1 year" and str(troops.max) == "9 years"
        assert self.provision("federal-penal-code:art123").locator == "art. 123"
        assert self.rule("foreign-conflict").confidence is Confidence.SECONDARY

    def test_nationality_by_birth_never_lost(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert rule.confidence in TEXT_READ
        assert rule.rests_on == ("constitution:art37-a-b",)

    def test_reform_event(self) -> None:
        event = next(e for e in self.j.events if e.id == "reform-art37-2013")
        assert event.date == date(2013, 9, 30)
        assert "351" in event.summary


class TestMexicoLinks(JurisdictionCase):
    code = "MX"

    def test_penal_code_no_longer_links_to_a_news_article(self) -> None:
        # Corrected 2026-12-04: the Federal Penal Code linked to an opinion column on sdpnoticias.com.
        assert self.j.instrument("federal-penal-code").url == "https://www.diputados.gob.mx/LeyesBiblio/pdf/CPF.pdf"
        assert self.j.instrument("constitution").url == "https://www.diputados.gob.mx/LeyesBiblio/pdf/CPEUM.pdf"

    def test_placeholder_dates_replaced(self) -> None:
        assert self.rule("foreign-conflict").valid.confirmed_from == date(2022, 4, 20)
        assert self.rule("nationality-loss").valid.confirmed_from == date(2013, 9, 30)

    def test_congress_permission_confirmed_from_2009(self) -> None:
        # Corrected 2026-12-04: the one-day window (2013-09-29) was a placeholder; Notimex (29 April 2009) confirms it.
        rule = self.rule("foreign-service-congress")
        assert rule.valid.confirmed_from == date(2009, 4, 29) and rule.valid.end == date(2013, 9, 30)
        self.assert_in_force("foreign-service-congress", date(2012, 1, 1))
