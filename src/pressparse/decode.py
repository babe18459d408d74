"""Bytes to text for ``parse_bytes``: decode, then repair mojibake, each step named and replayable.

Input: bytes and an optional declared encoding. Output: the text and the
names of the steps applied, in order (``PressRelease.repairs``). The first
step says how the bytes were decoded; it is exactly one of ``REPAIRS``'s
``decode_*`` names, with the codec after a colon where one was chosen:

- ``decode_bom:<codec>``: a UTF-8, UTF-16 or UTF-32 byte-order mark chose the
  codec; a BOM outranks a declared encoding (as in the WHATWG encoding
  standard: the BOM is in the bytes, the declaration is beside them);
- ``decode_declared:<codec>``: the caller's encoding, when the bytes are valid
  in it (an unknown codec name raises ``LookupError``; bytes invalid in the
  declared codec fall through to the steps below, and the step name then
  shows which codec was used instead);
- ``decode_utf16_nul_pattern:<codec>``: no BOM, but every other byte is
  NUL, as in UTF-16 text of mostly ASCII characters (valid UTF-8 otherwise);
- ``decode_utf8``: the bytes were valid UTF-8;
- ``decode_cp1252``: not UTF-8, but valid Windows-1252 that reads as Western
  European text (at most 40% of its letters non-ASCII: the usual legacy web
  page; Latin-1 text is read the same way, since Windows-1252 only adds
  printable characters where Latin-1 has C1 controls);
- ``decode_detected:<codec>``: charset-normalizer's best guess;
- ``decode_cp1252_fallback``: nothing else worked; Windows-1252 with the
  undefined bytes replaced by U+FFFD, so garbage never raises.

Then mojibake: ``ftfy.fix_and_explain`` with only its encoding repairs
switched on (``fix_encoding``, ``restore_byte_a0``, ``replace_lossy_sequences``,
``decode_inconsistent_utf8``, ``fix_c1_controls``, ``fix_surrogates``); each
plan step becomes ``ftfy:<action>:<parameter>`` (``Ã©`` -> ``é`` is
``ftfy:encode:sloppy-windows-1252`` then ``ftfy:decode:utf-8``). ftfy's other
fixers (HTML entities, curly quotes, ligatures, character width, line breaks,
control characters, Unicode normalisation) are off: they rewrite text that is
not broken, and control characters are the noise stage's to report with a
span. Pure-ASCII text cannot hold mojibake, so it skips ftfy (a fast path,
STYLE rule 16). ftfy does not look for mojibake in texts longer than its
``max_decode_length`` (one million characters).

``replay`` re-applies a ``repairs`` list, from the bytes or from the decoded
text (ftfy's ``apply_plan``, STYLE rule 12). ftfy and charset-normalizer are
imported inside the functions only, so ``parse`` on ``str`` never loads them.
When one is not installed, ``parse_bytes`` still returns: it warns
(``RuntimeWarning``) and skips that step (no mojibake repair; cp1252 for
bytes that are neither UTF-8 nor Western text).
"""

from __future__ import annotations

import codecs
import inspect
import warnings
from pathlib import Path
from typing import Any

REPAIRS: dict[str, str] = {
    "decode_bom": "a byte-order mark chose the codec (named after the colon)",
    "decode_declared": "the declared encoding (named after the colon)",
    "decode_utf16_nul_pattern": "no BOM, but every other byte NUL: UTF-16 (named after the colon)",
    "decode_utf8": "the bytes were valid UTF-8",
    "decode_cp1252": "valid Windows-1252 (or Latin-1) that reads as Western European text",
    "decode_detected": "charset-normalizer's best guess (named after the colon)",
    "decode_cp1252_fallback": "Windows-1252 with undefined bytes replaced by U+FFFD",
    "ftfy": "one step of ftfy's mojibake plan: ftfy:<action>:<parameter>, replayed with ftfy.apply_plan",
}
"""The step names that can appear in ``PressRelease.repairs`` (before any ``:``), with what each means."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The ftfy fixers that repair mojibake; every other fixer is switched off.
_FTFY_OPTIONS: dict[str, Any] = {
    "unescape_html": False,
    "remove_terminal_escapes": False,
    "fix_encoding": True,
    "restore_byte_a0": True,
    "replace_lossy_sequences": True,
    "decode_inconsistent_utf8": True,
    "fix_c1_controls": True,
    "fix_latin_ligatures": False,
    "fix_character_width": False,
    "uncurl_quotes": False,
    "fix_line_breaks": False,
    "fix_surrogates": True,
    "remove_control_chars": False,
    "normalization": None,
}


def _looks_western(text: str) -> bool:
    """True when ``text`` reads as Western European: non-ASCII letters are at most 40% of its letters.

    French, Spanish, Portuguese and German keep accented letters under ~10%
    of letters; Cyrillic, Greek or Hebrew single-byte text read as
    Windows-1252 turns whole words into accented Latin (``Ïîëèöèÿ``), near 100%.
    """
    letters = [ch for ch in text if ch.isalpha()]
    odd = sum(1 for ch in letters if not ch.isascii())
    return odd <= 0.4 * len(letters)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``-be`` when every other byte of a sample is NUL (ASCII-range UTF-16), else None."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.4 * half and even <= 0.1 * half:
        return "utf-16-le"
    if even >= 0.4 * half and odd <= 0.1 * half:
        return "utf-16-be"
    return None


def _codec_name(encoding: str) -> str:
    """The canonical codec name, or ``LookupError`` quoting the unknown one."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        msg = f"unknown encoding {encoding!r}; use a Python codec name such as 'utf-8' or 'cp1252'"
        raise LookupError(msg) from None


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data`` without repairing it; return the text and the name of the decoding step.

    Args:
        data: the raw bytes.
        encoding: the declared encoding, if any.

    Returns:
        The decoded text and its step name (see the module docstring).

    Raises:
        LookupError: when ``encoding`` names no codec.

    >>> decode_bytes("café".encode("utf-16"))
    ('café', 'decode_bom:utf-16')
    """
    declared = _codec_name(encoding) if encoding else None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), f"decode_bom:{codec}"
    if declared is not None:
        try:
            return data.decode(declared), f"decode_declared:{declared}"
        except UnicodeDecodeError:
            pass
    guess = _utf16_without_bom(data)
    if guess is not None:
        try:
            return data.decode(guess), f"decode_utf16_nul_pattern:{guess}"
        except UnicodeDecodeError:
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
        if _looks_western(text):
            return text, "decode_cp1252"
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        _missing("charset-normalizer", "bytes that are neither UTF-8 nor Western text are read as cp1252")
        return data.decode("cp1252", errors="replace"), "decode_cp1252_fallback"
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        codec = _codec_name(best.encoding)
        return data.decode(codec, errors="replace"), f"decode_detected:{codec}"
    return data.decode("cp1252", errors="replace"), "decode_cp1252_fallback"


def repair(text: str) -> tuple[str, tuple[str, ...]]:
    """Repair mojibake in ``text`` with ftfy; return the text and the ``ftfy:`` step names.

    >>> repair("CafÃ© â€™")
    ('Café ’', ('ftfy:encode:sloppy-windows-1252', 'ftfy:decode:utf-8'))
    >>> repair("plain ASCII")
    ('plain ASCII', ())
    """
    if text.isascii():
        return text, ()
    try:
        import ftfy
    except ImportError:
        _missing("ftfy", "mojibake is left as it is")
        return text, ()
    fixed, plan = ftfy.fix_and_explain(text, **_FTFY_OPTIONS)
    return fixed, tuple(f"ftfy:{action}:{name}" for action, name in plan or ())


def _missing(package: str, consequence: str) -> None:
    """Warn that a declared dependency of ``parse_bytes`` is not installed (lenient: it still returns)."""
    warnings.warn(
        f"{package} is not installed, so {consequence}; install it with `pip install {package}` "
        "(a `pip install pressparse` brings it)",
        RuntimeWarning,
        stacklevel=_outside_level(),
    )


def _outside_level() -> int:
    """The ``stacklevel`` of the first frame outside pressparse, so a warning names the user's line.

    ``parse_bytes`` reaches ``_missing`` through two or three of our own frames
    (``api.parse_bytes`` → ``decode`` → ``repair``); counting them keeps the
    warning pointed at the caller whichever path raised it (Python 3.11 has no
    ``skip_file_prefixes``).
    """
    package = Path(__file__).resolve().parent
    frame = inspect.currentframe()  # this function: level 0; _missing: level 1
    level = 0
    while frame is not None and Path(frame.f_code.co_filename).resolve().is_relative_to(package):
        frame = frame.f_back
        level += 1
    return level


def decode(data: bytes, encoding: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode ``data`` and repair mojibake; return the text and the step names.

    Args:
        data: the raw bytes.
        encoding: the declared encoding, if any.

    Returns:
        The text and the names of the steps applied, decoding first.

    Raises:
        LookupError: when ``encoding`` names no codec.

    >>> decode("Ã©tÃ© â€™".encode("utf-8"))
    ('été ’', ('decode_utf8', 'ftfy:encode:sloppy-windows-1252', 'ftfy:decode:utf-8'))
    """
    text, step = decode_bytes(data, encoding)
    fixed, steps = repair(text)
    return fixed, (step, *steps)


def _replay_decoding(data: bytes, step: str) -> str:
    """Decode ``data`` as the decoding step ``step`` says."""
    name, _, codec = step.partition(":")
    codec = {"decode_utf8": "utf-8", "decode_cp1252": "cp1252", "decode_cp1252_fallback": "cp1252"}.get(name, codec)
    if name not in REPAIRS or not name.startswith("decode") or not codec:
        msg = f"not a decoding step: {step!r}"
        raise ValueError(msg)
    return data.decode(codec, errors="replace")


def replay(raw: str | bytes, steps: tuple[str, ...]) -> str:
    """Re-apply ``steps`` (a ``PressRelease.repairs``) to ``raw``.

    From bytes, the decoding step is replayed first; from a decoded text, it
    is skipped. The ``ftfy:`` steps go through ``ftfy.apply_plan``.

    Args:
        raw: the original bytes, or the text as first decoded.
        steps: the step names, as ``decode`` returned them.

    Returns:
        The repaired text: ``doc.source`` of the ``parse_bytes`` result.

    Raises:
        ValueError: when a step is not one of ``REPAIRS``.
        TypeError: when ``raw`` is bytes and ``steps`` holds no decoding step.

    >>> replay("Ã©tÃ©", ("decode_utf8", "ftfy:encode:sloppy-windows-1252", "ftfy:decode:utf-8"))
    'été'
    >>> replay("Ã©tÃ©".encode(), ("decode_utf8", "ftfy:encode:sloppy-windows-1252", "ftfy:decode:utf-8"))
    'été'
    """
    text = raw
    plan: list[tuple[str, str]] = []
    for step in steps:
        if step.startswith("ftfy:"):
            _, action, name = step.split(":", 2)
            plan.append((action, name))
        elif isinstance(text, bytes):
            text = _replay_decoding(text, step)
        elif step.partition(":")[0] not in REPAIRS:
            msg = f"unknown repair step: {step!r}"
            raise ValueError(msg)
    if isinstance(text, bytes):
        msg = "replay() got bytes but no decoding step to turn them into text"
        raise TypeError(msg)
    if not plan:
        return text
    import ftfy

    return str(ftfy.apply_plan(text, plan))
