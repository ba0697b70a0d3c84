from pathlib import Path

import pytest

from sitrep.errors import DictionaryError
from sitrep.geo.outlets import load_outlet_names


def test_outlets_shipped_file_names_agencies_in_their_spelling() -> None:
    names = load_outlet_names()
    assert {"SANA", "Xinhua", "Reuters"} <= names
    assert "Sanaa" not in names  # the town keeps its own spelling


def test_outlets_repeated_name_is_an_error_naming_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "outlets.csv"
    path.write_text("name,note\nSANA,Syrian agency\nSANA,again\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        load_outlet_names(path)
    assert "outlets.csv:3:" in str(caught.value)
