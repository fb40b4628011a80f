"""International law: Additional Protocol I art. 47, the 1989 Mercenaries Convention, Hague Convention (V)."""

from datetime import date

from legal_ref.models import Confidence, Person, Regime, Topic
from tests.jurisdictions.base import TEXT_READ, JurisdictionCase, condition_tests


class TestInternationalLaw(JurisdictionCase):
    code = "INT"

    def test_looked_up_by_name(self) -> None:
        assert self.lib["international"].code == "INT"

    def test_ap1_article_47(self) -> None:
        ap1 = self.j.instrument("ap1")
        assert ap1.valid.start == date(1978, 12, 7)
        assert ap1.adopted == date(1977, 6, 8)
        assert "1125" in ap1.citation and "17512" in ap1.citation
        assert self.provision("ap1:art47").locator == "art. 47"

    def test_incorporated_volunteer_is_not_a_mercenary(self) -> None:
        rule = self.rule("mercenary-status")
        assert rule.topic is Topic.MERCENARY
        assert rule.condition is not None
        assert condition_tests(rule) == ("not regular_forces",)
        assert rule.confidence in TEXT_READ
        assert Person.ANYONE in rule.binds

    def test_mercenaries_convention(self) -> None:
        convention = self.j.instrument("mercenaries-convention")
        assert convention.adopted == date(1989, 12, 4)
        assert convention.valid.start == date(2001, 10, 20)
        rule = self.rule("mercenary-convention-offences")
        assert rule.binds == (Person.STATES,)
        # Arts. 2-5 were read only in secondary copies.
        assert rule.confidence is Confidence.SECONDARY

    def test_hague_v_articles_4_and_6(self) -> None:
        hague = self.j.instrument("hague-v")
        assert hague.adopted == date(1907, 10, 18)
        assert hague.valid.start == date(1910, 1, 26)
        assert self.rule("neutral-territory-recruitment").regime is Regime.PROHIBITED
        assert "hague-v:art4" in self.rule("neutral-territory-recruitment").rests_on
        volunteers = self.rule("individual-volunteers-neutral")
        assert volunteers.regime is Regime.PERMITTED
        assert "hague-v:art6" in volunteers.rests_on

    def test_before_the_convention_entered_into_force(self) -> None:
        self.assert_not_in_force("mercenary-convention-offences", date(2001, 10, 19))
        self.assert_in_force("mercenary-convention-offences", date(2001, 10, 20))

    def test_depositary_links(self) -> None:
        # Corrected 2026-12-04: AP I linked to an ICRC customary-law practice page; it now links to the Swiss
        # Classified Compilation (the depositary's official publication), with art. 47 deep-linked.
        ap1 = self.j.instrument("ap1")
        assert ap1.url.startswith("https://www.fedlex.admin.ch/eli/cc/1982/1362")
        assert "customary-ihl" not in ap1.url
        assert ap1.identifiers.national == "SR 0.518.521"
        assert self.provision("ap1:art47").url.endswith("#art_47")
        assert self.j.instrument("mercenaries-convention").url.startswith("http://treaties.un.org/")
        hague = self.j.instrument("hague-v")
        assert hague.url_note and "Netherlands" in hague.url_note
        assert {p.host for p in self.j.portals} == {"www.fedlex.admin.ch", "treaties.un.org"}
