"""France: mercenary activity (Criminal Code arts. 436-1 to 436-3) and loss of nationality (Civil Code art. 23-8)."""

from datetime import date

from legal_ref.models import NationalityEffectKind, Regime
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase


class TestFrance(JurisdictionCase):
    code = "FR"

    def test_mercenary_offence_since_2003(self) -> None:
        rule = self.rule("mercenary")
        assert rule.valid.start == date(2003, 4, 15)
        (penalty,) = [p for p in rule.penalties if p.label == "basic"]
        assert penalty.imprisonment is not None and str(penalty.imprisonment.max) == "5 years"
        assert penalty.fine is not None and penalty.fine.max == 75_000 and penalty.fine.currency == "EUR"
        assert rule.confidence in TEXT_READ

    def test_organising_is_article_436_2(self) -> None:
        assert self.provision("penal-code:art436-2").locator == "Article 436-2"
        (penalty,) = self.rule("recruitment").penalties
        assert penalty.fine is not None and penalty.fine.max == 100_000
        assert str(penalty.imprisonment.max if penalty.imprisonment else None) == "7 years"

    def test_serving_is_not_itself_an_offence(self) -> None:
        assert self.rule("foreign-service").regime is Regime.PERMITTED

    def test_loss_of_nationality_after_an_injunction(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.valid.start == date(1993, 7, 23)
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert "civil-code:art23-8" in rule.rests_on

    def test_conseil_detat_2023(self) -> None:
        assert any(e.id == "conseil-etat-2023-01-25" and e.date == date(2023, 1, 25) for e in self.j.events)

    def test_links_point_to_legifrance_articles(self) -> None:
        # Corrected 2026-12-04: the codes linked to private mirrors (Doctrine, Tricoteuses); now Légifrance.
        assert [p.host for p in self.j.portals] == ["www.legifrance.gouv.fr"]
        art = self.provision("penal-code:art436-1")
        assert art.url == "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006418746"
        assert art.versions[0].url is not None and art.versions[0].url.endswith("/2003-04-15")
        version = self.provision("civil-code:art23-8").versions[0]
        assert version.url == "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006420016/1993-07-23"
        assert self.provision("penal-code:art436-2").url is None  # its Légifrance identifier was not confirmed

    def test_version_penalties_and_mercenary_exemptions(self) -> None:
        (basic,) = self.provision("penal-code:art436-1").versions[0].penalties
        assert str(basic) == "imprisonment up to 5 years; fine up to 75,000 EUR"
        rule = self.rule("mercenary")
        assert {c.test.value for c in rule.exemptions} == {"regular_forces", "also_national"}
        self.assert_not_in_force("mercenary", date(2003, 4, 14))
        self.assert_in_force("mercenary", date(2003, 4, 15))

    def test_foreign_service_dated_from_the_2003_reports_not_the_verification_day(self) -> None:
        # Corrected 2026-12-04: the migration's placeholder confirmed_from (2026-11-26) replaced.
        assert self.rule("foreign-service").valid.confirmed_from == date(2003, 4, 15)
        assert self.rule("terrorist-travel-ban").valid.confirmed_from == date(2015, 1, 14)

    def test_deprivation_of_acquired_nationality_article_25(self) -> None:
        rule = self.rule("nationality-deprivation")
        assert rule.rests_on == ("civil-code:art25", "civil-code:art25-1")
        assert rule.nationality is not None and rule.nationality.dual_nationals_only
        assert self.provision("civil-code:art25").locator == "Article 25"

    def test_inbound_foreign_legion(self) -> None:
        # Added 2026-12-04: inbound service (Foreign Legion), ages 17 to 40 under art. 83 of the 2005 statute.
        rule = self.rule("inbound-legion")
        assert rule.topic.value == "inbound_service" and rule.regime is Regime.PERMITTED
        assert rule.rests_on == ("law-2005-270:art83",)
        assert any(t.label == "Age" and "17 to 40" in t.text for t in rule.terms)
        assert self.j.instrument("law-2005-270").url_note
