"""Tests for the command line: the single-file form, the ``parse`` and ``stats`` batches, and progress.

Each test runs ``main`` in-process on a few files in a temporary folder and
reads what it printed. Broken inputs (missing, binary, bad JSON) sit next to
good ones: the batch must record them and go on.
"""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressparse import __version__
from pressparse._progress import Counter, progress
from pressparse.cli import main

LYON = "LYON, France – Police met.Every officer agreed."
BOGOTA = "BOGOTA, Colombia – Ministers met."


@pytest.fixture(name="folder")
def _folder(tmp_path):
    """Two releases, one of them in a subfolder, and a file the default glob skips."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(LYON, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(BOGOTA, encoding="utf-8")
    (tmp_path / "notes.md").write_text("Not a release.", encoding="utf-8")
    return tmp_path


def run(capsys, *argv):
    """Run the command line; return its status, stdout and stderr."""
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def records(out):
    return [json.loads(line) for line in out.splitlines()]


def feed_stdin(monkeypatch, data):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


class TestSingleFile:
    def test_example(self, capsys):
        """--example parses the bundled release and shows its dateline fields."""
        status, out, _ = run(capsys, "--example")

        assert 0 == status
        assert "== interpol_bogota_2019.txt" == out.splitlines()[0]
        assert "  city      BOGOTA" in out.splitlines()

    def test_jsonl(self, capsys, folder):
        """--format jsonl prints one record per file, named by its path."""
        status, out, _ = run(capsys, folder / "a.txt", folder / "sub" / "b.txt", "--format", "jsonl")

        assert 0 == status
        assert ["LYON", "BOGOTA"] == [r["dateline"]["city"] for r in records(out)]
        assert str(folder / "a.txt") == records(out)[0]["input"]

    def test_stdin(self, capsys, monkeypatch):
        """'-' reads one release from stdin."""
        feed_stdin(monkeypatch, LYON.encode())

        _, out, _ = run(capsys, "-", "--format", "jsonl")

        assert "-" == records(out)[0]["input"]

    def test_check(self, capsys):
        """--check passes on the bundled release."""
        assert 0 == run(capsys, "--example", "--check")[0]

    def test_missing_file(self, capsys, folder):
        """A missing file stops the single-file form with status 2 and a one-line message."""
        status, out, err = run(capsys, folder / "missing.txt")

        assert (2, "") == (status, out)
        assert 1 == len(err.splitlines())
        assert "cannot read" in err

    def test_no_input(self, capsys):
        """No file at all is a usage error."""
        assert 2 == run(capsys)[0]

    def test_version(self, capsys):
        """--version prints the one version of the package."""
        with pytest.raises(SystemExit):
            main(["--version"])

        assert f"pressparse {__version__}\n" == capsys.readouterr().out


class TestParseCommand:
    def test_folder(self, capsys, folder):
        """A folder is searched recursively for *.txt, in sorted order, one record each."""
        status, out, err = run(capsys, "parse", folder)

        assert (0, "") == (status, err)
        assert [str(folder / "a.txt"), str(folder / "sub" / "b.txt")] == [r["input"] for r in records(out)]
        assert LYON == records(out)[0]["source"]

    def test_glob(self, capsys, folder):
        """--glob picks other files from folders."""
        _, out, _ = run(capsys, "parse", folder, "--glob", "*.md")

        assert [str(folder / "notes.md")] == [r["input"] for r in records(out)]

    def test_empty_folder(self, capsys, tmp_path):
        """A folder with no matching file is worth a warning, not a failure."""
        status, out, err = run(capsys, "parse", tmp_path)

        assert (0, "") == (status, out)
        assert "no files matching '*.txt'" in err

    def test_output_file(self, capsys, folder):
        """-o writes the records to a file, UTF-8, and nothing to stdout."""
        target = folder / "out.jsonl"

        _, out, _ = run(capsys, "parse", folder, "-o", target)

        assert "" == out
        assert ["LYON", "BOGOTA"] == [r["dateline"]["city"] for r in records(target.read_text(encoding="utf-8"))]

    def test_unwritable_output(self, capsys, folder):
        """An output file that cannot be opened is status 2, before any work."""
        status, _, err = run(capsys, "parse", folder, "-o", folder / "no" / "such" / "out.jsonl")

        assert 2 == status
        assert "cannot write" in err

    def test_jsonl(self, capsys, tmp_path):
        """A .jsonl input gives one record per non-blank line, other fields passed through, line numbers kept."""
        feed = tmp_path / "feed.jsonl"
        feed.write_text(
            json.dumps({"id": 7, "text": LYON, "url": "u"}) + "\n\n" + json.dumps({"id": 8, "text": BOGOTA}) + "\n",
            encoding="utf-8",
        )

        _, out, _ = run(capsys, "parse", feed)

        first, second = records(out)
        assert ({"input": str(feed), "line": 1, "id": 7, "url": "u"}.items()) <= first.items()
        assert (3, 8, "BOGOTA") == (second["line"], second["id"], second["dateline"]["city"])
        assert "text" not in first

    def test_jsonl_stdin_text_field(self, capsys, monkeypatch):
        """--jsonl reads stdin as JSONL; --text-field names the field holding the release."""
        feed_stdin(monkeypatch, json.dumps({"body_text": LYON}).encode() + b"\n")

        _, out, _ = run(capsys, "parse", "-", "--jsonl", "--text-field", "body_text")

        (record,) = records(out)
        assert ("-", 1, "LYON") == (record["input"], record["line"], record["dateline"]["city"])

    def test_lone_surrogate(self, capsys, tmp_path):
        """A JSONL text with a lone surrogate escape still gives a valid, writable record."""
        feed = tmp_path / "feed.jsonl"
        feed.write_text('{"text": "LYON, France \\u2013 Police met.\\ud800"}\n', encoding="utf-8")

        status, out, _ = run(capsys, "parse", feed, "-o", tmp_path / "out.jsonl")

        (record,) = records((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
        assert (0, "") == (status, out)
        assert "LYON, France – Police met.\ud800" == record["source"]

    def test_jobs_keep_order(self, capsys, tmp_path):
        """Two workers give the same records, in the same order, as one."""
        for n in range(40):
            (tmp_path / f"{n:02}.txt").write_text(f"{LYON} Meeting {n}.", encoding="utf-8")

        one = run(capsys, "parse", tmp_path, "--jobs", "1")
        two = run(capsys, "parse", tmp_path, "--jobs", "2")

        assert one == two

    def test_broken_inputs(self, capsys, folder):
        """Missing, binary and bad JSONL inputs become error records; the good ones are parsed; status 1."""
        (folder / "c.bin").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
        feed = folder / "feed.jsonl"
        lines = ["{not json", json.dumps({"id": 1}), json.dumps({"text": 3}), json.dumps({"text": LYON, "body": "x"})]
        feed.write_text("\n".join(lines), encoding="utf-8")

        inputs = [folder / "a.txt", folder / "gone.txt", folder / "c.bin", feed, folder / "sub"]

        status, out, err = run(capsys, "parse", *inputs)

        assert 1 == status
        errors = [(Path(r["input"]).name, r.get("line"), r.get("error", "").split(":")[0]) for r in records(out)]
        assert [
            ("a.txt", None, ""),
            ("gone.txt", None, "cannot read"),
            ("c.bin", None, "not text"),
            ("feed.jsonl", 1, "not a JSON line"),
            ("feed.jsonl", 2, "text field 'text' is missing"),
            ("feed.jsonl", 3, "text field 'text' is a int, not a string"),
            ("feed.jsonl", 4, "field 'body' clashes with an output field; rename it"),
            ("b.txt", None, ""),
        ] == errors
        assert 6 == len(err.splitlines())
        assert 1 == records(out)[4]["id"]  # an error record still carries the line's own fields

    def test_bad_jobs(self, capsys, folder):
        """--jobs must be a positive integer."""
        with pytest.raises(SystemExit) as exit_info:
            main(["parse", str(folder), "--jobs", "0"])

        assert 2 == exit_info.value.code
        assert "expected a positive integer, got '0'" in capsys.readouterr().err


class TestStatsCommand:
    def test_counts(self, capsys, folder):
        """Stats count documents, datelines and places over the batch."""
        status, out, _ = run(capsys, "stats", folder, "--format", "json")

        stats = json.loads(out)
        assert 0 == status
        assert (2, 0, 2) == (stats["documents"], stats["failed"], stats["with_dateline"])
        assert [["LYON", 1], ["BOGOTA", 1]] == stats["top_cities"]

    def test_failures(self, capsys, folder):
        """A failed input is counted apart and makes the status 1."""
        status, out, _ = run(capsys, "stats", folder, folder / "gone.txt", "--format", "json")

        assert (1, 2, 1) == (status, json.loads(out)["documents"], json.loads(out)["failed"])

    def test_places_fold_case(self, capsys, tmp_path):
        """Cities are counted case-insensitively and shown as first written."""
        (tmp_path / "a.txt").write_text(LYON, encoding="utf-8")
        (tmp_path / "b.txt").write_text(LYON.replace("LYON", "Lyon"), encoding="utf-8")

        _, out, _ = run(capsys, "stats", tmp_path, "--format", "json")

        assert [["LYON", 2]] == json.loads(out)["top_cities"]

    def test_text(self, capsys, folder):
        """The text table lists the sections by name."""
        _, out, _ = run(capsys, "stats", folder)

        assert {"documents", "with dateline", "top dateline cities", "top dateline countries"} <= {
            line[:22].strip() for line in out.splitlines()
        }


class Terminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self):
        return True


class TestProgress:
    def test_not_a_terminal(self):
        """Off a terminal nothing is drawn; messages still are."""
        stream = io.StringIO()
        display = progress(10, stream, delay=0)

        display.update()
        display.write("pressparse: x.txt: cannot read")
        display.close()

        assert "pressparse: x.txt: cannot read\n" == stream.getvalue()

    def test_counter(self):
        """The built-in counter redraws one line and ends it on close."""
        stream = Terminal()
        counter = Counter(4, stream, delay=0)

        counter.update()
        counter.close()

        assert stream.getvalue().startswith("\rpressparse: 1/4 documents (25%)")
        assert stream.getvalue().endswith("\n")

    def test_counter_message(self):
        """A message clears the counter line first, so the two do not mix."""
        stream = Terminal()
        counter = Counter(None, stream, delay=0)

        counter.update()
        counter.write("oops")

        assert stream.getvalue().endswith("\r\x1b[Koops\n")

    def test_counter_waits(self):
        """Nothing is drawn before the delay: short batches stay silent."""
        stream = Terminal()
        counter = Counter(4, stream, delay=3600)

        counter.update()
        counter.close()

        assert "" == stream.getvalue()


def test_closed_pipe_stops_quietly(tmp_path: Path) -> None:
    """``pressparse FILE... | head``: the reader goes away, the command stops with no traceback (exit 141)."""
    release = tmp_path / "release.txt"
    release.write_text("LYON, France – Police met today.\n\nThey agreed on a plan.\n" * 50, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    command = [sys.executable, "-m", "pressparse", "--format", "json", *[str(release)] * 400]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        proc.stdout.read(100)
        proc.stdout.close()  # far more than a pipe buffer is still to come
        errors = proc.stderr.read().decode()
        status = proc.wait(timeout=120)
    assert ("", 141) == (errors, status)
