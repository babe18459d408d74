"""Noise, session 27 (helper n): furniture the first parse reads as the rendering does (SPEC 5).

Each test holds a pinned fuzz finding's shape (tests/test_fuzz_regressions.py) or an excerpt shaped like a real
page (tests/unseen), with a close shape that must keep its reading beside it. The rendering must read as the raw
text: ``parse(doc.text)`` gives the same body.
"""

from __future__ import annotations

from pressparse import parse
from tests.test_real_s26n import _noise, _stable


def _body(text: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in parse(text).body]


# --- a headline printed again far under a first print a cut made a block (F1126-16, F1126-39) ----------------
# INTERPOL's pages print the headline over the place, the region and the topics, then again over the story; a
# scraper that drops the line break glues the headline to the sentence above it ("… in Lyon.Operation …"). The
# paragraph stage cuts it off there, and the rendering shows it as a block of its own before the story, where a
# re-parse takes its second print as a repeated headline, however far under it.
_GLUED_HEADLINE = (
    "Officers met in Lyon.Operation Trigger Seizes Illegal Firearms\nLyon\nFrance\nRegion\n"
    "Operation Trigger Seizes Illegal Firearms\nThe end."
)


def test_headline_copy_under_a_glued_first_print_is_a_repeat() -> None:
    """The second print, four blocks under the first, is a repeated line, as the rendering reads it."""
    assert ("repeated_line", "Operation Trigger Seizes Illegal Firearms") in _noise(_GLUED_HEADLINE)
    assert _stable(_GLUED_HEADLINE)


def test_headline_copy_glued_to_the_next_sentence_is_a_repeat() -> None:
    """The copy cut off the sentence glued after it ("….Officers met again") is a repeat too."""
    text = _GLUED_HEADLINE.replace("Firearms\nThe end.", "Firearms.Officers met again\nThe end.")
    assert ("repeated_line", "Operation Trigger Seizes Illegal Firearms.") in _noise(text)
    assert _stable(text)


def test_advisory_value_glued_to_its_label_repeating_the_headline_is_a_repeat() -> None:
    """A field label glued to a copy of the headline ("Briefing:Director …"): the copy goes, the label stays."""
    text = (
        "Media advisory.Director Stephanie Daniels Briefs Reporters\nDate\nMay 3\nWHAT:\n"
        "Briefing:Director Stephanie Daniels Briefs Reporters\nFor further information contact the press office."
    )
    assert ("paragraph", "Briefing:") in _body(text)
    assert ("repeated_line", "Director Stephanie Daniels Briefs Reporters") in _noise(text)
    assert _stable(text)


def test_copy_of_a_story_line_far_under_it_stays() -> None:
    """A line first printed after the story's first long line is no headline: its copy four blocks under stays."""
    text = (
        "LYON, France – Officers from 12 countries met in Lyon today to plan the operation.Bridge work starts in "
        "the spring season\nLyon\nFrance\nRegion\nBridge work starts in the spring season\nThe end."
    )
    assert 2 == _body(text).count(("paragraph", "Bridge work starts in the spring season"))
    assert _stable(text)


# --- a markdown rule over a link line that is no archive trailer (F1129-2, F1129-3) --------------------------
# Markdown exports (Newsramp's archive, pandoc) set a "---" rule over the links under a release. Markdown writers
# wrap long lines, a link's label among them ("[Read the full" / "report](url)"): the paragraph stage joins them,
# and the rendering shows the link on one line, under the rule, where a re-parse reads the archive's trailer. Over
# a link a sentence goes on after, the rendering shows the link as its label, under which the rule is alone.
_STORY = "LYON, France – Police met today.\n\nThey agreed on a plan.\n\n"


def test_rule_over_a_wrapped_link_is_the_archive_trailer() -> None:
    """The rule over ``[Read the full`` / ``report](url)`` and the link's two lines are the archive trailer."""
    text = f"{_STORY}---\n[Read the full\nreport](https://example.org/r)\n"
    assert [
        ("archive_trailer", "---"),
        ("archive_trailer", "[Read the full"),
        ("archive_trailer", "report](https://example.org/r)"),
    ] == _noise(text)
    assert _stable(text)


def test_rule_over_a_link_a_sentence_goes_on_after_is_noise() -> None:
    """The rule over ``[label](url) on our site.`` is noise; the line reads as a sentence, wrapped or not."""
    for link in ("[Read the full report](https://example.org/r)", "[Read the full\nreport](https://example.org/r)"):
        text = f"{_STORY}---\n{link} on our site.\n"
        assert ("boilerplate", "---") in _noise(text)
        assert ("paragraph", "Read the full report on our site.") == _body(text)[-1]
        assert _stable(text)


def test_rule_over_link_lines_only_is_the_archive_trailer() -> None:
    """Over link lines only, the rule and its links stay the archive trailer's."""
    text = f"{_STORY}---\n[Original/Source Press Release](https://example.org/r)\n"
    assert ("archive_trailer", "---") in _noise(text)
    assert ("archive_trailer", "[Original/Source Press Release](https://example.org/r)") in _noise(text)
    assert _stable(text)


def test_rule_over_a_link_with_a_broken_url_stays() -> None:
    """A "link" whose parentheses hold a line break is text, raw and rendered: the rule stays with it (F1123-1)."""
    text = f"{_STORY}---\n[](\u2028)"
    assert [] == _noise(text)
    assert _stable(text)


# --- the Senate archive box's floor link under a stripped page (tb_senate_bunning_1) -------------------------
# The 2006 Senate pages, stripped to one line, close with the archive box under the story: its month label
# ("January 2006 News Releases") and its short link labels, set apart by wide runs ("Browse by" / "Current record",
# Shelby's "Year" / "County"); Bunning's box links the senator's floor statements, "Floor of the United States
# Senate" (33 characters). Every segment to the page's end is a short label ending no sentence.
_BUNNING = (
    "Bunning Urges HELP Committee To Hold Hearings On Mine Safety" + " " * 20 + "Tuesday  January 10  2006" + " " * 20
    + "U S  Senator Jim Bunning today called on the Senate Health  Education  Labor and Pensions HELP Committee to "
    "conduct a series of hearings on coal mine safety   As we begin the 21st century we must minimize those risks and "
    "improve our mining technology so tragedies like what happen at Sago Mine do not happen again"
    + " " * 50 + "January 2006 News Releases" + " " * 40 + "{tail}" + " " * 30
)  # fmt: skip


def test_floor_link_in_the_senate_archive_box_is_noise() -> None:
    """``Floor of the United States Senate`` after the month label, to the page's end, is the box's link."""
    text = _BUNNING.format(tail="Floor of the United States Senate")
    noise = _noise(text)
    assert ("navigation", "January 2006 News Releases") in noise
    assert ("navigation", "Floor of the United States Senate") in noise
    assert _stable(text)


def test_story_words_after_the_archive_label_stay() -> None:
    """A longer segment after the label (the story going on) keeps its words, and the label stays alone noise."""
    text = _BUNNING.format(tail="The senator will tour the mine with the miners and their families")
    assert "The senator will tour the mine with the miners and their families" in _body(text)[-1][1]
    assert _stable(text)


# --- the site's name under the page title of a stripped Senate page (zb_senate_obama_1) ----------------------
# Obama's pages, stripped to one line, open with the page title (the headline, 95 characters), then the site's name
# "U S  Senator Barack Obama" and "Barack Obama", set apart by wide runs, then the headline again over the story. The
# title is no story segment: the site's name under it is chrome, as under a short one.
_OBAMA_STORY = (
    "Thursday  July 12  2007  FOR IMMEDIATE RELEASE     WASHINGTON  D C  U S  Senator Barack Obama  D IL  today "
    "announced that the Senate Appropriations Committee approved his funding requests for strengthening Illinois "
    "transportation infrastructure and expanding community center services"
)
_OBAMA = (
    "   {title}   U S  Senator Barack Obama       Barack Obama               " + _OBAMA_STORY + "   The funds go to "
    "Chicago and its suburbs this year"
)
_OBAMA_TITLE = "Obama Secures Funding to Fix Roads  Reduce Congestion  and Support Youth Development Programs"


def test_site_name_under_a_long_page_title_is_chrome() -> None:
    """``U S  Senator Barack Obama`` and ``Barack Obama`` under a 95-character title are the site's name."""
    text = _OBAMA.format(title=_OBAMA_TITLE)
    noise = [t for _, t in _noise(text)]
    assert "U S  Senator Barack Obama" in noise
    assert "Barack Obama" in noise
    assert _stable(text)


def test_bare_site_over_the_subjects_party_tag_stays() -> None:
    """``U S  Senator`` over ``R Colorado  has introduced …`` is the story's subject, its name lost: it stays."""
    text = (
        " " * 200 + "SENATOR ALLARD INTRODUCES BILL TO ENHANCE MANAGEMENT OF BACA NATIONAL WILDLIFE REFUGE"
        + " " * 14 + "April 11th  2006   WASHINGTON  D C     U S  Senator   R Colorado  has introduced legislation that "
        "would give the U S  Fish and Wildlife Service direction on how to improve management of the Baca National "
        "Wildlife Refuge     This legislation will provide the U S  Fish and Wildlife Service with some management "
        "tools that will allow the agency to run the Baca Wildlife Refuge in a way that achieves the most beneficial "
        "use of this wonderful natural resource     Senator Allard said"
    )  # fmt: skip
    assert "U S  Senator" not in [t for _, t in _noise(text)]
    assert _stable(text)


# --- the file box over the archive box of a stripped Senate page (tb_senate_barrasso_1) ----------------------
# Barrasso's pages list the release's attachments under the story, over the archive box: "Related Files" /
# "WyomingRangeBillMap pdf" / "591 9 KBs" / "October 2007 Press Releases", set apart by wide runs. Split into
# lines, the rendering reads "Related Files" and its entry as a related-links box.
_BARRASSO = (
    "Barrasso Bill Protects Wyoming Range" + " " * 20 + "October 25  2007" + " " * 20 + "WASHINGTON  U S  "
    "Senator John Barrasso introduced today The Wyoming Range Legacy Act of 2007  which will protect more than 1 2 "
    "million acres of the Wyoming Range by prohibiting future oil and gas leasing   So yes  God Bless   Wyoming and "
    "Keep It Wild  he said" + " " * 20 + "Related Files" + " " * 14 + "{item}" + " " * 50
    + "October 2007 Press Releases" + " " * 40
)  # fmt: skip


def test_file_box_over_the_archive_box_is_noise() -> None:
    """The box's label, its file's name and size and the month label are noise, as the rendering reads them."""
    text = _BARRASSO.format(item="WyomingRangeBillMap pdf   591 9 KBs")
    noise = [t for _, t in _noise(text)]
    assert ["Related Files", "WyomingRangeBillMap pdf", "591 9 KBs", "October 2007 Press Releases"] == noise[-4:]
    assert _stable(text)


def test_story_after_a_related_files_label_keeps_it() -> None:
    """The story going on after the label (a long segment) keeps the label in the body."""
    story = (
        "The senator thanked the sportsmen  the outfitters and the ranchers who worked on the bill for years  and he "
        "said that the state delegation will ask the committee to hold a hearing on the bill in the spring  so that "
        "the people of Wyoming can tell the Senate in their own words why the range matters to them  to their "
        "families and to the towns along the range that depend on hunting  fishing and tourism for their jobs"
    )
    text = _BARRASSO.format(item=story)
    assert "Related Files" not in [t for _, t in _noise(text)]
    assert "he said Related Files The senator" in " ".join(t for _, t in _body(text))
    assert _stable(text)
