"""The scale-out recipes of ``docs/scale-out.md``, run from the page itself.

Each recipe is the Python block after a ``<!-- recipe: NAME -->`` line; a test
runs it in a temporary folder holding ``releases/`` made from the corpus, so
the page cannot go stale. The Dask recipes need the ``dask`` extra (``pytest
-m dask``, run in CI); the Spark one needs pyspark and Java (``pytest -m
spark``, not run in CI). Both rely on results that pickle, tested first.
"""

import json
import pickle
import re
from collections import Counter
from pathlib import Path

import pytest

import pressparse

ROOT = Path(__file__).parent.parent
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))


def recipe(name):
    """The code of the recipe called ``name`` in docs/scale-out.md."""
    page = (ROOT / "docs" / "scale-out.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- recipe: {name} -->\n```python\n(.*?)```", page, re.DOTALL)
    assert found, f"no recipe {name!r} in docs/scale-out.md"
    return found.group(1)


@pytest.fixture(name="releases")
def _releases(tmp_path, monkeypatch):
    """A working folder with releases/ as two JSONL files and as .txt files; returns the JSONL records."""
    folder = tmp_path / "releases"
    folder.mkdir()
    records = []
    for n, path in enumerate(CORPUS):
        text = path.read_text(encoding="utf-8")
        records.append({"id": f"r{n}", "url": f"https://example.org/{path.stem}", "text": text})
        (folder / path.name).write_text(text, encoding="utf-8")
    for part in (0, 1):
        lines = [json.dumps(r) for r in records[part::2]]
        (folder / f"part-{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return records


class TestPicklable:
    def test_results_pickle(self):
        """A parsed release survives pickling, as process pools and clusters need."""
        doc = pressparse.parse(CORPUS[0].read_text(encoding="utf-8"))

        assert doc == pickle.loads(pickle.dumps(doc))

    def test_entry_points_pickle(self):
        """The entry points pickle by reference, so they can be shipped to workers."""
        assert pressparse.parse is pickle.loads(pickle.dumps(pressparse.parse))


@pytest.mark.dask
class TestDaskRecipes:
    @pytest.fixture(autouse=True)
    def _needs_dask(self):
        pytest.importorskip("dask.bag")

    def test_jsonl(self, releases):
        """The JSONL recipe writes one record per line, other fields kept, text parsed."""
        exec(recipe("dask-jsonl"), {"__name__": "recipe"})

        lines = [line for p in sorted(Path("parsed").glob("*.jsonl")) for line in p.read_text().splitlines()]
        parsed = {r["id"]: r for r in map(json.loads, lines)}
        assert {r["id"] for r in releases} == set(parsed)
        for record in releases:
            assert record["url"] == parsed[record["id"]]["url"]
            assert pressparse.parse(record["text"]).to_dict()["body"] == parsed[record["id"]]["body"]

    @pytest.mark.usefixtures("releases")
    def test_files(self, capsys):
        """The folder recipe reads each file whole and counts the dateline cities."""
        exec(recipe("dask-files"), {"__name__": "recipe"})

        docs = [pressparse.parse_bytes(path.read_bytes()) for path in CORPUS]
        cities = Counter(doc.dateline.city for doc in docs if doc.dateline and doc.dateline.city)
        assert f"{sorted(cities.items())}\n" == capsys.readouterr().out


@pytest.mark.spark
def test_spark_recipe(releases):
    """The PySpark recipe writes one row per release with its id, city and record."""
    pytest.importorskip("pyspark")
    exec(recipe("spark"), {"__name__": "recipe"})

    rows = [json.loads(line) for p in Path("parsed-spark").glob("*.json") for line in p.read_text().splitlines()]
    assert {r["id"] for r in releases} == {row["id"] for row in rows}
