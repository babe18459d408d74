"""Noise, session 26: slideshow counters the rendering drops, a related-links list after a contact line.

Each test holds a pinned fuzz finding's shape (tests/test_fuzz_regressions.py) or an excerpt from a real page
(tests/unseen), with a close shape that must keep its reading beside it. The rendering must read as the raw text
(SPEC 5): ``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from pressparse import NoiseKind, parse


def _body(text: str) -> list[str]:
    return [block.text for block in parse(text).body]


def _noise(text: str) -> list[tuple[str, str]]:
    return [(n.kind.value, n.text) for n in parse(text).noise if n.kind is not NoiseKind.WHITESPACE]


def _stable(text: str) -> bool:
    doc = parse(text)
    again = parse(doc.text)
    return [(b.kind, b.text) for b in doc.body] == [(b.kind, b.text) for b in again.body]


# --- a slideshow counter between a line and its glued first print (F1125-10) ---------------------------------
# INTERPOL's template prints a photo's counter split over two lines ("1 /" / "3"); the rendering drops it, so a
# line printed again under it stands as near its first print there (glued after a sentence in the line above it,
# "…ng.(ELN…") as it does in the raw text without the counter.
_GLUED_FIRST_PRINT = "ng.(ELNfirearmsNoseizedpolicetraffickingOperationNo2019networkpoliceseizedpolice"
_COPY_OVER_COUNTER = f"{_GLUED_FIRST_PRINT}\nWK,N\u2013\n1/\n3\n{_GLUED_FIRST_PRINT[3:]}\nA f"


def test_copy_under_a_split_counter_is_a_repeated_line() -> None:
    """The counter is not counted between the copies: the second print is a repeat, as in the rendering."""
    assert ("repeated_line", _GLUED_FIRST_PRINT[3:]) in _noise(_COPY_OVER_COUNTER)
    assert _stable(_COPY_OVER_COUNTER)


def test_copy_under_two_text_lines_is_kept() -> None:
    """Two lines of text in the counter's place (a place, a date) keep the copies three lines apart: it stays."""
    text = _COPY_OVER_COUNTER.replace("1/\n3", "Cartagena, Colombia\nMarch 2019")
    assert _GLUED_FIRST_PRINT[3:] in _body(text)
    assert _stable(text)


# --- a related-links heading after a contact sentence (F1126-6) ---------------------------------------------
# A page of short lines whose only long line is the contact sentence meta takes ("For further information please
# contact …"): the rendering leaves the contact out, and there the page is one of short lines only.
_CONTACT_THEN_RELATED = (
    "Police met.\nWE:\nOfficers\nFor further information please contact the press office at press@example.org\n"
    "Related Posts\nPolice meet again"
)


def test_related_posts_after_a_contact_sentence_are_related_links() -> None:
    """The contact line does not make the page one with long lines: ``Related Posts`` and its list are noise."""
    assert [("related_links", "Related Posts"), ("related_links", "Police meet again")] == _noise(_CONTACT_THEN_RELATED)
    assert _stable(_CONTACT_THEN_RELATED)


def test_related_posts_after_a_long_story_line_need_a_story() -> None:
    """A long line of text that is no contact (and ends no sentence) still marks the page as one with long lines."""
    text = (
        "Police met.\nWE:\nOfficers\nFor the third year the officers of the region met at the academy in Lyon\n"
        "Related Posts\nPolice meet again"
    )
    assert "Related Posts" in _body(text)
    assert _stable(text)


# --- a slideshow counter glued after a word (F1128-3) --------------------------------------------------------
# A gallery prints its counter under the photo's caption; a scrape that drops the line break glues it to the
# caption's last word: "Officers at the border crossingImage 2 of 5".


def test_counter_glued_after_a_caption_is_cut_off() -> None:
    """``…crossingImage 2 of 5``: the counter is slideshow noise, the caption stays."""
    text = "Police met.\nOfficers at the border crossingImage 2 of 5\nThe operation ended."
    assert ("slideshow_counter", "Image 2 of 5") in _noise(text)
    assert "Officers at the border crossing" in " ".join(_body(text))
    assert _stable(text)


def test_counter_after_a_space_or_out_of_range_stays() -> None:
    """A counter after a space is a sentence's words; ``Image 6 of 5`` counts nothing: both stay."""
    for text in (
        "Police met.\nThe report shows it in Image 2 of 5\nThe operation ended.",
        "Police met.\nOfficers at the border crossingImage 6 of 5\nThe operation ended.",
    ):
        assert not [kind for kind, _ in _noise(text) if kind == "slideshow_counter"]
        assert _stable(text)


# --- a site's home address under a closing sentence with its end mark glued (tb_senate_bennett_1) -------------
# Bennett's pages end with the site's home address on the last line; under a story whose last sentence carries the
# end mark glued after it ("… in September.# # #"), the rendering shows the sentence without the mark (meta's).
_BENNETT = (
    "WASHINGTON, D.C.  Senator Bob Bennett issued the following statement on the report on Iraq today.\n"
    "I look forward to the final report that will include a full analysis when it is released in September.# # #\n\n"
    "http://bennett.senate.gov/"
)


def test_home_address_under_a_glued_end_mark_is_a_site_trailer() -> None:
    """The address is the scraper's trailer, as under a closing sentence without the mark (xt_senate_bennett_1)."""
    assert ("boilerplate", "http://bennett.senate.gov/") in _noise(_BENNETT)
    assert _stable(_BENNETT)


def test_home_address_under_a_pointing_sentence_with_an_end_mark_stays() -> None:
    """``… visit our web site.# # #`` points at the address: it is the sentence's object and stays."""
    text = _BENNETT.replace("is released in September.", "is released. For more, visit our web site.")
    assert "http://bennett.senate.gov/" in _body(text)
    assert _stable(text)


# --- the sender filter of Lincoln's one-line Senate pages (ub_senate_lincoln_1, xo_senate_lincoln_1) ----------
# The page is scraped into one line, its parts set apart by wide space runs; between the headline and its copy the
# template prints the sender filter "Both" (the two senators' joint releases).
_GAP = " " * 40
_HEADLINE = "Senate Passes Critical Disaster Relief for Farmers"
_STORY = (
    "Washington     U S  Senators Blanche Lincoln and Mark Pryor announced that long awaited emergency disaster "
    "assistance to help farmers recover from higher input costs passed the Senate today  The assistance is part of "
    "the emergency supplemental bill"
)
_LINCOLN = f"{_GAP}{_HEADLINE}{_GAP}Both{_GAP}{_HEADLINE}{_GAP}FOR IMMEDIATE RELEASE{_GAP}{_STORY}"


def test_sender_filter_in_a_one_line_senate_header_is_chrome() -> None:
    """``Both`` set apart between the headline and its copy is the template's filter: navigation."""
    assert ("navigation", "Both") in _noise(_LINCOLN)
    assert _stable(_LINCOLN)


def test_both_set_apart_in_the_story_stays() -> None:
    """After the story's first long segment, ``Both`` set apart by a space run is the author's word."""
    text = f"{_GAP}{_HEADLINE}{_GAP}FOR IMMEDIATE RELEASE{_GAP}{_STORY}{_GAP}Both{_GAP}{_STORY}"
    assert "Both" not in [t for _, t in _noise(text)]
    assert "Both" in " ".join(_body(text)).split()


# --- the issuer's link after a space, under Media OutReach's hashtag line (xx_wire_mediaoutreach_1) -----------
_OUTREACH_STORY = "HANOI, VIETNAM - 22 July 2026 - Vinhomes opened a new urban area in the north of the city today."
_NOTICE = "The issuer is solely responsible for the content of this announcement."


def test_issuer_link_after_a_space_goes_with_the_hashtag_line() -> None:
    """``Hashtag: #Vinhomes [https://vinhomes.vn/en](…)``: the link is the template's, as when glued to the tag."""
    link = "[https://vinhomes.vn/en](https://vinhomes.vn/en)"
    text = f"{_OUTREACH_STORY}\n\nHashtag: #Vinhomes {link}{_NOTICE}"
    assert ("boilerplate", f"Hashtag: #Vinhomes {link}") in _noise(text)
    assert _stable(text)


def test_hashtag_bullet_with_a_link_stays() -> None:
    """A bullet of the release's own list (``* Hashtags: #WinThisRV [link]``) stays the author's, link and all."""
    text = f"{_OUTREACH_STORY}\n\nFollow our journey:\n* Hashtags: #WinThisRV [https://x.org](https://x.org)\n"
    assert not [t for _, t in _noise(text) if "Hashtags" in t]
    assert _stable(text)


# --- a news listing's entries over their "Read more..." buttons (da_maricopa_newsroom) ------------------------
_ENTRY_1 = (
    "Mother Indicted for Daughter's Death in Rollover Crash\n"
    "Maricopa County Attorney Rachel Mitchell announced today that Brenda Rivera Estrada has been indicted for a "
    "rollover crash that killed her 9-year-old daughter.\nRead more...\n"
)
_ENTRY_2 = (
    "Home Depot Thief Indicted for Organized Retail Crime\n"
    "Maricopa County Attorney Rachel Mitchell announced today the indictment of Chad Planck for stealing more than "
    "$9,000 worth of merchandise from Home Depot.\nRead more...\n"
)


def test_listing_entries_over_read_more_buttons_are_related_links() -> None:
    """Two entries in a row, each a headline and a teaser over ``Read more...``: the listing is furniture."""
    text = f"Newsroom\n{_ENTRY_1}{_ENTRY_2}View All\n"
    assert [] == _body(text)
    assert 4 == [kind for kind, _ in _noise(text)].count("related_links")
    assert _stable(text)


def test_story_over_a_single_read_more_stays() -> None:
    """One paragraph over one ``Read more`` (a truncated release, xs_da_harris_1) is the story: it stays."""
    text = (
        "HOUSTON - District Attorney Kim Ogg announced charges today.\n\n"
        "“There comes a time when everyone must be held accountable,” Ogg said. “That time is now.”\n\nRead more\n"
    )
    assert 2 == len(_body(text))
    assert _stable(text)
