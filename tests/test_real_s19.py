"""Session 19: meta, dateline and contact conventions read from real releases the parser had not seen.

Method. Readers fetched releases from the corpus's own datasets, wrote each gold file before looking at the
parser's output, and triaged every difference into a minimal case; each case is here, written before the
fix, with the text that must stay beside it.
"""

from __future__ import annotations

from pressparse import MetaKind, parse

_TRAILER = "\n\n---\n\n[Original/Source Press Release](https://example.com/pr/1)\n"


def _metas(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, m.text) for m in parse(text).meta]


class TestWireLineOverTheStorysDateline:
    """News Direct: ``--News Direct--`` over an image and a story that opens with its own dateline."""

    PAGE = (
        "# Nick Twidale joins ATFX as Chief Market Analyst\n\n--News Direct--\n\n"
        "![](https://public.newsdirect.com/235122120/2rbCFND0.PNG)\n\n"
        "Sydney, May 1st, 2024 - (500NewsWire) -- ATFX, a leading global online trading broker, is pleased to"
        " announce that Nick Twidale has joined the company.\n\nNick is a highly recognisable figure in the industry.\n"
    )

    def test_the_storys_own_dateline_wins(self) -> None:
        """xh_wire_newsdirect_1: the place-and-date dateline, the wire's line a release note; SPEC 5 holds."""
        doc = parse(self.PAGE)
        assert doc.dateline is not None
        assert doc.dateline.city == "Sydney"
        assert ("release_note", "--News Direct--") in _metas(self.PAGE)
        assert doc.body[0].text.startswith("ATFX, a leading")
        again = parse(doc.text)
        assert again.dateline is not None
        assert again.dateline.text == doc.dateline.text
        assert [b.text for b in again.body] == [b.text for b in doc.body]

    def test_the_wire_line_alone_is_the_dateline(self) -> None:
        """Without a place under it, ``--News Direct--`` stays the dateline (wire_004)."""
        text = "# Headline of the release\n\n--News Direct--\n\nSince its launch, the event has grown.\n"
        doc = parse(text)
        assert doc.dateline is not None
        assert doc.dateline.agency == "News Direct"


class TestStandfirstSentence:
    """A one-sentence standfirst between the headline and the dateline (PRISM MediaWire)."""

    def test_sentence_above_the_dateline_is_the_subtitle(self) -> None:
        """xh_wire_prism_1: ends in a stop, one sentence, alone above the dateline."""
        text = (
            "# NxGen Brands Announces Launch of $CAND Token\n\n"
            "NxGen integrates blockchain rewards with real-world candy brands through its token launch.\n\n \n\n"
            " ENGLEWOOD, Colo., March 3, 2026 – PRISM MediaWire – NxGen Brands, Inc. today announced the launch.\n\n"
            " The token is designed as a value-driven digital asset." + _TRAILER
        )
        assert (
            "subtitle",
            "NxGen integrates blockchain rewards with real-world candy brands through its token launch.",
        ) in (_metas(text))

    def test_a_quotation_or_three_sentences_stay_in_the_story(self) -> None:
        """A pull quote, or a paragraph of three sentences, above the dateline is no standfirst."""
        for lead in (
            "“We are thrilled to launch the token today,” said the chief executive of the company.",
            "The token launches today. It is built on Solana. Holders earn rewards on candy purchases.",
        ):
            text = (
                f"# NxGen Brands Announces Launch of $CAND Token\n\n{lead}\n\n"
                " ENGLEWOOD, Colo., March 3, 2026 – NxGen Brands, Inc. today announced the launch.\n\n"
                " The token is designed as a value-driven digital asset." + _TRAILER
            )
            assert "subtitle" not in [k for k, _ in _metas(text)]


class TestAboutSections:
    """About sections the wires write in other ways."""

    def test_heading_glued_to_the_companys_full_name(self) -> None:
        """xh_wire_reportable_1: ``About PurinaNestlé Purina PetCare creates …``: the name comes back inside."""
        text = (
            "# Dogs Honoured by Hall of Fame\n\nTORONTO, Sept. 23, 2025 – Two dogs were inducted into the Hall of"
            " Fame.\n\nToday, Judy and Chris are rebuilding their lives.\n\n About PurinaNestlé Purina PetCare creates"
            " richer lives for pets and the people who love them." + _TRAILER
        )
        assert [k for k, t in _metas(text) if t.startswith("About Purina")] == ["about"]

    def test_glued_to_another_word_is_no_about(self) -> None:
        """``About PurinaBrand new dogs … Purina``: the name comes back, but past the company's name: story."""
        text = "TORONTO – The clock struck.\n\nAbout PurinaBrand new dogs were found by the owners of Purina today.\n"
        assert "about" not in [k for k, _ in _metas(text)]

    def test_bare_about_label_over_the_companys_paragraph(self) -> None:
        """xh_wire_blockchainwire_1: ``About:`` / ``SatoshiDEX, operating on …``: one about."""
        text = (
            "# SatoshiDEX Opens Pre-Sale\n\nSatoshiDEX.ai, a DeFi platform, has announced the start of its pre-sale."
            "\n\nWith this funding, the team is poised to grow.\n\nAbout:\n\nSatoshiDEX, operating on the Stacks"
            " Layer 2 chain, is a DeFi protocol." + _TRAILER
        )
        assert ("about", "About: SatoshiDEX, operating on the Stacks Layer 2 chain, is a DeFi protocol.") in _metas(
            text
        )

    def test_link_lines_after_please_visit_stay_in_the_about(self) -> None:
        """xh_wire_nmw_1: ``please visit:`` / ``www… or`` / ``https://…``: the section goes on over the links."""
        text = (
            "# Pharmagreen Announces Revenue Potential\n\nCARSON CITY, Nev. - (NewMediaWire) - October 10, 2024 -"
            " Pharmagreen Biotech, Inc. is thrilled.\n\nThe company is seeking distributors.\n\nAbout Pharmagreen"
            " Biotech, Inc.\n\nPharmagreen is advancing its project.\n\nFor company’s online store, please visit:\n\n"
            "www.maxgenomicproducts.com or\n\nhttps://www.amazon.com/MaxGenomicTM-Supplement/dp/B0C9C656KR" + _TRAILER
        )
        doc = parse(text)
        assert not any("amazon.com" in b.text or "maxgenomic" in b.text for b in doc.body)
        assert any(m.kind is MetaKind.ABOUT and "amazon.com" in m.text for m in doc.meta)

    def test_a_short_line_after_a_plain_sentence_ends_the_about(self) -> None:
        """A short line that is no address, under a sentence ending in a stop, is the story's again."""
        text = (
            "# Pharmagreen Announces Revenue Potential\n\nCARSON CITY, Nev. - Pharmagreen Biotech, Inc. is thrilled."
            "\n\nAbout Pharmagreen Biotech, Inc.\n\nPharmagreen is advancing its project.\n\nMedia Day 2025\n\n"
            "The media day takes place in May at the company's offices in Carson City.\n"
        )
        assert not any(m.kind is MetaKind.ABOUT and "Media Day" in m.text for m in parse(text).meta)


class TestContactBlocks:
    """Contact blocks that go on over labelled web addresses and an address under a blank line."""

    def test_labelled_web_addresses(self) -> None:
        """xh_wire_nmw_1: ``Online Store: www…`` and ``Corporate Website: www…`` under Tel and Email."""
        text = (
            "# Pharmagreen Announces Revenue Potential\n\nCARSON CITY, Nev. - (NewMediaWire) - Pharmagreen Biotech,"
            " Inc. is thrilled.\n\nThe company is seeking distributors.\n\nContact Information:\n\nTel: (702) 803 9404"
            "\n\nEmail: info@pharmagreen.ca\n\nOnline Store: www.maxgenomicproducts.com\n\nCorporate Website:"
            " www.pharmagreen.ca" + _TRAILER
        )
        doc = parse(text)
        assert not any("Website" in b.text or "Online Store" in b.text for b in doc.body)
        assert any(m.kind is MetaKind.CONTACT and "Corporate Website" in m.text for m in doc.meta)

    def test_address_with_zip_after_a_blank_space_line(self) -> None:
        """xh_wire_pressservices_1: the name, a line of one space, the address with its ZIP, the phone."""
        text = (
            "# Unlock Your Brain's Potential with Mushroom Max\n\n Canyon Lake, United States - March 10, 2025 /"
            " Me First Living /\n\n Mushroom Max is emerging as a leading dietary supplement.\n\nContact Information:"
            "\n\n Me First Living\n\n \n\n1885 FM 2673, Suite H31  Canyon Lake, Texas 78133United States\n\n Joy"
            " Wallace +1 (844) 344-6488 https://mefirstliving.com " + _TRAILER
        )
        doc = parse(text)
        assert not any("Joy Wallace" in b.text or "Canyon Lake, Texas" in b.text for b in doc.body)
        assert any(m.kind is MetaKind.CONTACT and "Joy Wallace" in m.text for m in doc.meta)

    def test_a_story_paragraph_with_a_zip_after_a_contact_stays(self) -> None:
        """A long sentence naming a ZIP code after the block is the story's: prose ends the block."""
        text = (
            "WASHINGTON - The office opened today.\n\nContact: Jane Roe\n\n555-123-4567\n\n"
            "The new office at 100 Main Street in Canyon Lake, Texas 78133 will serve residents of the whole"
            " county, officials said on Monday at the opening.\n"
        )
        assert any("new office" in b.text for b in parse(text).body)
