"""Session 29 (m, round 5): fuzz pins of meta and headings, each beside a real shape and a close one.

Each case is written in other words in the shape of a real release (named in its docstring), with a close
shape beside it that keeps its reading.
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s28m import _body, _meta

_LISTING = (
    "XT.COM Lists Fibra Token\n\n"
    "VICTORIA, Seychelles - XT.COM will list the Fibra token on its spot market on Monday, the exchange said.\n\n"
    "About Fibra (FBR)\n\n"
    "Fibra is a payments network for small merchants in Southeast Asia.\n\n"
    "\u201cFibra brings real merchants on chain,\u201d said Albin Warin, chief executive of XT.COM.\n\n"
    "Trading opens at 10:00 UTC. The pairs offered are:\n\n"
)


class TestStoryAboutSectionGoesBackWhole:
    """An About section with reported speech under its first paragraph is the story's, all of it (F1125-46).

    Exchange listing releases head the listed token's section "About CVIP(CVIP)" and quote the exchange chief
    under it (BlockchainWire, xf_wire_blockchainwire_1); the section may run on for many short lines (the trading
    pairs), and none of them stays an About section.
    """

    def test_long_section_with_speech_is_all_body(self) -> None:
        pairs = "".join(f"- FBR/{coin}\n\n" for coin in ("USDT", "USDC", "BTC", "ETH", "TRX", "SOL", "XRP", "BNB"))
        text = _LISTING + pairs + "Deposits open on Friday.\n\nWithdrawals open a day after trading starts.\n"
        assert [] == [m for m in _meta(text) if m[0] == "about"]
        assert ("list_item", "FBR/BNB") in _body(text)
        assert [] == problems(text, render=True)

    def test_profile_without_speech_stays_about(self) -> None:
        text = (
            _LISTING.split("About Fibra", maxsplit=1)[0]
            + "About Fibra (FBR)\n\nFibra is a payments network for small merchants in Southeast Asia.\n\n"
            + "Fibra was founded in 2021 and has offices in Singapore and Jakarta.\n"
        )
        assert [m[1][:17] for m in _meta(text) if m[0] == "about"] == ["About Fibra (FBR)"]

    def test_pin_reads_the_same_rendered(self) -> None:
        text = (
            "international Dr. INTERPOL-led arrested firearms,\u201d said Secretary General Stock.About L\nN.\nD.\n"
            "\u201csaid .   F.\nW including:\n- !\n-.\n\n:-\u00a0d-\u00a0s\nS.\n1/3\n:-\u00a0o"
        )
        assert [] == problems(text, render=True)


_CHECKLIST = (
    "Check the furnace filter before the first cold night, the county energy office said on Monday.\n\n"
    "Clear the gutters of leaves.\n"
)


class TestHeadlineGluedToAHeading:
    """A question headline run into the heading under it reads as the headline alone (F1125-41, F1125-47).

    Scraped county and agency pages lose the line break after a headline ending on "?" or "!", before the
    story's first section heading in capitals; the heading stage cuts the heading off, and the rendering sets the
    two apart, where the question stands alone on the first line.
    """

    def test_question_headline_glued_to_a_heading_is_the_title(self) -> None:
        text = "Is Your Home Ready for Winter?WINTER CHECKLIST\n" + _CHECKLIST
        assert ("title", "Is Your Home Ready for Winter?") in _meta(text)
        assert [] == problems(text, render=True)

    def test_under_a_headline_it_is_the_subtitle(self) -> None:
        text = "Board Approves New Budget\nIs Your Home Ready for Winter?WINTER CHECKLIST\n" + _CHECKLIST
        assert ("subtitle", "Is Your Home Ready for Winter?") in _meta(text)
        assert [] == problems(text, render=True)

    def test_a_sentence_glued_to_a_heading_stays_the_story(self) -> None:
        text = "The county wants you ready.WINTER CHECKLIST\n" + _CHECKLIST
        assert [] == _meta(text)
        assert ("heading", "WINTER CHECKLIST") in _body(text)


_RESULTS = (
    "Acme Reports Results\n\n"
    "Revenue rose five percent in the quarter, the company said on Monday.\n\n"
    "FINANCIAL SUMMARY\n"
)
_NET = "Net income rose to $4 million from $3 million a year earlier.\n"


class TestHeadingOverADivider:
    """A section heading over a dash divider reads the block under the divider as the rendering shows it (F1125-43).

    Pages set a lone dash between a section's name and its text; when a dateline on its own line opens the text
    ("CHICAGO –" / the story), the rendering joins the two, and the heading over the divider reads the same.
    """

    def test_heading_over_divider_and_dateline_reads_as_rendered(self) -> None:
        text = _RESULTS + "\u2013\nCHICAGO \u2013\n" + _NET
        assert ("heading", "FINANCIAL SUMMARY") in _body(text)
        assert [] == problems(text, render=True)

    def test_heading_over_divider_and_sentence_keeps_its_reading(self) -> None:
        text = _RESULTS + "\n\u2013\n\n" + _NET
        assert ("heading", "FINANCIAL SUMMARY") in _body(text)
        assert [] == problems(text, render=True)
