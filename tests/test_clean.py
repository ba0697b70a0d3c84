"""Tests for sitrep.ingest.clean: encoding repair, spacing, residue lines, truncation, HTML fragments."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import DictionaryError
from sitrep.ingest.clean import clean_line, clean_text, load_residue, strip_html, truncate_text

SEED002 = Path("/work/shared/data/corpora/seeds/seed002.txt")

BEFORE = "The army said it had retaken the town."
AFTER = "Rebels denied the claim on Tuesday."


def test_clean_seed002_residue_removed() -> None:
    text = clean_text(SEED002.read_text(encoding="utf-8"))
    assert "Twitter Facebook" not in text
    assert "Photo Credit" not in text
    assert "Getty" not in text
    assert "Read the original post" not in text
    assert "Collision Course" not in text  # the original's title, on the line after "Read the original post:"
    assert "  " not in text
    assert "U.S. F-16s hit a convoy" in text
    assert text.endswith("could come in places like Iraq.")
    assert all(line == line.strip() for line in text.split("\n"))


def test_clean_collapses_spaces_tabs_and_blank_lines() -> None:
    raw = "  One \t two\u00a0\u00a0three.  \n\n\n\n\t Four   five.\n \n \nSix."
    assert clean_text(raw) == "One two three.\n\nFour five.\n\nSix."


def test_clean_repairs_mojibake() -> None:
    assert (
        clean_text("Syriaâ€™s army entered the cafÃ© district.") == "Syria’s army entered the café district."
    )


def test_clean_keeps_curly_quotes() -> None:
    raw = "Ryder said the reports were “false” and ‘baseless’."
    assert clean_text(raw) == raw


def test_clean_removes_invisible_characters() -> None:
    assert clean_text("\ufeffAl\u200bTanf base") == "AlTanf base"


@pytest.mark.parametrize(
    "residue",
    [
        "Twitter Facebook Google + Reddit",
        "Facebook | Twitter | WhatsApp | Email",
        "Share this article",
        "Share on Facebook",
        "Follow us on Twitter",
        "Follow Martin Chulov on Twitter @chulov",
        "Advertisement",
        "Story continues below advertisement",
        "Photo Credit: JOSEPH EID/AFP/Getty Images",
        "Photograph: Omar Sanadiki/Reuters",
        "Photo by John Smith/AFP",
        "JOSEPH EID/AFP/Getty Images",
        "MORE ON THIS TOPIC:",
        "Related:",
        "Read more: Russia and Turkey agree Idlib buffer zone",
        "Read the original post: Are the US and Iran on a Collision Course in Syria?",
        "Copyright 2018 TRT World. All rights reserved.",
        "(Reporting by Tom Perry; Editing by Alison Williams)",
        "Sign up for our daily newsletter",
        "1 of 46 Full Screen Autoplay Close Skip Ad ×",
        "1 of 46",
        "Full Screen Autoplay Close Skip Ad",
        "View Photos",
    ],
)
def test_clean_drops_residue_line(residue: str) -> None:
    raw = f"{BEFORE}\n  {residue}  \n{AFTER}"
    assert clean_text(raw) == f"{BEFORE}\n{AFTER}"


@pytest.mark.parametrize(
    "prose",
    [
        "He said on Twitter that the advertisement was false.",
        "Share prices fell sharply in Damascus after the attack.",
        "Follow-up talks were held in Astana.",
        "Photographers were detained by security forces.",
        "Pictures by activists showed the destruction.",
        "Related talks in Geneva collapsed on Monday.",
        "Reporting by state media said the convoy was hit.",
        "Close aides of the president were arrested on Monday.",
        "Next, the rebels shelled the town.",
        "1 of 46 protesters detained was released.",
    ],
)
def test_clean_keeps_prose_with_residue_words(prose: str) -> None:
    raw = f"{BEFORE}\n{prose}\n{AFTER}"
    assert clean_text(raw) == raw


def test_clean_read_original_drops_short_title_only() -> None:
    short = clean_text(f"{BEFORE}\nRead the original post:\nSome Headline - Some Site (blog)\n{AFTER}")
    assert short == f"{BEFORE}\n{AFTER}"
    long_para = "The next paragraph is real prose " * 8
    kept = clean_text(f"{BEFORE}\nRead the original post:\n{long_para}")
    assert kept == f"{BEFORE}\n{long_para.strip()}"


def test_clean_residue_loader_reports_bad_regex(tmp_path: Path) -> None:
    bad = tmp_path / "residue.csv"
    bad.write_text("pattern,kind,note\nadvertisement,line,ok\n(unclosed,line,broken\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        load_residue(bad)
    assert info.value.line == 3
    assert info.value.path == str(bad)
    assert "bad regex" in info.value.problem


def test_clean_residue_loader_reports_unknown_kind(tmp_path: Path) -> None:
    bad = tmp_path / "residue.csv"
    bad.write_text("pattern,kind,note\nadvertisement,block,wrong kind\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        load_residue(bad)
    assert info.value.line == 2
    assert "unknown kind" in info.value.problem


def test_clean_residue_custom_file_is_used(tmp_path: Path) -> None:
    custom = tmp_path / "residue.csv"
    custom.write_text("pattern,kind,note\nbreaking news,line,banner\n", encoding="utf-8")
    residue = load_residue(custom)
    assert clean_text(f"BREAKING NEWS\n{BEFORE}", residue=residue) == BEFORE
    assert clean_text(f"Advertisement\n{BEFORE}", residue=residue) == f"Advertisement\n{BEFORE}"


def test_clean_packaged_residue_loads_both_kinds() -> None:
    residue = load_residue()
    assert residue.line.fullmatch("advertisement")
    assert residue.line_next.fullmatch("Read the original post:")
    assert not residue.line.fullmatch(BEFORE)


def test_clean_truncate_prefers_paragraph_then_sentence() -> None:
    text = "First paragraph here.\n\nSecond paragraph. It goes on and on."
    assert truncate_text(text, 40) == "First paragraph here."
    sentences = "One two three. Four five six. Seven eight nine."
    assert truncate_text(sentences, 35) == "One two three. Four five six."
    assert truncate_text("short", 40) == "short"
    assert truncate_text("x" * 100, 10) == "x" * 10


def test_clean_strip_html_fragment() -> None:
    markup = "<p>Shelling in <b>Idlib</b>.</p><p>Four killed &amp; six hurt.</p><script>var x = 1;</script>"
    text = strip_html(markup)
    assert "Shelling in Idlib." in text
    assert "Four killed & six hurt." in text
    assert "var x" not in text
    assert text.index("Idlib") < text.index("Four")
    assert "\n" in text.strip()  # paragraphs stay on separate lines
    assert strip_html("Tom &amp; Jerry") == "Tom & Jerry"


def test_clean_line_collapses_everything() -> None:
    assert clean_line("  Airstrike\n hits   convoy ") == "Airstrike hits convoy"
