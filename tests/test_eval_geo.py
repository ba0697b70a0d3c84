"""Tests for the geoparsing, TimeML and event-location evaluations (sitrep.eval.geoparsing / timeml /
event_location / spans) and the event-location rule (sitrep.geo.locate), on tiny hand-written gold files."""

from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pytest

from conftest import make_doc
from sitrep.errors import GoldFileError
from sitrep.eval import evaluate
from sitrep.eval.event_location import load_gold as load_links
from sitrep.eval.geoparsing import accuracy_at, error_auc, error_metrics, haversine_km
from sitrep.eval.geoparsing import load_gold as load_geo
from sitrep.eval.spans import f1_score, match_spans
from sitrep.eval.timeml import load_document, load_folder
from sitrep.geo import PlaceMention
from sitrep.geo.locate import choose_event_place
from sitrep.records import Place

LGL = """<?xml version="1.0" encoding="utf-8"?>
<articles><article docid="1"><text>Floods hit Paris and Lyon.</text>
<toponyms count="2">
<toponym><start>11</start><end>16</end><phrase>Paris</phrase>
<gaztag geonameid="2988507"><name>Paris</name><lat>48.85341</lat><lon>2.3488</lon></gaztag></toponym>
<toponym><start>21</start><end>25</end><phrase>Lyon</phrase></toponym>
</toponyms></article></articles>"""

GEOVIRUS = """<articles><article><source>x</source><text>Cases in Kenya rose.</text>
<locations><location><name>Kenya</name><start>10</start><end>15</end><lat>1</lat><lon>38</lon></location>
</locations></article></articles>"""

GWN = """<articles><article file="0"><title>t</title><text>The French army left Mali.</text><toponyms>
<toponym><extractedName>French</extractedName><type>Demonym</type><start>4</start><end>10</end></toponym>
<toponym><extractedName>Mali</extractedName><type>Literal</type><start>21</start><end>25</end>
<latitude>17</latitude><longitude>-4</longitude></toponym>
<toponym><extractedName>x</extractedName><type>Literal</type><start>-9</start><end>-8</end></toponym>
</toponyms></article></articles>"""

TML = """<?xml version="1.0" ?>
<TimeML><DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp;
 talks lasted <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.</TEXT>
</TimeML>"""


def _write(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


# --- metric formulas ---------------------------------------------------------------------------------------


def test_eval_geo_haversine_one_degree_of_latitude():
    # one degree of a great circle = 2 * pi * 6371.0088 / 360 = 111.195 km
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.195, abs=0.01)
    assert haversine_km(10, 20, 10, 20) == 0.0


def test_eval_geo_accuracy_median_and_auc_on_hand_made_errors():
    errors = [0.0, 100.0, 160.9, 161.0, 5000.0]
    assert accuracy_at(errors) == pytest.approx(3 / 5)  # strictly below 161 km
    metrics = error_metrics(errors)
    assert metrics["median_error_km"] == 160.9
    logs = sorted(math.log(e + 1) for e in errors)
    area = sum((logs[i] + logs[i + 1]) / 2 for i in range(4))
    assert metrics["auc"] == pytest.approx(area / (math.log(20039) * 4))


def test_eval_geo_auc_extremes():
    assert error_auc([0.0, 0.0, 0.0]) == 0.0
    assert error_auc([20038.0, 20038.0]) == pytest.approx(1.0)
    assert error_auc([]) == 0.0


def test_eval_geo_span_matching_is_one_to_one():
    gold = [(0, 5), (6, 10)]
    assert match_spans(gold, [(0, 10)], relaxed=True) == [(0, 0)]  # one prediction, one gold
    assert match_spans(gold, [(0, 5), (7, 9)], relaxed=False) == [(0, 0)]
    assert match_spans(gold, [(0, 5), (7, 9)], relaxed=True) == [(0, 0), (1, 1)]
    assert f1_score(1, 2, 1) == pytest.approx((1.0, 0.5, 2 / 3))
    assert f1_score(0, 0, 0) == (0.0, 0.0, 0.0)


# --- geoparsing loaders --------------------------------------------------------------------------------------


def test_eval_geo_loads_lgl_with_and_without_coordinates(tmp_path):
    (article,) = load_geo(_write(tmp_path, "lgl.xml", LGL))
    paris, lyon = article.toponyms
    assert article.text[paris.start : paris.end] == "Paris" and paris.lat == pytest.approx(48.85341)
    assert lyon.text == "Lyon" and lyon.lat is None


def test_eval_geo_geovirus_offsets_are_moved_back_by_one(tmp_path):
    (article,) = load_geo(_write(tmp_path, "gv.xml", GEOVIRUS))
    (kenya,) = article.toponyms
    assert (kenya.start, kenya.end) == (9, 14) and article.text[9:14] == "Kenya"


def test_eval_geo_gwn_keeps_toponym_types_and_skips_bad_offsets(tmp_path):
    (article,) = load_geo(_write(tmp_path, "gwn.xml", GWN))
    assert [t.text for t in article.toponyms] == ["Mali"]
    assert article.skipped == 1


@pytest.mark.parametrize(
    "body",
    [
        "<html><body/></html>",
        "<articles></articles>",
        "<articles><article><x/></article></articles>",
        "not xml <",
    ],
)
def test_eval_geo_wrong_shape_is_a_gold_file_error(tmp_path, body):
    with pytest.raises(GoldFileError):
        load_geo(_write(tmp_path, "bad.xml", body))


def test_eval_geo_non_numeric_offset_is_a_gold_file_error(tmp_path):
    with pytest.raises(GoldFileError, match="not a number"):
        load_geo(_write(tmp_path, "bad.xml", LGL.replace("<start>11</start>", "<start>eleven</start>")))


def test_eval_geo_geoparsing_end_to_end_on_a_tiny_file(tmp_path):
    result = evaluate("geoparsing", _write(tmp_path, "lgl.xml", LGL)).to_dict()
    assert result["counts"]["gold_toponyms"] == 2
    assert result["toponym_f1"] == pytest.approx(1.0)  # Paris and Lyon are both found
    assert result["accuracy_161km"] == 1.0 and result["median_error_km"] < 20  # Paris, France (focus FRA)
    assert {"toponym_f1", "accuracy_161km", "median_error_km", "auc"} <= set(result)


# --- TimeML ----------------------------------------------------------------------------------------------------


def test_eval_geo_timeml_loader_strips_tags_and_reads_dct(tmp_path):
    doc = load_document(_write(tmp_path, "a.tml", TML))
    assert doc.dct == date(1998, 8, 7)
    friday, days = doc.timexes
    assert doc.text[friday.start : friday.end] == "Friday" and friday.value == "1998-08-07"
    assert doc.text[days.start : days.end] == "three days" and days.type == "DURATION"
    assert "&" in doc.text and "<EVENT" not in doc.text


def test_eval_geo_timeml_wrong_shape_is_a_gold_file_error(tmp_path):
    with pytest.raises(GoldFileError):
        load_document(_write(tmp_path, "a.tml", "<TimeML><TEXT>no creation time</TEXT></TimeML>"))
    with pytest.raises(GoldFileError):
        load_folder(tmp_path / "empty")  # neither a folder of .tml files nor a file


def test_eval_geo_timeml_end_to_end(tmp_path):
    folder = tmp_path / "tml"
    folder.mkdir()
    _write(folder, "a.tml", TML)
    result = evaluate("timeml", folder).to_dict()
    assert result["counts"]["gold_timexes"] == 2
    assert result["strict_span_f1"] == 1.0 and result["relaxed_span_f1"] == 1.0
    assert result["value_accuracy"] == 1.0  # Friday in a Friday article = that day; three days = P3D


# --- event location --------------------------------------------------------------------------------------------


def _link_line(text: str, tokens: list[str], spans: list[tuple[str, int, int]]) -> str:
    offsets, pos = [], 0
    for i, tok in enumerate(tokens):
        start = text.index(tok, pos)
        offsets.append({"text": tok, "start": start, "end": start + len(tok), "id": i})
        pos = start + len(tok)
    rows = [{"label": label, "token_start": a, "token_end": b, "start": a, "end": b} for label, a, b in spans]
    return json.dumps({"_id": "x", "text": text, "tokens": offsets, "spans": rows})


def test_eval_geo_event_location_loader_uses_token_offsets(tmp_path):
    text = "Rebels captured Idlib."
    line = _link_line(text, ["Rebels", "captured", "Idlib", "."], [("VERB", 1, 1), ("LOCATION", 2, 2)])
    (item,) = load_links(_write(tmp_path, "g.jsonl", line + "\n"))
    assert text[item.verb[0] : item.verb[1]] == "captured"
    assert [text[a:b] for a, b in item.locations] == ["Idlib"]


def test_eval_geo_event_location_wrong_shape_is_a_gold_file_error(tmp_path):
    with pytest.raises(GoldFileError):
        load_links(_write(tmp_path, "g.jsonl", '{"text": "x"}\n'))
    with pytest.raises(GoldFileError):
        load_links(_write(tmp_path, "g.jsonl", "not json\n"))


def _mention(doc, word: str, name: str, precision: str = "place") -> PlaceMention:
    start = doc.text.index(word)
    return PlaceMention(start, start + len(word), word, Place(text=word, name=name, precision=precision))


def test_eval_geo_locate_prefers_the_triggers_subtree_and_skips_the_subject():
    # "A driver from Homs was killed in Hama ." — Homs describes the subject; Hama is where it happened.
    doc = make_doc(
        [
            ("A", "a", "DET", "det", 1),
            ("driver", "driver", "NOUN", "nsubjpass", 5),
            ("from", "from", "ADP", "prep", 1),
            ("Homs", "Homs", "PROPN", "pobj", 2),
            ("was", "be", "AUX", "auxpass", 5),
            ("killed", "kill", "VERB", "ROOT", 5),
            ("in", "in", "ADP", "prep", 5),
            ("Hama", "Hama", "PROPN", "pobj", 6),
            (".", ".", "PUNCT", "punct", 5),
        ]
    )
    homs, hama = _mention(doc, "Homs", "Homs"), _mention(doc, "Hama", "Hama")
    trigger = doc[5]
    assert choose_event_place(doc[0:9], trigger, [homs, hama]).text == "Hama"
    assert choose_event_place(doc[0:9], trigger, [homs]) is None  # only the subject's place: no location
    assert choose_event_place(doc[0:9], trigger, []) is None


def test_eval_geo_locate_prefers_the_place_another_one_locates():
    # "Bombs hit Taji , north of Baghdad ." — Baghdad only locates Taji.
    doc = make_doc(
        [
            ("Bombs", "bomb", "NOUN", "nsubj", 1),
            ("hit", "hit", "VERB", "ROOT", 1),
            ("Taji", "Taji", "PROPN", "dobj", 1),
            (",", ",", "PUNCT", "punct", 2),
            ("north", "north", "ADV", "advmod", 2),
            ("of", "of", "ADP", "prep", 4),
            ("Baghdad", "Baghdad", "PROPN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    taji, baghdad = _mention(doc, "Taji", "Taji"), _mention(doc, "Baghdad", "Baghdad")
    assert choose_event_place(doc[0:8], doc[1], [baghdad, taji]).text == "Taji"
    assert (
        choose_event_place(doc[0:8], doc[1], [baghdad, taji], exclude=[(doc[2].idx, doc[2].idx + 4)]).text
        == "Baghdad"
    )
