"""Session 29 (m, round 2): where a wire's back matter ends, as the wires write it.

Each case is written in other words in the shape of a real unseen release (named in its docstring), with a close
shape beside it that keeps its reading.
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s28m import _body, _meta

_STORY = (
    "Fibra Corp Names a New Head of Communications\n\n"
    "VIENNA, Austria - Fibra Corp named Anna Weber head of communications on Monday, the company said in a"
    " statement issued at its head office.\n\n"
    "Weber joins from a consumer goods group, where she led investor relations for six years.\n\n"
)


class TestTrademarkNoticeGluedToTheProfile:
    """A trademark notice run on from the boilerplate's last figure is a disclaimer of its own (xx_wire_nmw_1)."""

    def test_glued_notice_is_cut_off_the_about_section(self) -> None:
        text = (
            _STORY + "About Fibra Corp\n\nFibra Corp makes cellulose fibers for textiles. Key Figures 2024Revenue:"
            " EUR 1.2 bnEmployees: 3,410 FIBRALUX™, CELLOTEX™ ECOWEAVE™, and SOFTELL™ are trademarks of Fibra Corp.\n"
        )
        meta = _meta(text)
        assert (
            "about",
            (
                "About Fibra Corp Fibra Corp makes cellulose fibers for textiles. Key Figures 2024Revenue: EUR 1.2"
                " bnEmployees: 3,410"
            ),
        ) in meta
        assert ("disclaimer", "FIBRALUX™, CELLOTEX™ ECOWEAVE™, and SOFTELL™ are trademarks of Fibra Corp.") in meta
        assert problems(text, render=True) == []

    def test_mark_named_with_an_appositive_stays_in_the_story(self) -> None:
        """A story naming a mark as an appositive ("SOFTELL™, a registered trademark of …") has no notice."""
        text = _STORY + (
            "The new line uses SOFTELL™, a registered trademark of Fibra Corp, in all of its knitted fabrics.\n"
        )
        assert [kind for kind, _ in _meta(text)] == ["title"]
        assert _body(text)[-1][1].endswith("in all of its knitted fabrics.")


class TestAboutSectionEnd:
    """An About section ends over the release's own closing lines (citybiz: x4_wire_citybiz_3, x7_wire_citybiz_5)."""

    def test_visit_line_for_the_issuer_after_another_company_profile(self) -> None:
        text = _STORY + (
            "About Fibra Corp\n\nFibra Corp makes cellulose fibers for textiles in four countries.\n\n"
            "About Weave Partners\n\nWeave Partners was an advisory firm for textile makers in Central Europe.\n\n"
            "For more information, visit www.fibracorp.com.\n"
        )
        meta = _meta(text)
        profile = "About Weave Partners Weave Partners was an advisory firm for textile makers in Central Europe."
        assert ("about", profile) in meta
        assert _body(text)[-1] == ("paragraph", "For more information, visit www.fibracorp.com.")

    def test_visit_line_for_the_profiled_company_stays_in_its_section(self) -> None:
        text = _STORY + (
            "About Fibra Corp\n\nFibra Corp makes cellulose fibers for textiles in four countries.\n\n"
            "For more information, visit www.fibracorp.com.\n"
        )
        assert (
            "about",
            (
                "About Fibra Corp Fibra Corp makes cellulose fibers for textiles in four countries. For more"
                " information, visit www.fibracorp.com."
            ),
        ) in _meta(text)

    def test_media_assets_line_closes_the_profile(self) -> None:
        text = _STORY + (
            "About Fibra Corp\n\nFibra Corp makes cellulose fibers for textiles in four countries.\n\n"
            "Photos, B-roll and other assets are available in the company’s press kit here.\n"
        )
        assert ("about", "About Fibra Corp Fibra Corp makes cellulose fibers for textiles in four countries.") in (
            _meta(text)
        )
        assert _body(text)[-1][1].startswith("Photos, B-roll and other assets")

    def test_profile_sentence_about_photography_stays(self) -> None:
        """A profile's own sentence naming photos, no offer of them to the media, goes on with the section."""
        text = _STORY + (
            "About Fibra Corp\n\nFibra Corp makes cellulose fibers for textiles in four countries.\n\n"
            "Its photography archive holds fiber samples from 1938 on, open to researchers by appointment.\n"
        )
        about = [t for k, t in _meta(text) if k == "about"]
        assert about
        assert about[0].endswith("open to researchers by appointment.")


class TestContactBlockEnd:
    """Where a contact block ends and goes on, as the wires print it."""

    def test_community_channels_label_ends_the_media_contact(self) -> None:
        """PRISM MediaWire (xh_wire_prism_1): the company's channels for its community are the readers'."""
        text = _STORY + (
            "Investor & Media Contact:\n\nFibra Corp, Inc.press.fibra@example.com\n\n"
            "Official Fibra Fans Community Channels:\n\n"
            "X: https://x.com/fibrafansTelegram: https://t.me/fibrafans\n"
        )
        assert ("contact", "Investor & Media Contact: Fibra Corp, Inc.press.fibra@example.com") in _meta(text)
        assert _body(text)[-1][1].startswith("X: https://x.com/fibrafans")

    def test_media_contact_with_its_phone_lines_keeps_them(self) -> None:
        text = _STORY + "Media Contact:\n\nAnna Weber\n\npress@fibracorp.example\n\n+43 1 555 0100\n"
        assert ("contact", "Media Contact: Anna Weber press@fibracorp.example +43 1 555 0100") in _meta(text)

    def test_wire_card_under_the_release_contact_line_is_its_own(self) -> None:
        """PR Karma (vc_wire_prkarma_1): "Media Contact: …" then the template's glued "Contact<name>" card."""
        text = _STORY + (
            "Media Contact: Anna Weber\n\n ContactAnna Weber Fibra Corp Email Us Here\n\n Vienna, W\n\nAustria\n\n"
            "4315550100\n\nVisit Our Website\n"
        )
        contacts = [t for k, t in _meta(text) if k == "contact"]
        assert contacts == [
            "Media Contact: Anna Weber",
            "ContactAnna Weber Fibra Corp Email Us Here Vienna, W Austria 4315550100 Visit Our Website",
        ]

    def test_contact_label_over_a_name_and_phone_stays_one_block(self) -> None:
        text = _STORY + "Media Contact:\n\nContact Desk Fibra Corp\n\n+43 1 555 0100\n"
        contacts = [t for k, t in _meta(text) if k == "contact"]
        assert contacts == ["Media Contact: Contact Desk Fibra Corp +43 1 555 0100"]

    def test_handles_line_inside_a_contact_section(self) -> None:
        """Newsworthy.ai (sc_wire_newsworthy_1): the handles and the press line under them are the section's."""
        text = _STORY + (
            "CONTACT\n\nFor more information, please visit www.fibracorp.example\n\n"
            "Interested mills may write to mills@fibracorp.example\n\n"
            "Follow @FibraCorp on LinkedIn and @fibra_corp on Instagram\n\n"
            "For interviews, please contact anna@agency.example\n"
        )
        contacts = [t for k, t in _meta(text) if k == "contact"]
        assert len(contacts) == 1
        assert contacts[0].endswith("please contact anna@agency.example")

    def test_second_labelled_block_of_another_agency_stays_apart(self) -> None:
        text = _STORY + (
            "Investor Contact:\n\nAnna Weber\n\nir@fibracorp.example\n\n"
            "Media Contact:\n\nJan Roe\n\njan@agency.example\n"
        )
        contacts = [t for k, t in _meta(text) if k == "contact"]
        assert len(contacts) == 2

    def test_lone_site_field_under_the_story(self) -> None:
        """BlockchainWire (vc_wire_blockchainwire_1): the template's card reduced to its site field."""
        text = _STORY + (
            "Website: https://fibracorp.example\n\n"
            "Disclaimer: The information provided in this press release is not a solicitation for investment.\n"
        )
        assert ("contact", "Website: https://fibracorp.example") in _meta(text)

    def test_site_sentence_stays_in_the_story(self) -> None:
        text = _STORY + "Its website, fibracorp.example, lists the new fabrics.\n"
        assert _body(text)[-1] == ("paragraph", "Its website, fibracorp.example, lists the new fabrics.")


_LISTING = (
    "Fibra Token Lists on CoinHub\n\n"
    "CoinHub, a global trading platform, is pleased to announce the listing of FBR(FBR) in its Innovation zone.\n\n"
    "About FBR(FBR)\n\n"
    "FBR is a token deployed on a public blockchain with a fixed supply of 50 million tokens, used for staking.\n\n"
    'Jan Roe, CEO of CoinHub, commented on the listing, stating, "FBR brings our users a new way to stake their'
    ' assets on a platform they trust."\n\n'
)


class TestAboutSectionInsideTheStory:
    """An exchange's listing introduces the token under an About heading, then quotes the exchange's chief.

    BlockchainWire, XT.COM listings (xf_wire_blockchainwire_1).
    """

    def test_section_with_reported_speech_is_the_story(self) -> None:
        text = _LISTING + (
            "About FBR\n\nFBR is a project that aims to bring staking to everyone on a public blockchain.\n\n"
            "About CoinHub\n\nFounded in 2018, CoinHub serves more than six million registered users.\n"
        )
        abouts = [t for k, t in _meta(text) if k == "about"]
        assert [t.split(" ", 2)[1] for t in abouts] == ["FBR", "CoinHub"]
        assert ("heading", "About FBR(FBR)") in _body(text)
        assert any(t.startswith("Jan Roe, CEO of CoinHub") for _, t in _body(text))
        assert problems(text, render=True) == []

    def test_profile_without_a_quotation_keeps_its_reading(self) -> None:
        """A profile whose paragraph reports no speech ("… its users said in a survey", no quotation) stays."""
        text = _STORY + (
            "About Fibra Corp\n\nFibra Corp makes cellulose fibers for textiles in four countries.\n\n"
            "Nine in ten of its customers said in a 2024 survey that they would order again.\n"
        )
        abouts = [t for k, t in _meta(text) if k == "about"]
        assert abouts[0].endswith("they would order again.")


class TestTaglineOverAListedProfile:
    """A listed company's slogan heads its boilerplate (citybiz, x4_wire_citybiz_1)."""

    def test_tagline_over_a_ticker_profile_is_an_about_section(self) -> None:
        text = _STORY + (
            "FIBRA: WE WEAVE THE FUTURE®\n\n"
            "At Fibra (NYSE:FBR), we make cellulose fibers for textiles that mills have trusted for 80 years.\n"
        )
        assert (
            "about",
            (
                "FIBRA: WE WEAVE THE FUTURE® At Fibra (NYSE:FBR), we make cellulose fibers for textiles that mills"
                " have trusted for 80 years."
            ),
        ) in _meta(text)

    def test_tagline_over_news_stays_in_the_story(self) -> None:
        text = _STORY + (
            "FIBRA: WE WEAVE THE FUTURE\n\nFibra (NYSE:FBR) today announced a new plant in Linz, its fifth in Europe.\n"
        )
        assert [k for k, _ in _meta(text)] == ["title"]
