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
