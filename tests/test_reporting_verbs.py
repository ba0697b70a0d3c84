"""reporting_verbs.py: the one dictionary of verbs of saying and the readings each serves."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import DictionaryError
from sitrep.reporting_verbs import USES, load_reporting_verbs, reporting_verbs

HEADER = "lemma,speaker,quote,report_date,source_place,reported_conjunct,note\n"


def _table(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "reporting_verbs.csv"
    path.write_text(HEADER + "# a comment row\n" + rows, encoding="utf-8")
    return path


def test_reporting_verbs_reads_each_use_from_its_column(tmp_path: Path):
    path = _table(tmp_path, "say,y,y,y,y,y,\nrecall,,y,,,,\ncite,,,,y,,\n")
    assert reporting_verbs("speaker", path=path) == {"say"}
    assert reporting_verbs("quote", path=path) == {"say", "recall"}
    assert reporting_verbs("source_place", path=path) == {"say", "cite"}
    assert reporting_verbs("reported_conjunct", path=path) == {"say"}


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        ("say,y,y,y,y,y,\nwarn,y,x,,,,\n", "must be 'y' or empty"),
        ("say,y,y,y,y,y,\nsay,,y,,,,\n", "listed twice"),
        ("say,y,y,y,y,y,\nwarn,y,,,,,\n", "must also be a quote verb"),
        ("say,y,y,y,y,y,\nwarn,,,,,,\n", "serves no use"),
        ("say,y,y,y,y,y,\nSpeak,,,,y,,\n", "one lower-case word"),
    ],
)
def test_reporting_verbs_bad_row_names_file_and_line(tmp_path: Path, rows: str, problem: str):
    path = _table(tmp_path, rows)
    with pytest.raises(DictionaryError) as error:
        load_reporting_verbs(path)
    assert error.value.path == str(path) and error.value.line == 4
    assert problem in error.value.problem and f"{path}:4" in str(error.value)


def test_reporting_verbs_rejects_an_unknown_use():
    with pytest.raises(ValueError, match="unknown use"):
        reporting_verbs("quoting")


def test_reporting_verbs_shipped_table_serves_the_readings_news_needs():
    table = load_reporting_verbs()
    assert set(table) == set(USES)
    assert all("say" in table[use] for use in USES)  # "said" serves every reading
    assert table["speaker"] <= table["quote"]
    assert "recall" in table["quote"] and "recall" not in table["speaker"]  # "'...', he recalled"
    assert "speak" in table["source_place"] and "speak" not in table["quote"]  # "speaking from Idlib"
