"""Round 8 (s20, ext8) noise rules: each real minimal case beside the text that must stay."""

from __future__ import annotations

from pressparse import NoiseKind, parse
from tests.test_noise_s19c import STORY, _body, _noise, _stable  # the round-5 file's readers


def _meta(text: str) -> list[tuple[str, str]]:
    return [(m.kind.value, " ".join(m.text.split())) for m in parse(text).meta]


def _kinds(text: str) -> dict[str, NoiseKind]:
    return {n.text: n.kind for n in parse(text).noise if n.kind is not NoiseKind.WHITESPACE}


# --- translation_link: the link to the release in another language (xs_da_sandiego_1) ----------------------------
SD = (
    "Beware of COVID-19 Economic Impact Payment Scams - DA NewsCenter\n\n{label}\n\n"
    "The Internal Revenue Service (IRS) will begin to distribute COVID-19 Economic Impact Payments in a matter of "
    "weeks, and the District Attorney warns of scams.\n\nAn aggressive and sophisticated phone scam targeting "
    "taxpayers has been making the rounds through the county.\n\n{label}\n"
)


def test_read_in_spanish_link_label_is_noise_above_and_under_the_story() -> None:
    text = SD.format(label="[LEER EN ESPAÑOL]")
    assert _noise(text) == ["[LEER EN ESPAÑOL]", "[LEER EN ESPAÑOL]"]
    assert _kinds(text)["[LEER EN ESPAÑOL]"] is NoiseKind.NAVIGATION
    assert not any("LEER" in t for _, t in _meta(text) + _body(text))
    _stable(text)


def test_other_translation_link_labels_are_noise() -> None:
    for label in ("[READ IN ENGLISH]", "Read in Spanish", "Ver en español", "Versión en español", "Spanish version"):
        assert _noise(SD.format(label=label)) == [label, label], label


def test_a_language_name_alone_or_in_a_sentence_stays() -> None:
    # A bare language name may name the version the text is in; a sentence that opens with the words is prose.
    once = SD.replace("{label}\n", "", 1)  # the label under the story only (twice, a line is a repeat)
    assert _noise(once.format(label="Español")) == []
    said = "Read in Spanish, the order tells the parents where the hearing will be held."
    assert _noise(once.format(label=said)) == []
    assert _noise(once.format(label="[Name of the company]")) == []


# --- site_url_trailer: the site's home address on the last line (xt_senate_bennett_1) -----------------------------
BENNETT = (
    "Bennett Hails Latest Jobs Numbers as Good News For The Growing Economy\n\nWASHINGTON, D.C. - Joint Economic "
    "Committee Vice Chairman Bob Bennett (R-Utah) said today the latest jobs numbers reflect that the economic "
    "expansion remains steady.{tail}"
)


def test_bare_site_url_on_the_last_line_is_noise() -> None:
    text = BENNETT.format(tail="  The unemployment rate is 4.8 percent.\n\nhttp://bennett.senate.gov/")
    assert _noise(text) == ["http://bennett.senate.gov/"]
    assert _kinds(text)["http://bennett.senate.gov/"] is NoiseKind.BOILERPLATE
    assert not any("bennett.senate.gov" in t for _, t in _body(text))
    _stable(text)


def test_a_url_the_sentence_points_to_or_with_a_path_or_not_last_stays() -> None:
    url = "http://bennett.senate.gov/"
    assert _noise(BENNETT.format(tail=f" The report is on our website.\n\n{url}")) == []
    assert _noise(BENNETT.format(tail=f" Read the report at:\n\n{url}")) == []
    assert _noise(BENNETT.format(tail=f"\n\n{url}report.pdf")) == []
    assert _noise(BENNETT.format(tail=f"\n\n{url}\n\nThe committee meets again in May.")) == []


# --- dateline_copy: the place and date line printed twice (xu_wire_reportable_1) ----------------------------------
REPORTABLE = (
    "# Stonegate Capital Partners Initiates Coverage on MarketWise (NASDAQGM: MKTW)\n\n{line}\n\n"
    "Dallas, Tx -- March 23, 2026 -- MarketWise (NASDAQGM: MKTW): Stonegate Capital Partners Initiates Coverage on "
    "MarketWise (NASDAQGM: MKTW). MarketWise exited FY25 with a stronger operating profile.\n"
)


def test_dateline_line_printed_again_before_the_story_is_a_copy() -> None:
    text = REPORTABLE.format(line="Dallas, Tx -- March 23, 2026")
    doc = parse(text)
    assert _kinds(text)["Dallas, Tx -- March 23, 2026"] is NoiseKind.REPEATED_LINE
    assert doc.dateline is not None
    assert doc.dateline.text == "Dallas, Tx -- March 23, 2026 --"
    assert doc.body[0].text.startswith("MarketWise (NASDAQGM: MKTW):")
    _stable(text)


def test_a_line_the_next_goes_on_from_without_a_dash_or_a_year_stays() -> None:
    bill = "Senate Bill 1899\n\nSenate Bill 1899, sponsored by Senator Harmon, was signed into law on Monday by the governor."
    assert _noise(f"{STORY}\n\n{bill}") == []
    # No year: a label the paragraph repeats is no dateline.
    text = (
        "Acme Corp\n\nAcme Corp - the tool maker from Dallas said on Monday that its sales rose by a tenth this year."
    )
    assert "Acme Corp" not in _noise(text)


# --- spaced_chrome: a stripped Senate page's header and footer (xt_senate_corker_1, xt_senate_smith_1) ---------------
PROSE = (
    "  Both in a luncheon address to Rotarians at the Germantown Country Club and in remarks to reporters afterward  "
    "former Chattanooga mayor Corker stressed the need for bipartisanship  It was good  he said"
)
CORKER = (
    "   In the News  Corker Says Constituents and  Common Sense  Come Before Political Loyalties"
    + " " * 60
    + "{office}"
    "Thursday  October 11  2007  In a visit to Shelby County Wednesday  Bob Corker made it clear that partisan issues "
    "are the least of his concerns" + PROSE * 3 + "{tail}"
)


def test_from_the_office_line_and_section_label_in_a_stripped_header_are_noise() -> None:
    text = CORKER.format(office="from the Office of Senator Bob Corker  ", tail="   ")
    assert _noise(text) == ["In the News", "from the Office of Senator Bob Corker"]
    assert ("title", "Corker Says Constituents and Common Sense Come Before Political Loyalties") in _meta(text)
    assert not any("Office of Senator" in t for _, t in _body(text))  # the date after it is the meta stage's
    _stable(text)


def test_the_office_words_in_the_story_and_other_labels_stay() -> None:
    said = "  a spokesman from the Office of Senator Bob Corker  said the visit went well" + " " * 3
    text = CORKER.format(office="", tail=said)
    assert _noise(text) == ["In the News"]
    # A label that is no section name stays with the headline.
    other = CORKER.replace("In the News", "In Memphis").format(office="", tail="   ")
    assert "In Memphis" not in _noise(other)


def test_copyright_notice_closing_a_stripped_page_is_noise() -> None:
    notice = "Copyright 1996  2006 Contemporary Media  Inc"
    text = CORKER.format(office="", tail=f"   {notice}" + " " * 21)
    assert notice in _noise(text)
    assert _kinds(text)[notice] is NoiseKind.COPYRIGHT_LINE
    assert not any("Copyright" in t for _, t in _body(text))
    _stable(text)


def test_copyright_words_in_the_story_stay() -> None:
    text = CORKER.format(office="", tail="   Copyright law was the next topic  he said" + " " * 5)
    assert not any("Copyright" in n for n in _noise(text))
    # One or two spaces before it: the notice is glued to the sentence, no segment of its own.
    text = CORKER.format(office="", tail="  Copyright 2006 Contemporary Media Inc" + " " * 5)
    assert not any("Copyright" in n for n in _noise(text))


def test_current_press_release_label_closing_a_stripped_page_is_noise() -> None:
    smith = (
        "Washington  D C    U S  Senator Gordon Smith announced today that the committee approved the funds  The "
        "program funds centers across the country  Oregon will receive a portion of these funds" + PROSE * 2
    )
    text = smith + " " * 185 + "current Press Release" + " " * 70
    assert "current Press Release" in _noise(text)
    assert not any("current Press Release" in t for _, t in _body(text))
    # With one or two spaces around them the words are the story's.
    said = smith + "  the current Press Release  he said   "
    assert "current Press Release" not in _noise(said)


# --- the permalink line of a stripped Senate page (xq_senate_crapo_1) ----------------------------------------------
CRAPO = (
    "Crapo Says Sugar Deal Falls Short" + " " * 40 + "WASHINGTON    Senator Mike Crapo said today the trade agreement "
    "would fail the sugar industry" + PROSE * 3 + "   To directly link to this news release  please use the following "
    "address   http   crapo senate gov media newsreleases release_full cfm id 236339   FOR INTERESTED MEDIA  A radio "
    "actuality is available by calling 1 800 545 1267" + " " * 20
)


def test_stripped_permalink_glued_to_the_next_notice_is_cut_off() -> None:
    link = "To directly link to this news release  please use the following address   http   crapo senate gov media "
    link += "newsreleases release_full cfm id 236339"
    assert link in _noise(CRAPO)
    assert not any("directly link" in t for _, t in _body(CRAPO))
    assert not any("FOR INTERESTED MEDIA" in n for n in _noise(CRAPO))
    _stable(CRAPO)


def test_permalink_words_in_a_sentence_stay() -> None:
    text = CRAPO.replace("To directly link", "He said to directly link")
    assert not any("directly link" in n for n in _noise(text))
