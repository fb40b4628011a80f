"""Iceland.

No ban on serving abroad, art. 114 on recruiting, art. 89 on bearing arms against Iceland, no loss of citizenship.
"""

from datetime import date

from legal_ref.models import Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestIceland(JurisdictionCase):
    code = "IS"

    def test_penal_code(self) -> None:
        code = self.j.instrument("penal-code")
        assert code.title == "Almenn hegningarlög"
        assert code.citation == "Act No. 19/1940"
        assert code.adopted == date(1940, 2, 12)
        assert code.valid.start == date(1940, 8, 12)
        assert self.provision("penal-code:art114").locator == "114. gr."
        assert self.provision("penal-code:art114").locator_en == "art. 114"

    def test_no_ban_on_serving_abroad(self) -> None:
        rule = self.rule("foreign-service")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.penalties == ()
        assert rule.confidence is Confidence.SECONDARY

    def test_recruiting_in_iceland_up_to_two_years(self) -> None:
        rule = self.rule("recruitment")
        assert rule.regime is Regime.PROHIBITED
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert penalty.imprisonment.min is None and str(penalty.imprisonment.max) == "2 years"
        assert rule.rests_on == ("penal-code:art114",)

    def test_bearing_arms_against_iceland(self) -> None:
        rule = self.rule("enemy-service")
        assert rule.regime is Regime.CONDITIONALLY_PROHIBITED
        (penalty,) = rule.penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "2 years" and penalty.imprisonment.max is None

    def test_no_loss_of_citizenship(self) -> None:
        rule = self.rule("nationality-loss")
        assert rule.regime is Regime.NO_SPECIFIC_LAW
        assert rule.nationality is not None and rule.nationality.effect is NationalityEffectKind.NONE
        act = self.j.instrument("nationality-act")
        assert act.citation == "Act No. 100/1952"
        assert act.valid.start == date(1953, 1, 1)

    def test_nato_founder_and_events(self) -> None:
        (membership,) = self.j.memberships
        assert membership.organisation == "NATO" and membership.valid.start == date(1949, 8, 24)
        events = {e.id: e for e in self.j.events}
        assert events["mfa-advice-ukraine-2022"].date == date(2022, 3, 7)

    def test_dated_from_sources_not_placeholders(self) -> None:
        # Second research pass: art. 114 is confirmed from the 2011 Vísir report; the 2022 advice dates the
        # no-offence rule. Art. 89 (treason) stays on the placeholder: no dated source was found.
        assert self.provision("penal-code:art114").versions[0].valid.confirmed_from == date(2011, 11, 6)
        assert self.rule("recruitment").valid.confirmed_from == date(2011, 11, 6)
        assert self.rule("foreign-service").valid.confirmed_from == date(2022, 3, 7)
        assert self.rule("foreign-service").rests_on == ("penal-code:art114",)

    def test_links_point_to_althingi(self) -> None:
        assert self.j.instrument("penal-code").url == "https://www.althingi.is/lagas/nuna/1940019.html"
        assert self.j.instrument("nationality-act").url == "https://www.althingi.is/lagas/nuna/1952100.html"
        assert not self.j.source("lagasafn-hegningarlog").official  # a university mirror, not the publication
