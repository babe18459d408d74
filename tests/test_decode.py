"""Tests for ``pressparse.decode`` and ``parse_bytes``: decoding, mojibake repair, replay (issue #6).

Method: each encoding a scraper meets (UTF-8, with and without BOM, UTF-16 and
UTF-32 with BOM, UTF-16 without BOM, Windows-1252, Latin-1, and non-Latin
single-byte and multi-byte legacy codecs) is a row of ``ENCODINGS``: the text,
how it is encoded, and the decoding step that must be recorded. Mojibake rows
(``MOJIBAKE``) come from real scraped releases (``â€™`` for ``’`` is the
commonest). Every row also checks that ``replay`` re-applies the recorded
``repairs`` (ftfy's ``apply_plan`` pattern, STYLE rule 12). New failures go
in ``BUGS_CAUGHT``; text that must not be touched goes in ``NEGATIVE``.
"""

from __future__ import annotations

import codecs
import random
import subprocess
import sys

import pytest

from pressparse import PressRelease, parse, parse_bytes
from pressparse._invariants import check_all
from pressparse.decode import REPAIRS, decode, decode_bytes, repair, replay

TEXT = "LYON, France – Police “met” in São Paulo, Zürich and Besançon; the chief’s plan costs €5."

# id: (text, encoded bytes, expected decoding step)
ENCODINGS = {
    "utf-8": (TEXT, TEXT.encode("utf-8"), "decode_utf8"),
    "utf-8-bom": (TEXT, TEXT.encode("utf-8-sig"), "decode_bom:utf-8-sig"),
    "utf-16-le-bom": (TEXT, codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "decode_bom:utf-16"),
    "utf-16-be-bom": (TEXT, codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "decode_bom:utf-16"),
    "utf-32-bom": (TEXT, TEXT.encode("utf-32"), "decode_bom:utf-32"),
    "utf-16-le-no-bom": (TEXT, TEXT.encode("utf-16-le"), "decode_utf16_nul_pattern:utf-16-le"),
    "utf-16-be-no-bom": (TEXT, TEXT.encode("utf-16-be"), "decode_utf16_nul_pattern:utf-16-be"),
    "cp1252": (TEXT, TEXT.encode("cp1252"), "decode_cp1252"),
    "latin-1": (
        "PARIS – Café à São Paulo, Zürich, ½ ©.",
        "PARIS – Café à São Paulo, Zürich, ½ ©.".replace("–", "-").encode("latin-1"),
        "decode_cp1252",
    ),
    "ascii": ("Police met.", b"Police met.", "decode_utf8"),
    "empty": ("", b"", "decode_utf8"),
}
# Latin-1 has no en dash; its row uses a hyphen.
ENCODINGS["latin-1"] = (ENCODINGS["latin-1"][0].replace("–", "-"), *ENCODINGS["latin-1"][1:])

# Non-Latin legacy codecs go to charset-normalizer: the text must come back, whatever codec alias it names.
DETECTED = {
    "cp1251-russian": ("Полиция встретилась сегодня в Москве и обсудила новый план действий.", "cp1251"),
    "iso-8859-7-greek": ("Η αστυνομία συναντήθηκε σήμερα στην Αθήνα και συμφώνησε σε σχέδιο.", "iso-8859-7"),
    "shift-jis": ("警察は本日東京で会合を開き、新しい計画に合意した。", "shift_jis"),
}

# id: (mojibake as scraped, repaired text)
MOJIBAKE = {
    "e-acute": ("CafÃ© in BogotÃ¡", "Café in Bogotá"),
    "right-single-quote": ("The chiefâ€™s plan", "The chief’s plan"),
    "curly-double-quotes": ("â€œWe agree,â€\x9d said Stock.", "“We agree,” said Stock."),
    "en-dash": ("LYON, France â€“ Police met.", "LYON, France – Police met."),
    "byte-a0-lost-to-space": ("voilÃ le travail", "voilà le travail"),
}

NEGATIVE = {
    # Correct text with characters that look like mojibake parts must not change.
    "real-accents": "Ångström, São Paulo, “quoted” – fine.",
    "curly-quotes-kept": "“Quoted,” he said – it’s fine.",
    "html-entities-kept": "AT&amp;T &lt;b&gt;",
    "ligature-kept": "ﬁnal ﬂow",
    "fullwidth-kept": "ＰＯＬＩＣＥ",
    "crlf-kept": "Police met.\r\nThey agreed.",
    "controls-kept": "Police\x00 met.\x1b[31m",
}


class TestDecodeBytes:
    """Each encoding decodes to the original text, with its step named."""

    @pytest.mark.parametrize("name", ENCODINGS)
    def test_encoding(self, name: str) -> None:
        """The bytes decode to the text, and the decoding step is recorded first."""
        text, data, step = ENCODINGS[name]
        assert (text, (step,)) == decode(data)

    @pytest.mark.parametrize("name", DETECTED)
    def test_detected(self, name: str) -> None:
        """A non-Latin legacy codec is detected and the text comes back."""
        text, codec = DETECTED[name]
        got, steps = decode(text.encode(codec))
        assert text == got
        assert steps[0].startswith("decode_detected:")

    def test_declared_encoding_is_honoured(self) -> None:
        """A declared encoding decodes the bytes, even where UTF-8 would also work."""
        assert ("Ã©", "decode_declared:iso8859-1") == decode_bytes("Ã©".encode("latin-1"), "latin-1")
        # The same UTF-8 bytes read as declared Latin-1 are mojibake, which the repair then fixes.
        assert ("é", ("decode_declared:iso8859-1", "ftfy:encode:latin-1", "ftfy:decode:utf-8")) == decode(
            "é".encode(), "latin-1"
        )

    def test_declared_encoding_that_fails_falls_through(self) -> None:
        """Bytes that are not valid in the declared encoding are decoded by the next step."""
        assert ("café", "decode_utf8") == decode_bytes("café".encode(), "ascii")

    def test_bom_outranks_declaration(self) -> None:
        """A byte-order mark wins over the declared encoding."""
        assert ("café", "decode_bom:utf-16") == decode_bytes("café".encode("utf-16"), "cp1252")

    def test_unknown_encoding_raises(self) -> None:
        """An unknown codec name raises LookupError quoting it."""
        with pytest.raises(LookupError, match="unknown encoding 'no-such-codec'"):
            decode(b"x", "no-such-codec")


class TestRepair:
    """Mojibake is repaired by ftfy, and each step is named and replayable."""

    @pytest.mark.parametrize("name", MOJIBAKE)
    def test_mojibake(self, name: str) -> None:
        """Mojibake in UTF-8 bytes is repaired; the ftfy steps follow the decoding step."""
        broken, fixed = MOJIBAKE[name]
        text, steps = decode(broken.encode("utf-8"))
        assert fixed == text
        assert "decode_utf8" == steps[0]
        assert all(s.startswith("ftfy:") for s in steps[1:])
        assert len(steps) > 1

    @pytest.mark.parametrize("name", MOJIBAKE)
    def test_replay_on_decoded_text(self, name: str) -> None:
        """Replaying the repairs on the raw decoded text gives the repaired text (ftfy's apply_plan)."""
        broken, fixed = MOJIBAKE[name]
        doc = parse_bytes(broken.encode("utf-8"))
        raw, _ = decode_bytes(broken.encode("utf-8"))
        assert fixed == doc.source
        assert doc.source == replay(raw, doc.repairs)

    @pytest.mark.parametrize("name", [*MOJIBAKE, *ENCODINGS])
    def test_replay_from_bytes(self, name: str) -> None:
        """Replaying the repairs on the original bytes gives the document's source."""
        data = MOJIBAKE[name][0].encode("utf-8") if name in MOJIBAKE else ENCODINGS[name][1]
        doc = parse_bytes(data)
        assert doc.source == replay(data, doc.repairs)

    @pytest.mark.parametrize("name", NEGATIVE)
    def test_negative_text_untouched(self, name: str) -> None:
        """Correct text, and what ftfy's non-mojibake fixers would change, is left alone."""
        assert (NEGATIVE[name], ()) == repair(NEGATIVE[name])

    def test_every_step_is_a_named_repair(self) -> None:
        """Every step name that decode returns is listed in REPAIRS."""
        samples = [d for _, d, _ in ENCODINGS.values()] + [b.encode() for b, _ in MOJIBAKE.values()]
        for data in samples:
            for step in decode(data)[1]:
                assert step.split(":", 1)[0] in REPAIRS, step

    def test_replay_rejects_unknown_step(self) -> None:
        """An unknown step name raises ValueError quoting it."""
        with pytest.raises(ValueError, match="unknown repair step: 'rot13'"):
            replay("x", ("rot13",))


class TestParseBytes:
    """parse_bytes: decode, repair, then parse, with the repairs on the result."""

    def test_repairs_recorded(self) -> None:
        """The document's source is the repaired text and its repairs list the steps."""
        doc = parse_bytes("LYON, France â€“ Police met.".encode())
        assert "LYON, France – Police met." == doc.source
        assert ("decode_utf8", "ftfy:encode:sloppy-windows-1252", "ftfy:decode:utf-8") == doc.repairs
        assert "LYON" == doc.dateline.city  # type: ignore[union-attr]

    def test_same_as_parse_apart_from_repairs(self) -> None:
        """For UTF-8 bytes, parse_bytes gives parse's document plus the decoding step."""
        doc = parse_bytes(TEXT.encode())
        assert parse(TEXT).to_dict() | {"repairs": ["decode_utf8"]} == doc.to_dict()

    @pytest.mark.parametrize("value", ["text", None, 3, ["x"]], ids=["str", "none", "int", "list"])
    def test_non_bytes_raise(self, value: object) -> None:
        """A non-bytes value raises TypeError naming its type."""
        with pytest.raises(TypeError, match=rf"parse_bytes\(\) expects bytes, got {type(value).__name__}"):
            parse_bytes(value)  # type: ignore[arg-type]

    @pytest.mark.parametrize("seed", range(12))
    def test_garbage_never_crashes(self, seed: int) -> None:
        """Random bytes decode, parse, and keep the invariants."""
        rng = random.Random(seed)
        data = rng.randbytes(rng.choice([1, 7, 64, 1000, 20_000]))
        doc = parse_bytes(data)
        assert isinstance(doc, PressRelease)
        assert [] == check_all(doc)
        assert doc.source == replay(data, doc.repairs)

    @pytest.mark.parametrize(
        "data",
        [b"\xff\xfe", b"\xfe\xff\x00", b"\xef\xbb\xbf", b"\xff\xfe\x00\x00\x00", b"\x00" * 9, b"\x81\x8d\x8f\x90\x9d"],
        ids=["bom-only-16", "odd-after-bom", "bom-only-8", "truncated-32", "nuls", "cp1252-undefined"],
    )
    def test_odd_bytes(self, data: bytes) -> None:
        """Truncated BOMs, NULs and bytes undefined in cp1252 never crash."""
        doc = parse_bytes(data)
        assert [] == check_all(doc)
        assert doc.source == replay(data, doc.repairs)


def test_parse_on_str_does_not_import_decoders() -> None:
    """Parsing a str loads neither ftfy nor charset-normalizer (their cost is parse_bytes's only)."""
    script = (
        "import sys, pressparse\n"
        "pressparse.parse('LYON, France – Police met.')\n"
        "pressparse.clean('x')\n"
        "print(sorted(m for m in ('ftfy', 'charset_normalizer') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "[]" == done.stdout.strip()
