"""Round 12 paragraph-break and list cases (s22, ext12): where a line or a run of spaces ends a paragraph.

Each case is an excerpt of a real release of the round (named in the test) and keeps beside it, as a
negative, a close shape that must keep its reading.
"""

from __future__ import annotations

from tests.test_lists_s21 import _body

# va_da_cook_1: the lede pasted whole on one line, then the story hard-wrapped at ~80 columns and broken
# around every link.
COOK = (
    "Choice Protection Unit\n"
    "(CPU), a multi-disciplinary team at the Cook County State’s Attorney’s Office (CCSAO) that is devoted to safeguarding reproductive rights, during a national webinar hosted by the Association of Prosecuting Attorneys. The webinar provided an opportunity for other prosecutor’s offices to learn about the unique role of the CPU and to engage with its leaders. Established as the first standalone unit of its kind in any prosecutor's office nationwide, the CPU is responsible for handling cases that involve threats to abortion access in Cook County.\n"
    "The webinar\n"
    "was attended\n"
    "by more than a dozen representatives from prosecutors' offices across the\n"
    "country. State’s Attorney Burke outlined her vision for the CPU, discussing how\n"
    "the unit’s highly trained team will activate to respond to both criminal and\n"
    "civil acts that seek to impede abortion access in Cook County, target medical\n"
    "providers, and/or threaten or harm patients seeking care. With more women\n"
    "traveling to Illinois to seek services following the demise of\n"
    "Roe v. Wade\n"
    ",\n"
    "Burke has maintained\n"
    "that the CPU\n"
    "is an urgent and innovative response to protect reproductive health care in\n"
    "Cook County.\n"
    "“We will not stand idly by when women\n"
    "who need reproductive health care are targeted for choosing to exercise what is\n"
    "a protected right in Cook County,”\n"
    "State’s Attorney Burke said.\n"
    "“We must\n"
    "be ready to respond with the full range of legal tools at our disposal to\n"
    "ensure that Cook County remains a safe haven for women in need.”\n"
    "“As prosecutors, we have a\n"
    "responsibility to uphold the rule of law and protect fundamental rights. Cook\n"
    "County State's Attorney Eileen O’Neill Burke is leading by example when she\n"
    "created the Choice Protection Unit which represents an innovative and necessary\n"
    "approach to ensuring that individuals seeking reproductive health care are not\n"
    "subjected to intimidation or harm,” said\n"
    "David LaBahn\n"
    ",\n"
    "president of\n"
    "the Association of Prosecuting Attorneys.\n"
    "“APA is proud to support these\n"
    "efforts that safeguard access to care and reinforce the principle that justice\n"
    "always includes protecting personal freedoms.”\n"
    "The Association of Prosecuting Attorneys\n"
    "is a national leader in training and technical assistance for prosecutors that\n"
    "provides guidance, solutions, and strategies to justice-aligned professionals.\n"
    "APA members include prosecutors’ offices, elected, appointed, and line\n"
    "prosecutors, justice system professionals, and community partners\n"
    "Burke launched the CPU in April under\n"
    "the leadership of Assistant State’s Attorney\n"
    "Toni Giancola\n"
    ", the\n"
    "supervisor of the Choice Protection Unit and a veteran trial attorney at the\n"
    "Bridgeview Courthouse. The CPU consists of about 30 prosecutors, victim/witness\n"
    "specialists, investigators, and other staff from every division of the CCSAO\n"
    "who have volunteered to take on the extra assignment. Assistant State’s\n"
    "Attorney\n"
    "Victor Yanz\n"
    ", a supervisor for the CCSAO’s Public Corruption\n"
    "Unit who works with the CPU through the office’s Legislative Advisory\n"
    "Committee, also spoke during the webinar.\n"
)


def test_cook_wraps_at_a_line_initial_capital() -> None:
    texts = [text for _, text in _body(COOK)]
    assert any("fundamental rights. Cook County State's Attorney" in t for t in texts)
    assert any("Public Corruption Unit who works" in t and "Advisory Committee, also" in t for t in texts)
    assert not any(t.startswith(("County State", "Unit who", "Committee,")) for t in texts)


def test_cook_without_its_unwrapped_lede_keeps_short_lines_apart() -> None:
    # negative: short lines with no wrapped stretch under a long paragraph stay one a line (da_021's names)
    text = "A" + " long sentence" * 20 + ".\nThe defendants include:\nLuis Roe, 26, of National City\n"
    text += "Michael Doe, 32, of San Diego\nFrancisco Poe, 33, of Chula Vista\n"
    assert len(_body(text)) >= 4


# vb_senate_thomas_1: the Grimmer CQ newline layout; three spaces open a paragraph, two continue it.
THOMAS = (
    "SEN. THOMAS' PUBLIC SCHEDULE FOR NEXT FIVE DAYS\n"
    "  The following is Sen. Thomas' public schedule for the next five days. He will visit Alpine, Star Valley, Afton, and Casper.  \n"
    "   Monday, April 17 \n"
    "  Alpine \n"
    "   7 a.m. \n"
    "  Kringle's \n"
    "  161 Highway 89 \n"
    '  "No-Host" Issues Breakfast \n'
    "   Senator Thomas will have an informal meeting with folks from Alpine and the surrounding area. \n"
    "   Star Valley Ranch \n"
    "  9:30 - 10:30 a.m. \n"
    "  781 Vista East Drive \n"
    "  Meeting with new town government \n"
    "  1700 West Lincolnway \n"
)


def test_cq_schedule_lines_under_three_space_opener() -> None:
    texts = [text for _, text in _body(THOMAS)]
    assert "Monday, April 17 Alpine" in texts
    assert '7 a.m. Kringle\'s 161 Highway 89 "No-Host" Issues Breakfast' in texts


def test_cq_two_space_sentence_stays_its_own_paragraph() -> None:
    # negative: a two-space line that ends a sentence is a paragraph (xq_senate_hutchison_1's signature)
    text = "TITLE\n  Lede of the release here.\n   Kay Bailey Hutchison\n  John Cornyn.\n   Closing words here.\n"
    assert ("paragraph", "John Cornyn.") in _body(text)


# vc_wire_247_1: 24-7PressRelease's one-line page, paragraphs parted by two spaces, a list as ":  - ".
WIRE = 'The BNPL industry is set to evolve significantly in the coming years, with notable trends including:  - Industry-Specific Solutions: Customizing BNPL offerings for particular sectors will become increasingly essential. - Increased Competition: Non-banking entities are expected to expand their presence in the BNPL space. - Enhanced Regulation: Stricter regulatory frameworks will require greater flexibility from providers.  "Strategic adaptability is crucial as the industry evolves," adds Vladimir Drogan. "Our platform\'s fl'


def test_247_stop_dash_list() -> None:
    body = _body(WIRE)
    assert [k for k, _ in body].count("list_item") == 3
    assert body[0] == ("paragraph", body[0][1])
    assert body[0][1].endswith("trends including:")
    assert body[1][1].startswith("Industry-Specific Solutions:")


def test_one_stop_dash_is_no_list() -> None:
    # negative: one ". - " after the colon's dash may be a clause's; no list
    text = "Dateline text opens here with a sentence.  It covers trends including:  - Solutions: Custom offers "
    text += "for sectors. - Competition: Others expand.  The next paragraph opens here and goes on."
    assert "list_item" not in [k for k, _ in _body(text)]


# vc_wire_nmw_1: the American Heart Association's superscript references glued after the stop.
NMW = (
    "Forty-seven million Americans face food insecurity, which significantly impacts diet quality and health outcomes.1,2 Meanwhile, treating diet-related cardiometabolic diseases costs the U.S. approximately $50.4 billion annually.3,4\n"
    "\n"
    " "
)


def test_footnote_numbers_after_a_stop() -> None:
    body = _body(NMW)
    assert len(body) == 1
    assert "health outcomes.1,2 Meanwhile" in body[0][1]
    assert body[0][1].endswith("annually.3,4")


def test_glued_sentence_after_a_year_still_breaks() -> None:
    # negative: a figure that is no reference opens no footnote ("2023.2024 was" stays its own rule's)
    assert _body("Sales rose in the last quarter.Every store was open.")[1:] != []
