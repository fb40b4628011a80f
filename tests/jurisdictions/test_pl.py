"""Poland: Criminal Code art. 141-142 and the consent that moved to the Minister of National Defence in 2022."""

from datetime import date

from legal_ref.models import AuthorityKind, ClauseTest, Confidence, NationalityEffectKind, Regime
from tests.jurisdictions.base import JurisdictionCase


class TestPoland(JurisdictionCase):
    code = "PL"

    def test_article_141_penalty(self) -> None:
        assert self.provision("criminal-code:art141").locator == "art. 141"
        (penalty,) = self.rule("foreign-service-2022").penalties
        assert penalty.imprisonment is not None
        assert str(penalty.imprisonment.min) == "3 months" and str(penalty.imprisonment.max) == "5 years"

    def test_consent_moved_to_the_defence_minister_on_23_april_2022(self) -> None:
        before, after = self.rule("foreign-service"), self.rule("foreign-service-2022")
        assert before.valid.end == after.valid.start == date(2022, 4, 23)
        assert after.authorization is not None and after.authorization.office == "Minister of National Defence"
        assert after.authorization.authority is AuthorityKind.MINISTER
        assert "homeland-defence-act:art665" in after.rests_on
        self.assert_in_force("foreign-service", date(2022, 4, 22))
        self.assert_not_in_force("foreign-service", date(2022, 4, 23))
        self.assert_in_force("foreign-service-2022", date(2022, 4, 23))

    def test_no_alliance_exemption(self) -> None:
        assert self.rule("foreign-service-2022").condition is None
        assert self.rule("foreign-service-2022").regime is Regime.AUTHORIZATION_REQUIRED

    def test_recruitment_is_unverified(self) -> None:
        rule = self.rule("recruitment")
        assert rule.confidence is Confidence.UNVERIFIED
        assert "criminal-code:art142" in rule.rests_on

    def test_nationality(self) -> None:
        assert self.rule("nationality-loss").regime is Regime.NO_SPECIFIC_LAW
        old = self.rule("nationality-loss-1920")
        assert old.valid.start == date(1920, 1, 31) and old.valid.end == date(1951, 1, 19)
        assert old.nationality is not None and old.nationality.effect is NationalityEffectKind.AUTOMATIC_LOSS

    def test_ukrainian_legion_events(self) -> None:
        events = {e.id: e for e in self.j.events}
        assert events["ukrainian-legion-agreement-2024"].date == date(2024, 7, 8)
        assert events["ukrainian-legion-recruitment-2024"].date == date(2024, 10, 1)

    # --- Second research pass (2026-12-04) ---

    def test_pre_2022_consent_regime_dated_from_the_2005_amendment(self) -> None:
        # Was a placeholder confirmed_from 2022-04-22; the 2005 amendment took effect on 21 October 2005.
        rule = self.rule("foreign-service")
        assert rule.valid.start == date(2005, 10, 21)
        self.assert_in_force("foreign-service", date(2005, 10, 21))
        self.assert_not_in_force("foreign-service", date(2005, 10, 20))
        version = self.provision("defence-obligation-act-1967:art199a-199f").versions[0]
        assert version.valid.start == date(2005, 10, 21) and version.valid.end == date(2022, 4, 23)

    def test_per_topic_coverage(self) -> None:
        from legal_ref.models import Topic

        assert self.j.coverage.topics[Topic.FOREIGN_SERVICE] == date(1998, 9, 1)
        assert self.j.researched_from(Topic.NATIONALITY_LOSS) == date(1920, 1, 31)

    def test_application_to_the_defence_minister(self) -> None:
        auth = self.rule("foreign-service-2022").authorization
        assert auth is not None and auth.application is not None
        assert auth.application.url == (
            "https://www.gov.pl/web/obrona-narodowa/uzyskaj-zgode-na-sluzbe-w-obcym-wojsku-lub-w-obcej-organizacji-wojskowej"
        )
        assert self.j.source("gov-pl-mon-consent").official

    def test_dual_national_exemption_needs_residence_so_stays_in_words(self) -> None:
        # The exemption requires permanent residence in the other state: also_national alone would over-exempt.
        for rule_id in ("foreign-service", "foreign-service-2022"):
            (exemption,) = self.rule(rule_id).exemptions
            assert exemption.test is ClauseTest.IN_WORDS and "permanent" in (exemption.text or "")

    def test_ukraine_still_needs_consent(self) -> None:
        check = self.lib.assess(["PL"], "UA", as_of=date(2026, 12, 4)).per_citizenship[0]
        assert check.needs_authorization is True

    def test_links_on_isap(self) -> None:
        assert [p.host for p in self.j.portals] == ["isap.sejm.gov.pl"]
        assert self.j.instrument("citizenship-act-1920").url.endswith("id=WDU19200070044")
        assert self.provision("homeland-defence-act:art665").url is None

    def test_confidence_raised_to_reproduction(self) -> None:
        assert self.rule("foreign-service-2022").confidence is Confidence.REPRODUCTION
        assert self.rule("recruitment").valid.confirmed_from == date(2022, 4, 22)

    def test_abolition_period_disagreement_recorded(self) -> None:
        (disagreement,) = self.rule("foreign-service-2022").disagreements
        assert "7 April 2014" in disagreement.text and "31 December 2026" in disagreement.text
