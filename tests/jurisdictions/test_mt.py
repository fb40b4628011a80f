"""Malta: no foreign-service offence found; art. 14 Maltese Citizenship Act has no foreign-service ground."""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestMalta(JurisdictionCase):
    code = "MT"

    def test_instruments(self) -> None:
        act = self.j.instrument("citizenship-act")
        assert act.citation == "Chapter 188 of the Laws of Malta (Act XXX of 1965)"
        assert act.title_en_official is True
        assert act.valid.start == date(1964, 9, 21)
        code = self.j.instrument("criminal-code")
        assert code.citation == "Chapter 9 of the Laws of Malta"
        assert code.valid.start == date(1854, 6, 10)
        assert self.provision("criminal-code:art5").heading == "Persons subject to prosecution."

    def test_foreign_service_is_unclear(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.UNCLEAR
        assert rule.confidence is Confidence.UNVERIFIED
        assert "criminal-code:whole-code" in rule.rests_on

    def test_no_nationality_loss_for_foreign_service(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.confidence is Confidence.SECONDARY
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        assert self.provision("citizenship-act:art14").locator == "art. 14"
        assert "five exhaustive grounds" in self.provision("citizenship-act:art14").current.summary

    def test_article_numbering_disagreement_is_recorded(self) -> None:
        (disagreement,) = self.rule("nationality-loss").disagreements
        assert disagreement.followed == "ccmalta-2014"
        assert "commonlii-cap188" in disagreement.sources
        assert "8-10" in disagreement.text

    # Second research pass (2026-12-04).

    def test_legislation_mt_links(self) -> None:
        assert [p.host for p in self.j.portals] == ["legislation.mt"]
        # The Act linked to a CommonLII copy and the Code to WIPO Lex; both now link to the official ELI pages.
        assert self.j.instrument("citizenship-act").url == "https://legislation.mt/eli/cap/188/eng"
        assert self.j.instrument("criminal-code").url == "https://legislation.mt/eli/cap/9/eng"

    def test_nationality_rule_dated_by_its_source(self) -> None:
        assert self.rule("nationality-loss").valid.confirmed_from == date(2014, 3, 27)
