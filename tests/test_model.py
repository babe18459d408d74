"""The attrs model of SPEC.md: frozen values, span validation, properties, the JSON layer."""

from __future__ import annotations

import datetime
import json

import attrs
import pytest

import pressparse
from pressparse import (
    Caption,
    Contact,
    Dateline,
    Heading,
    ListItem,
    Meta,
    MetaKind,
    Noise,
    NoiseKind,
    Paragraph,
    PressRelease,
    Quote,
    Sentence,
    Span,
    parse,
)
from pressparse._render import render_slice


@pytest.fixture(name="doc")
def _doc() -> PressRelease:
    source = "LYON, France – Police met.\n\n- One thing\n\nKey findings\n\nThey agreed."
    return PressRelease(
        source=source,
        dateline=Dateline(
            "LYON, France –", "LYON", None, "France", datetime.date(2019, 3, 12), "12 March 2019", None, Span(0, 14)
        ),
        body=(
            Paragraph(
                "Police met.",
                Span(15, 26),
                (Sentence("Police met.", Span(15, 26)),),
                (Quote("met", "Stock", Span(22, 25)),),
            ),
            ListItem("One thing", "-", Span(28, 39)),
            Heading("Key findings", Span(41, 53)),
            Paragraph("They agreed.", Span(55, 67)),
        ),
        captions=(Caption("A photo.", Span(0, 0)),),
        noise=(Noise(NoiseKind.WHITESPACE, "\n\n", Span(26, 28)),),
        meta=(
            Meta(MetaKind.TITLE, "Title", Span(0, 0)),
            Meta(MetaKind.DATE, "12 March 2019", Span(0, 0), datetime.date(2019, 3, 12)),
        ),
        contacts=(Contact("Jane Roe", Span(0, 0), "Jane Roe", "INTERPOL", "press@interpol.int", "+33 4 72 44 70 00"),),
        repairs=("decode_utf8",),
    )


class TestSpan:
    def test_slice(self) -> None:
        """A span slices its source, end exclusive."""
        assert "Hello" == Span(0, 5).slice("Hello world")

    def test_rejects_backwards_span(self) -> None:
        """A span that ends before it starts is refused with both values in the message."""
        with pytest.raises(ValueError, match=r"Span\(5, 2\)"):
            Span(5, 2)

    def test_rejects_negative_start(self) -> None:
        """A negative start is refused."""
        with pytest.raises(ValueError, match="0 <= start"):
            Span(-1, 2)


class TestModel:
    def test_values_are_frozen(self, doc: PressRelease) -> None:
        """Model values cannot be changed in place."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            doc.source = "x"  # type: ignore[misc]

    def test_kinds_describe_themselves(self, doc: PressRelease) -> None:
        """Every block and the dateline carry their kind."""
        assert ["paragraph", "list_item", "heading", "paragraph"] == [b.kind for b in doc.body]
        assert "dateline" == doc.dateline.kind  # type: ignore[union-attr]
        assert "caption" == doc.captions[0].kind

    def test_properties(self, doc: PressRelease) -> None:
        """title, published, paragraphs and quotes are read off the fields."""
        assert "Title" == doc.title
        assert datetime.date(2019, 3, 12) == doc.published
        assert 2 == len(doc.paragraphs)
        assert ("met",) == tuple(q.text for q in doc.quotes)

    def test_published_falls_back_to_date_meta(self, doc: PressRelease) -> None:
        """Without a dated dateline, the first date meta gives the release date."""
        undated = attrs.evolve(doc, dateline=None)
        assert datetime.date(2019, 3, 12) == undated.published

    def test_text_rendering(self, doc: PressRelease) -> None:
        """text is the dateline and body blocks, a blank line between, markers back on list items."""
        assert "LYON, France – Police met.\n\n- One thing\n\nKey findings\n\nThey agreed." == doc.text

    @pytest.mark.parametrize(
        ("source", "rendered"),
        [
            pytest.param(
                "Combat Call Fraud\n\nNORTH LITTLE ROCK, Ark., Jan. 08, 2026\n\nFirst Orion, a provider of branded "
                "calling, said today it had signed a deal with a German carrier to fight call fraud there.",
                "NORTH LITTLE ROCK, Ark., Jan. 08, 2026\n\nFirst Orion, a provider of branded calling, said today it "
                "had signed a deal with a German carrier to fight call fraud there.",
                id="own-line-keeps-its-line-wire_025",
            ),
            pytest.param(
                "WASHINTON  The owner and operator of five home health agencies was sentenced today to prison.",
                "WASHINTON  The owner and operator of five home health agencies was sentenced today to prison.",
                id="lost-dash-keeps-its-gap-doj_004",
            ),
            pytest.param(
                "SAN FRANCISCOAfederal grand jury indicted Jose Inez Garcia-Zarate today for being a felon in possession.",
                "SAN FRANCISCO  Afederal grand jury indicted Jose Inez Garcia-Zarate today for being a felon in possession.",
                id="glued-capital-gets-a-gap-doj_003",
            ),
            pytest.param(
                "Key facts:\n\n- Officers met.\n\nDALLAS — Among people who had aneurysms, the risk was highest.",
                "Key facts:\n\n- Officers met.\n\nDALLAS — Among people who had aneurysms, the risk was highest.",
                id="dateline-stays-before-its-block-wire_018",
            ),
        ],
    )
    def test_rendering_keeps_the_dateline(self, source: str, rendered: str) -> None:
        """The dateline heads the block it heads in the source, set apart so that it parses again (SPEC 5)."""
        doc = parse(source)
        assert rendered == doc.text
        again = parse(doc.text)
        assert again.dateline is not None
        assert doc.dateline is not None
        assert doc.dateline.text == again.dateline.text

    def test_text_puts_the_dateline_before_its_story(self) -> None:
        """A block the dateline was cut out after (a damaged header run) renders before the dateline."""
        source = "Associated Press WriterHONOLULU (AP) _ Hawaii's governor said Monday."
        dateline = Dateline("HONOLULU (AP) _", "HONOLULU", None, None, None, None, "AP", Span(23, 38))
        body = (
            Paragraph("Associated Press Writer", Span(0, 23)),
            Paragraph("Hawaii's governor said Monday.", Span(39, 69)),
        )
        doc = PressRelease(source=source, dateline=dateline, body=body)
        assert "Associated Press Writer\n\nHONOLULU (AP) _ Hawaii's governor said Monday." == doc.text

    @pytest.mark.parametrize(
        ("source", "expected"),
        [
            pytest.param("MIAMI, Fla., March 3\nPolice met.", "MIAMI, Fla., March 3\n\nPolice met.", id="line-end"),
            pytest.param("Miami, Florida,\nPolice met.", "Miami, Florida,\n\nPolice met.", id="line-comma"),
            pytest.param("WASHINGTON  Police met.", "WASHINGTON  Police met.", id="stripped-dash-gap"),
            pytest.param("LAFAYETTE, La.Police met.", "LAFAYETTE, La.  Police met.", id="glued-after-region-dot"),
            pytest.param(
                "HONG KONG, 01 Nov, 2024, Police met.", "HONG KONG, 01 Nov, 2024, Police met.", id="comma-after-date"
            ),
            # A dash closes the dateline on any layout: one space, even when the story was on the next line.
            pytest.param("CHICAGO —\nPolice met.", "CHICAGO — Police met.", id="dash-then-line-break"),
            # A colon or a slash closes it as a dash does (Indian agencies, ACCESSWIRE).
            pytest.param("NEW DELHI: Police met.", "NEW DELHI: Police met.", id="colon"),
            pytest.param(
                "VANCOUVER, BC / ACCESSWIRE / November 23, 2026 / Police met.",
                "VANCOUVER, BC / ACCESSWIRE / November 23, 2026 / Police met.",
                id="slash",
            ),
            pytest.param("NEW DELHI:\nPolice met.", "NEW DELHI:\n\nPolice met.", id="colon-then-line-break"),
        ],
    )
    def test_text_keeps_what_ended_the_dateline(self, source: str, expected: str) -> None:
        """The dateline and its story are joined by what ended the dateline, so a re-parse reads it again."""
        dateline = pressparse.parse_dateline(source)
        assert dateline is not None
        story = source.index("Police")
        doc = PressRelease(source=source, dateline=dateline, body=(Paragraph("Police met.", Span(story, len(source))),))
        assert (expected, dateline) == (doc.text, pressparse.parse_dateline(doc.text))

    def test_noise_kind_is_a_str(self) -> None:
        """NoiseKind and MetaKind values are plain strings."""
        assert "slideshow_counter" == NoiseKind.SLIDESHOW_COUNTER
        assert "title" == f"{MetaKind.TITLE}"


class TestRenderRepairs:
    """The text repairs read the raw slice as they read its normalised rendering (SPEC 5)."""

    @pytest.mark.parametrize(
        ("raw", "expected"),
        [
            pytest.param("Kennedy ?  s plan", "Kennedy s plan", id="lost-character-space-run"),
            pytest.param("Kennedy\n? s plan", "Kennedy s plan", id="lost-character-line-break"),
            # A "?" before a capital ends a question, with any spacing.
            pytest.param("Vraiment ?  Oui.", "Vraiment ? Oui.", id="question-before-capital"),
            pytest.param(
                "Read [the full\nreport](https://example.org/r) now.", "Read the full report now.", id="link-wrapped"
            ),
            # A URL holds no whitespace: this is no link.
            pytest.param(
                "Read [the report](https://example.org/ r) now.",
                "Read [the report](https://example.org/ r) now.",
                id="url-with-a-space",
            ),
        ],
    )
    def test_repair_is_stable(self, raw: str, expected: str) -> None:
        """The repaired text, repaired again, stays the same."""
        once = render_slice(raw, "paragraph")
        assert (expected, expected) == (once, render_slice(once, "paragraph"))


class TestJson:
    def test_round_trip(self, doc: PressRelease) -> None:
        """from_dict(to_dict()) is the identity, through JSON."""
        assert doc == PressRelease.from_dict(json.loads(json.dumps(doc.to_dict())))

    def test_dict_shape(self, doc: PressRelease) -> None:
        """Dates are ISO strings, spans are pairs, every part says its kind."""
        data = doc.to_dict()
        assert "2019-03-12" == data["dateline"]["date"]
        assert [0, 14] == data["dateline"]["span"]
        assert ["paragraph", "list_item", "heading", "paragraph"] == [b["kind"] for b in data["body"]]
        assert "whitespace" == data["noise"][0]["kind"]

    def test_surrogate_pair_survives_json(self) -> None:
        """Two surrogate code points stay two through JSON (which would read them as one character)."""
        doc = parse("LYON, France – Police\ud800\udc00 met.")
        data = json.loads(json.dumps(doc.to_dict()))
        assert doc == PressRelease.from_dict(data)
        assert {"code_points"} == set(data["source"])

    # ...while a lone surrogate, and every ordinary string, is written as it is.
    def test_lone_surrogate_stays_a_string(self) -> None:
        """Only a string holding a surrogate pair is written as code points."""
        doc = parse("LYON, France – Police\udc80 met.")
        data = json.loads(json.dumps(doc.to_dict()))
        assert (doc, "LYON, France – Police\udc80 met.") == (PressRelease.from_dict(data), data["source"])

    def test_unknown_block_kind_is_refused(self, doc: PressRelease) -> None:
        """A dict with an unknown body kind raises ValueError naming it."""
        data = doc.to_dict()
        data["body"][0]["kind"] = "table"
        with pytest.raises(ValueError, match="'table'"):
            PressRelease.from_dict(data)


class TestPublicSurface:
    def test_dir_is_the_contract(self) -> None:
        """dir(pressparse) lists the exported names only."""
        assert set(pressparse.__all__) == set(dir(pressparse))
        for name in ("parse", "parse_bytes", "parse_dateline", "clean", "PressRelease", "NoiseKind", "Span"):
            assert name in pressparse.__all__

    def test_parse_rejects_bytes_with_a_hint(self) -> None:
        """Bytes are refused with a pointer to parse_bytes."""
        with pytest.raises(TypeError, match="parse_bytes"):
            parse(b"LYON, France - Police met.")  # type: ignore[arg-type]
