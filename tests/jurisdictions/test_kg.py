"""Kyrgyzstan: mercenarism (Criminal Code 2021 art. 416) applied to a citizen who fought for the 'LNR'; loss of
citizenship for fighting abroad (2016).
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime, Topic
from tests.jurisdictions.base import JurisdictionCase, condition_tests


class TestKyrgyzstan(JurisdictionCase):
    code = "KG"

    def test_criminal_code(self) -> None:
        code = self.j.instrument("criminal-code")
        assert code.citation == "Criminal Code of the Kyrgyz Republic of 28 October 2021 No. 127"
        assert code.adopted == date(2021, 10, 28)
        assert self.provision("criminal-code:art416").heading == "Наемничество"

    def test_foreign_service_conditional_without_penalty(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.topic is Topic.FOREIGN_SERVICE
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert rule.condition is not None and condition_tests(rule) == ()
        # The sanction of art. 416 was not read: no penalty is recorded.
        assert rule.penalties == ()
        assert rule.confidence is Confidence.SECONDARY

    def test_loss_for_armed_conflict_abroad_since_2016_amendment(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        assert condition_tests(rule) == ("in_words",)
        assert rule.nationality is not None
        assert rule.nationality.effect is NationalityEffectKind.MAY_BE_WITHDRAWN
        assert rule.confidence is Confidence.SECONDARY
        # Confirmed from the Constitutional Chamber's decision upholding the ground (with an interpretation).
        assert rule.valid.confirmed_from == date(2017, 3, 29)
        assert self.j.instrument("citizenship-law").citation == "Law of the Kyrgyz Republic of 21 May 2007 No. 70"

    def test_first_conviction(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["mercenary-sentence-2023-05"].date == date(2023, 5, 16)
        assert "ten years" in events["mercenary-sentence-2023-05"].summary
        assert events["constitutional-chamber-2017"].date == date(2017, 3, 29)

    def test_portal(self) -> None:
        assert "cbd.minjust.gov.kg" in {p.host for p in self.j.portals}
