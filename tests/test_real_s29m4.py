"""Session 29 (m, round 4): unseen heading conventions, each real shape (words rewritten) beside a close negative.

A label ending in a colon over the links it names, each a ``Label: https://…`` field (a Senate page's
``On the web:``, a wire release's ``Official … Community Channels:``), and a reader's question in title case
over the bullets that answer it (``Why Visit VueReal at CES 2025?``, Reportable). Every case reads the same in
its rendering (SPEC 5).
"""

from __future__ import annotations

from tests.fuzz_parse import problems
from tests.test_real_s27s2 import _stable

_STORY = "The Senate passed the resolution on Thursday. It asks the President for a report within a year."


class TestLabelOverLinks:
    """A label over ``Label: web address`` fields: the golds read all three real ones as headings."""

    def test_sentence_case_label(self) -> None:
        """zb_senate_lugar_1: ``On the web:`` over ``Lugar's energy webpage: http://…`` lines."""
        text = (
            f"{_STORY}\n\nOn the web:\nThe senator's farm page: http://example.senate.gov/farm/\n"
            "The Farm Security Act of 2006: http://example.gov/query/s.2435\n"
        )
        assert ("heading", "On the web:") in _stable(text)
        assert problems(text, render=True) == []

    def test_title_case_label(self) -> None:
        """xh_wire_prism_1: ``Official … Community Channels:`` over ``X (formerly Twitter): https://…``."""
        text = f"{_STORY}\n\nOfficial Bakery Club Community Channels:\n\nX (formerly Twitter): https://x.com/bakery\n"
        assert ("heading", "Official Bakery Club Community Channels:") in _stable(text)
        assert problems(text, render=True) == []

    def test_lead_in_sentence_stays(self) -> None:
        """A sentence introducing the links (a clause's word, ``visit``) keeps its paragraph reading."""
        text = f"{_STORY}\n\nPlease visit these pages:\nThe senator's farm page: http://example.senate.gov/farm/\n"
        assert ("heading", "Please visit these pages:") not in _stable(text)

    def test_contact_label_stays(self) -> None:
        """A contact's label over its web field is a contact, no section: ``Media contact:`` / ``Web: …``."""
        text = f"{_STORY}\n\nMedia contact:\nWebsite: https://example.com\n"
        assert ("heading", "Media contact:") not in _stable(text)


class TestTitleQuestionOverBullets:
    """A title-case question over bullets names the list (Reportable, xx_wire_reportable_1)."""

    def test_question_heads_bullets(self) -> None:
        """``Why Visit VueReal at CES 2025?`` over ``●  Live Demonstrations: …`` items."""
        text = (
            "The company will show its displays in Las Vegas next month, its chief executive said.\n\n"
            "Why Visit Acme at the Expo 2026?\n\n●     Live Demonstrations: See the displays at work.\n\n"
            "●     Expert Talks: Discuss your product plans with the team.\n"
        )
        assert ("heading", "Why Visit Acme at the Expo 2026?") in _stable(text)
        assert problems(text, render=True) == []

    def test_sentence_case_question_stays(self) -> None:
        """The same question in sentence case is the story's: it keeps its paragraph reading."""
        text = (
            "The company will show its displays in Las Vegas next month, its chief executive said.\n\n"
            "Why would anyone visit the expo this year?\n\n●     Live Demonstrations: See the displays at work.\n\n"
            "●     Expert Talks: Discuss your product plans with the team.\n"
        )
        assert ("heading", "Why would anyone visit the expo this year?") not in _stable(text)


class TestBillingLine:
    """An event's ``Role by: Name`` line over the bio that opens on the name (xe_wire_noticias_1)."""

    _EVENT = "The skate contest opens in Venice Beach on June 14, and the public can attend at no cost."

    def test_role_over_the_bio(self) -> None:
        """``Presented by: Fabian Alomar`` / ``Fabian Alomar is a former pro skater …``."""
        text = (
            f"{self._EVENT}\n\nPresented by: Jane Roe\n\n"
            "Jane Roe is a former pro skater, now an actor and a producer from Echo Park.\n"
        )
        assert ("heading", "Presented by: Jane Roe") in _stable(text)
        assert problems(text, render=True) == []

    def test_bio_closing_on_a_handle(self) -> None:
        """``Live Music by: DJ LUIJAY`` / ``DJ LUIJAY of @Cali939LA will be on the decks … @djluijay``."""
        text = (
            f"{self._EVENT}\n\nLive Music by: DJ ROEJAY\n\n"
            "DJ ROEJAY of @Radio93 will be on the decks, bringing raw energy to the crowd. @djroejay\n"
        )
        assert ("heading", "Live Music by: DJ ROEJAY") in _stable(text)
        assert problems(text, render=True) == []

    def test_name_not_restated_stays(self) -> None:
        """The paragraph under it about something else: the line is a field, no section's name."""
        text = f"{self._EVENT}\n\nPresented by: Jane Roe\n\nThe contest has $40,000 in prize money for the skaters.\n"
        assert ("heading", "Presented by: Jane Roe") not in _stable(text)

    def test_contact_field_stays(self) -> None:
        """``Media Contact: Jane Roe`` over a line opening on her name is a contact, no section."""
        text = f"{self._EVENT}\n\nMedia Contact: Jane Roe\n\nJane Roe is reachable at the office on weekdays.\n"
        assert ("heading", "Media Contact: Jane Roe") not in _stable(text)


class TestContrastTitle:
    """A two-part title whose second part contrasts two terms (NewsUSA, uc_wire_newsusa_1)."""

    _ABOVE = "China has committed more than double the government funding to the field over seven years."
    _UNDER = "China's main advantage lies in networking, which uses quantum states to secure communications."

    def test_contrast_after_the_colon(self) -> None:
        """``Diverging Strengths: Networking vs Computing`` over the section's paragraph."""
        text = f"{self._ABOVE}\n\nShifting Strengths: Sensing vs Computing\n\n{self._UNDER}\n"
        assert ("heading", "Shifting Strengths: Sensing vs Computing") in _stable(text)
        assert problems(text, render=True) == []

    def test_short_name_field_stays(self) -> None:
        """A field's label over a name of three words, no contrast: ``Media Contact: Jane Van Roe`` stays."""
        text = f"{self._ABOVE}\n\nProgram Lead: Jane Van Roe\n\n{self._UNDER}\n"
        assert ("heading", "Program Lead: Jane Van Roe") not in _stable(text)


class TestRecipePartLabel:
    """A recipe's part named in one word over its ingredients, a measure first (xn_wire_noticias_1)."""

    _ABOVE = "Heat oven to 350 F and line a baking sheet with parchment paper before you start."

    def test_one_word_over_a_measure(self) -> None:
        """``Salmon:`` / ``3/4 cup walnuts, chopped … 4 salmon fillets (6 ounces each)``."""
        text = f"{self._ABOVE}\n\nTrout:\n\n3/4 cup pecans, chopped 2 teaspoons honey 4 trout fillets (6 ounces each)\n"
        assert ("heading", "Trout:") in _stable(text)
        assert problems(text, render=True) == []

    def test_one_word_over_a_time_stays(self) -> None:
        """A field's one-word label over a figure that is no measure (``Time:`` / ``10 a.m. …``) stays."""
        text = f"{self._ABOVE}\n\nTime:\n\n10 a.m. at the town hall on Main Street\n"
        assert ("heading", "Time:") not in _stable(text)


class TestInfinitiveTitleOverBullets:
    """A title-case line with a passive infinitive over bullets: what the list shows (xx_wire_reportable_1)."""

    _ABOVE = "The company will also unveil its first design kits, marking a first for the industry this year."

    def test_infinitive_title_heads_bullets(self) -> None:
        """``Key Innovations to be Highlighted at CES 2025`` over ``* Cost-Competitive …`` items."""
        text = (
            f"{self._ABOVE}\n\nMain Topics to be Covered at the Summit 2026\n\n"
            "* Transparent Displays: The company makes displays for consumer devices.\n"
            "* Solar Screens: The company turns ambient light into power.\n"
        )
        assert ("heading", "Main Topics to be Covered at the Summit 2026") in _stable(text)
        assert problems(text, render=True) == []

    def test_sentence_case_infinitive_stays(self) -> None:
        """The same words in sentence case are a lead-in of the story: no heading."""
        text = (
            f"{self._ABOVE}\n\nMain topics to be covered at the summit in 2026\n\n"
            "* Transparent Displays: The company makes displays for consumer devices.\n"
            "* Solar Screens: The company turns ambient light into power.\n"
        )
        assert ("heading", "Main topics to be covered at the summit in 2026") not in _stable(text)
