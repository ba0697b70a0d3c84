"""Tests for sitrep.ingest: every input format, every kind of bad input, doc ids, dates, stdin, directories."""

from __future__ import annotations

import io
import json
import time
from datetime import date
from pathlib import Path

import pytest

from sitrep.ingest import Skipped, read_sources, read_text
from sitrep.records import Article

DATA = Path(__file__).parent / "data" / "ingest"
CORPORA = Path("/work/shared/data/corpora")
PARA = (
    "Government forces shelled the southern countryside of Idlib on Monday, and at least four civilians "
    "were killed, according to local rescue workers and a monitoring group."
)
FRENCH = (
    "Le gouvernement syrien a annoncé mardi que l'armée avait repris le contrôle de la ville. Selon "
    "l'Observatoire syrien des droits de l'homme, au moins vingt civils ont été tués dans les bombardements."
)


def read_all(*paths: str | Path, **options: object) -> list[Article | Skipped]:
    return list(read_sources(paths, **options))  # type: ignore[arg-type]


def only(entries: list[Article | Skipped]) -> Article | Skipped:
    assert len(entries) == 1, entries
    return entries[0]


def article(entry: Article | Skipped) -> Article:
    assert isinstance(entry, Article), entry
    return entry


def skipped(entry: Article | Skipped) -> Skipped:
    assert isinstance(entry, Skipped), entry
    return entry


def write_jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


# --- formats --------------------------------------------------------------------------------------------------


def test_ingest_seeds_jsonl_two_articles_with_dates() -> None:
    entries = read_all(CORPORA / "seeds" / "seeds.jsonl")
    arts = [article(e) for e in entries]
    assert [a.doc_id for a in arts] == ["seed000", "seed002"]
    assert [a.published for a in arts] == [date(2023, 8, 18), date(2017, 5, 25)]
    assert arts[1].source == "Foreign Policy"
    assert arts[1].title == "Are the US and Iran on a Collision Course in Syria?"
    assert "Twitter Facebook" not in arts[1].text
    assert arts[0].origin.endswith("seeds.jsonl:1")


def test_ingest_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(f"  {PARA}  \n\n\n\nSecond   paragraph of the report.\n", encoding="utf-8")
    art = article(only(read_all(path, published=date(2020, 1, 2), source="Wire")))
    assert art.doc_id == "report"
    assert art.origin == str(path)
    assert art.text == f"{PARA}\n\nSecond paragraph of the report."
    assert (art.published, art.source) == (date(2020, 1, 2), "Wire")


def test_ingest_unknown_extension_read_as_text_or_html(tmp_path: Path) -> None:
    (tmp_path / "note.story").write_text(PARA, encoding="utf-8")
    (tmp_path / "page.download").write_text(
        (DATA / "article.html").read_text(encoding="utf-8"), encoding="utf-8"
    )
    note, page = (article(e) for e in read_all(tmp_path / "note.story", tmp_path / "page.download"))
    assert note.text == PARA
    assert "<" not in page.text and page.title == "Airstrike hits convoy near al-Tanf"


def test_ingest_html_main_text_and_metadata() -> None:
    art = article(only(read_all(DATA / "article.html")))
    assert art.doc_id == "article"
    assert "U.S. aircraft struck a convoy" in art.text
    assert "Home" not in art.text and "Privacy" not in art.text  # navigation and footer left out
    assert art.title == "Airstrike hits convoy near al-Tanf"
    assert art.published == date(2017, 5, 19)
    assert art.url == "https://news.example.org/2017/05/19/airstrike-tanf"


def test_ingest_jsonl_fields_metadata_and_doc_ids(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "batch.jsonl",
        [
            {
                "id": 42,
                "published": "2019-04-10T23:30:00+03:00",
                "url": "https://x.org/1",
                "text": PARA,
                "lang": "en",
            },
            {"text": PARA, "title": "  A   title ", "source": "Agency"},
        ],
    )
    first, second = (article(e) for e in read_all(path, source="Default"))
    assert first.doc_id == "42"
    assert first.published == date(2019, 4, 10)  # the date as written, not shifted to UTC
    assert first.url == "https://x.org/1"
    assert first.metadata == {"lang": "en"}
    assert first.source == "Default"
    assert second.doc_id == "batch-2"
    assert second.origin == f"{path}:2"
    assert (second.title, second.source) == ("A title", "Agency")


def test_ingest_title_glued_to_the_lead_gets_its_own_line(tmp_path: Path) -> None:
    lead = "Three civilians were killed on Saturday in attacks on residential neighborhoods of the city."
    title = "Three civilians killed in attacks on Aleppo"
    path = write_jsonl(tmp_path / "glued.jsonl", [{"title": title, "text": f"12 November 2016 {title} {lead}"}])
    got = article(only(read_all(path)))
    assert got.text.split("\n") == ["12 November 2016", title, lead]
    assert got.title == title


def test_ingest_dateline_outranks_the_metadata_date(tmp_path: Path) -> None:
    lead = "A car bomb killed at least 34 people on Friday in a village in the central province of Hama."
    rows = [
        {"published": "2014-06-14", "text": f"AFP Friday 20 Jun 2014 {lead}"},
        {"published": "2013-03-02", "text": f"24-09-2013 {lead}"},
        {"published": "2014-06-20", "text": f"AFP Friday 20 Jun 2014 {lead}"},
        {"published": "2014-06-14", "text": lead},
    ]
    got = [article(a) for a in read_all(write_jsonl(tmp_path / "dated.jsonl", rows))]
    assert [a.published for a in got] == [date(2014, 6, 20), date(2013, 9, 24), date(2014, 6, 20), date(2014, 6, 14)]
    assert got[0].notes == ["published date 2014-06-14 replaced by the text's dateline 2014-06-20"]
    assert got[2].notes == got[3].notes == []


def test_ingest_dateline_after_the_repeated_title_dates_an_undated_record(tmp_path: Path) -> None:
    lead = "Three civilians were killed on Saturday in attacks on residential neighborhoods of the city."
    title = "Three civilians killed in attacks on Aleppo"
    path = write_jsonl(tmp_path / "titled.jsonl", [{"title": title, "text": f"{title} Reuters 12 November 2016 {lead}"}])
    got = article(only(read_all(path)))
    assert (got.published, got.notes) == (date(2016, 11, 12), [])


def test_ingest_ndjson_blank_lines_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "feed.ndjson"
    path.write_text(f"\n{json.dumps({'text': PARA})}\n\n", encoding="utf-8")
    art = article(only(read_all(path)))
    assert art.doc_id == "feed-2"


def test_ingest_csv_rows_and_multiline_fields(tmp_path: Path) -> None:
    path = tmp_path / "wire.csv"
    path.write_text(
        "id,published,url,source,title,text,desk\n"
        f'a1,2018-02-19,https://w.org/a,Wire,Afrin,"{PARA}\nSecond line.",north\n'
        f',,,,,"{PARA}",\n',
        encoding="utf-8",
    )
    first, second = (article(e) for e in read_all(path))
    assert first.doc_id == "a1"
    assert first.published == date(2018, 2, 19)
    assert first.text == f"{PARA}\nSecond line."
    assert first.metadata == {"desk": "north"}
    assert second.doc_id == "wire-4"  # the record starts on line 4 (line 2's record spans two lines)
    assert second.origin == f"{path}:4"


def test_ingest_csv_bad_rows_are_skipped_with_line(tmp_path: Path) -> None:
    path = tmp_path / "wire.csv"
    path.write_text(f'id,text\nx1,"{PARA}"\nx2,"{PARA}",extra\nx3,\nx4,"{PARA}"\n', encoding="utf-8")
    entries = read_all(path)
    assert [type(e).__name__ for e in entries] == ["Article", "Skipped", "Skipped", "Article"]
    assert skipped(entries[1]).reason == "line 3: expected 2 fields, found 3"
    assert skipped(entries[1]).origin == f"{path}:3"
    assert skipped(entries[2]).reason == "line 4: empty 'text' field"


def test_ingest_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "wire.csv"
    path.write_text("id,body\n1,hello\n", encoding="utf-8")
    gone = skipped(only(read_all(path)))
    assert gone.reason == "CSV header has no 'text' column"


def test_ingest_csv_huge_field(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    long_text = " ".join([PARA] * 2000)  # ~340 000 characters, over csv's default field limit
    path.write_text(f'id,text\nbig,"{long_text}"\n', encoding="utf-8")
    art = article(only(read_all(path)))
    assert len(art.text) == len(long_text)


def test_ingest_rss_feed_entries() -> None:
    entries = read_all(DATA / "levant.rss")
    first, second = (article(e) for e in entries[:2])
    assert first.doc_id == "levant-1" and second.doc_id == "levant-2"
    assert first.text.startswith("Government forces shelled villages")  # content preferred over the summary
    assert "four civilians were killed & a dozen" in first.text
    assert "tracking" not in first.text
    assert first.published == date(2019, 5, 6)
    assert first.title == "Shelling reported in Idlib countryside"
    assert first.url == "https://levant.example.org/2019/05/06/idlib-shelling"
    assert first.source == "Levant Monitor"
    assert second.text.startswith("Delegations from the government")
    assert second.published == date(2019, 5, 7)
    assert skipped(entries[2]).reason == "entry 3: no content or summary"


def test_ingest_atom_feed_entry() -> None:
    art = article(only(read_all(DATA / "desk.atom")))
    assert art.doc_id == "desk-1"
    assert art.published == date(2018, 2, 19)
    assert art.text.startswith("Turkish troops and allied Syrian rebels advanced")


def test_ingest_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_text("this is not xml at all, just some words", encoding="utf-8")
    assert skipped(only(read_all(path))).reason.startswith("no entries in feed")


# --- stdin, directories, options ------------------------------------------------------------------------------


def test_ingest_stdin_jsonl() -> None:
    stream = io.StringIO(f"\n{json.dumps({'id': 's1', 'text': PARA})}\n{{broken\n")
    entries = read_all("-", stdin=stream)
    assert article(entries[0]).doc_id == "s1"
    assert article(entries[0]).origin == "<stdin>:2"
    assert skipped(entries[1]).origin == "<stdin>:3"
    assert skipped(entries[1]).reason.startswith("line 3: invalid JSON: ")


def test_ingest_stdin_plain_text() -> None:
    art = article(only(read_all("-", stdin=io.StringIO(f"\n{PARA}\nMore text."))))
    assert (art.doc_id, art.origin) == ("stdin", "<stdin>")
    assert art.text == f"{PARA}\nMore text."


def test_ingest_stdin_empty() -> None:
    assert skipped(only(read_all("-", stdin=io.StringIO("\n  \n")))).reason == "empty input"


def test_ingest_directory_recursive_sorted_without_hidden(tmp_path: Path) -> None:
    for rel in ["b/2.txt", "a.txt", "b/1.txt", ".hidden.txt", ".git/objects.txt", "b/.secret/x.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(PARA, encoding="utf-8")
    origins = [e.origin for e in read_all(tmp_path)]
    assert origins == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "1.txt"), str(tmp_path / "b" / "2.txt")]


def test_ingest_published_defaults_and_bad_dates(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "d.jsonl",
        [
            {"text": PARA},
            {"text": PARA, "published": "2017-05-25"},
            {"text": PARA, "published": "last Tuesday"},
            {"text": PARA, "published": 20170525},
        ],
    )
    arts = [article(e) for e in read_all(path, published=date(2000, 1, 1))]
    assert [a.published for a in arts] == [date(2000, 1, 1), date(2017, 5, 25), None, None]
    assert arts[2].notes == ["bad published date 'last Tuesday'"]
    assert arts[3].notes == ["bad published date '20170525'"]
    assert arts[0].notes == []


def test_ingest_read_text_cleans() -> None:
    art = read_text(
        "Troops   advanced.\n\n\n\nAdvertisement\nTalks began.", doc_id="x", published=date(2021, 3, 4)
    )
    assert art.text == "Troops advanced.\n\nTalks began."
    assert (art.doc_id, art.published, art.source) == ("x", date(2021, 3, 4), None)


# --- bad input ------------------------------------------------------------------------------------------------


def test_ingest_missing_path_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(PARA, encoding="utf-8")
    entries = read_all(tmp_path / "nope.txt", good)
    assert skipped(entries[0]) == Skipped(str(tmp_path / "nope.txt"), "no such file or directory")
    assert article(entries[1]).doc_id == "good"


def test_ingest_empty_and_blank_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    reasons = {Path(e.origin).name: skipped(e).reason for e in read_all(tmp_path)}
    assert reasons == {
        "blank.txt": "empty file (only whitespace)",
        "empty.jsonl": "empty file",
        "empty.txt": "empty file",
    }


def test_ingest_binary_files(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "controls.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 65, 66]) * 50)
    (tmp_path / "data.jsonl").write_bytes(b'{"text": "x"}\x00\x00\x00')
    reasons = [skipped(e).reason for e in read_all(tmp_path)]
    assert all(r.startswith("binary file") for r in reasons), reasons
    assert len(reasons) == 3


def test_ingest_latin1_bytes_decoded_with_note(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(f"Caf\xe9 owners in Aleppo said {PARA}".encode("latin-1"))
    art = article(only(read_all(path)))
    assert art.text.startswith("Café owners in Aleppo")
    assert art.notes == ["decoded as cp1252 (not valid UTF-8 at byte 3)"]


def test_ingest_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(PARA.encode() + b" \xff\x81 tail")  # invalid UTF-8, and 0x81 is not cp1252 either
    gone = skipped(only(read_all(path)))
    assert gone.reason == f"undecodable bytes at offset {len(PARA) + 1}"


def test_ingest_byte_order_marks(tmp_path: Path) -> None:
    (tmp_path / "a16.txt").write_bytes(PARA.encode("utf-16"))
    (tmp_path / "b8.txt").write_bytes(PARA.encode("utf-8-sig"))
    (tmp_path / "c8.jsonl").write_bytes(json.dumps({"text": PARA}).encode("utf-8-sig"))
    texts = [article(e).text for e in read_all(tmp_path)]
    assert texts == [PARA, PARA, PARA]


def test_ingest_jsonl_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"text": PARA}),
        '{"text": "unterminated',
        json.dumps({"title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": 7}),
        json.dumps({"text": PARA}).replace("Idlib", "Idl\u00e9b"),
    ]
    path.write_bytes("\n".join(lines[:5]).encode() + b"\n" + lines[5].encode("latin-1") + b"\n")
    entries = read_all(path)
    assert isinstance(entries[0], Article) and isinstance(entries[5], Article)
    assert skipped(entries[1]).reason.startswith("line 2: invalid JSON: Unterminated string")
    assert skipped(entries[2]).reason == "line 3: no 'text' field"
    assert skipped(entries[3]).reason == "line 4: expected a JSON object, found list"
    assert skipped(entries[4]).reason == "line 5: 'text' is a int, not a string"
    assert "Idléb" in entries[5].text and entries[5].notes[0].startswith("decoded as cp1252")


def test_ingest_html_without_article(tmp_path: Path) -> None:
    path = tmp_path / "login.html"
    path.write_text(
        '<html><head><title>Login</title></head><body><nav><a href="/">Home</a> <a href="/in">Sign in</a>'
        '</nav><form><input name="q"></form></body></html>',
        encoding="utf-8",
    )
    assert skipped(only(read_all(path))).reason.startswith("no article text found in HTML")


def test_ingest_french_text_skipped(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH, encoding="utf-8")
    assert skipped(only(read_all(path))).reason == "not English (detected 'fr')"
    assert article(only(read_all(path, check_language=False))).text == FRENCH


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan Putin Rouhani meet in Sochi over Idlib",
        "Hezbollah Iran IRGC Quds Force Soleimani Damascus",
        "Syrian Arab Army SAA liberates Deir Ezzor",
        "Vladimir Putin Portugal expels Diplomats",  # langdetect alone says Catalan, p > 0.99
        "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO",
    ],
)
def test_ingest_short_english_not_rejected(tmp_path: Path, text: str) -> None:
    path = tmp_path / "short.txt"
    path.write_text(text, encoding="utf-8")
    assert article(only(read_all(path))).text.replace("\n", " ") == text  # a dateline gets its own line


def test_ingest_too_short_after_cleaning(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("Advertisement\nShare this article\nTroops advanced.", encoding="utf-8")
    gone = skipped(only(read_all(path)))
    assert gone.reason == "too short after cleaning (16 characters, minimum 40)"
    assert article(only(read_all(path, min_chars=10))).text == "Troops advanced."


def test_ingest_huge_file_truncated_fast(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    paragraph = PARA + " " + PARA + "\n\n"
    path.write_text(paragraph * (50_000_000 // len(paragraph)), encoding="utf-8")
    size = path.stat().st_size
    assert size > 49_000_000
    started = time.perf_counter()
    art = article(only(read_all(path, max_chars=1_000_000)))
    elapsed = time.perf_counter() - started
    assert len(art.text) <= 1_000_000
    assert len(art.text) > 900_000
    assert art.text.endswith("monitoring group.")  # cut at a paragraph boundary
    assert len(art.notes) == 1
    assert art.notes[0].startswith("truncated at ") and art.notes[0].endswith(f"(file has {size} bytes)")
    assert elapsed < 20


def test_ingest_jsonl_record_over_max_chars_truncated(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "long.jsonl", [{"text": " ".join([PARA] * 20)}])
    art = article(only(read_all(path, max_chars=1000)))
    assert len(art.text) <= 1000
    assert art.text.endswith("monitoring group.")
    assert art.notes == [f"truncated at {len(art.text)} characters (record has {len(PARA) * 20 + 19})"]


def test_ingest_corpora_all_read_as_english() -> None:
    for name, count in [("fakes_syria.jsonl", 804), ("guardian_syria_2017_2019.jsonl", 249)]:
        entries = read_all(CORPORA / name)
        rejected = [e for e in entries if isinstance(e, Skipped)]
        assert len(entries) == count
        assert rejected == []


def test_ingest_skipped_reason_is_one_line() -> None:
    assert Skipped("x.csv:3", "line 3: bad CSV:\n  field larger\tthan limit").reason == (
        "line 3: bad CSV: field larger than limit"
    )


def test_ingest_line_files_undecodable_and_cp1252_lines(tmp_path: Path) -> None:
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_bytes(json.dumps({"text": PARA}).encode() + b'\n{"text": "bad \xff\x81 bytes"}\n')
    csv_path = tmp_path / "b.csv"
    csv_path.write_bytes(f'id,text\nc1,"{PARA} caf\xe9"\nc2,"bad \xff\x81"\n'.encode("latin-1"))
    entries = read_all(jsonl, csv_path)
    assert article(entries[0]).doc_id == "a-1"
    assert skipped(entries[1]).reason == "line 2: undecodable bytes at offset 14"
    assert article(entries[2]).text.endswith("café")
    assert article(entries[2]).notes == ["decoded as cp1252 (not valid UTF-8 at byte 177)"]
    assert skipped(entries[3]) == Skipped(f"{csv_path}:3", "line 3: undecodable bytes at offset 8")


def test_ingest_dateline_with_a_day_glued_to_its_year() -> None:
    """"Last updated at Oct 262016": the day glued to the year (a stripped comma) still reads as the dateline."""
    from sitrep.ingest.dateline import dateline_date

    text = "Last updated at Oct 262016 BEIRUT Air strikes in Syria killed up to 22 people on Wednesday."
    assert dateline_date(text, published=date(2016, 10, 7)) == date(2016, 10, 26)
    assert dateline_date("Oct 262016 people fled", published=date(2016, 10, 7)) is None
