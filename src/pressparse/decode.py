"""Bytes to text for ``parse_bytes``: decode, then repair mojibake, each step named.

Input: bytes and an optional declared encoding. Output: the text and the
names of the steps applied, in order (``PressRelease.repairs``). Steps:

- ``decode_bom``: a UTF-8, UTF-16 or UTF-32 byte-order mark chose the codec;
- ``decode_utf8``: the bytes were valid UTF-8;
- ``decode_declared:<codec>``: the caller's encoding;
- ``decode_cp1252``: not UTF-8, but valid Windows-1252 whose non-ASCII
  characters are Latin letters and punctuation (the usual legacy web page);
- ``decode_detected:<codec>``: charset-normalizer's best guess;
- ``decode_cp1252_fallback``: nothing else worked; cp1252 with replacement;
- ``ftfy:<action>:<parameter>``: each step of ftfy's ``fix_and_explain``
  plan (mojibake such as ``Ã©`` or ``â€™``); ``replay`` re-applies them with
  ``ftfy.apply_plan``.

ftfy and charset-normalizer are imported here only, so ``parse`` on ``str``
never pays for them.
"""

from __future__ import annotations

import codecs
import unicodedata

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_latin(text: str) -> bool:
    """True when the non-ASCII characters of ``text`` are Latin letters, symbols or punctuation."""
    odd = [ch for ch in text if ord(ch) > 127]
    latin = sum(1 for ch in odd if unicodedata.name(ch, "").startswith("LATIN") or unicodedata.category(ch)[0] in "PSZ")
    return latin >= 0.9 * len(odd)


def _decode(data: bytes, encoding: str | None) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), f"decode_bom:{codec}"
    if encoding:
        try:
            return data.decode(encoding), f"decode_declared:{codecs.lookup(encoding).name}"
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "decode_utf8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if _looks_latin(text):
            return text, "decode_cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), f"decode_detected:{best.encoding}"
    return data.decode("cp1252", errors="replace"), "decode_cp1252_fallback"


def decode(data: bytes, encoding: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode ``data`` and repair mojibake; return the text and the step names.

    >>> decode("Ã©tÃ© â€™".encode("utf-8"))
    ('été ’', ('decode_utf8', 'ftfy:encode:sloppy-windows-1252', 'ftfy:decode:utf-8'))
    """
    import ftfy

    text, step = _decode(data, encoding)
    fixed, plan = ftfy.fix_and_explain(text, unescape_html=False, uncurl_quotes=False, normalization=None)
    steps = [step]
    steps.extend(f"ftfy:{action}:{name}" for action, name in plan or ())
    return fixed, tuple(steps)


def replay(text: str, steps: tuple[str, ...]) -> str:
    """Re-apply the ``ftfy:`` steps of ``steps`` to ``text`` (ftfy's ``apply_plan``).

    >>> replay("Ã©tÃ©", ("decode_utf8", "ftfy:encode:sloppy-windows-1252", "ftfy:decode:utf-8"))
    'été'
    """
    import ftfy

    plan = [(action, name) for _, action, name in (s.split(":", 2) for s in steps if s.startswith("ftfy:"))]
    return str(ftfy.apply_plan(text, plan))
