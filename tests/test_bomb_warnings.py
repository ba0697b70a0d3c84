"""coding/bomb_warnings.py on hand-built parses, and a bomb warning kept with no warner named (real model)."""

from __future__ import annotations

from datetime import date

from conftest import parsed_doc
from sitrep.coding.bomb_warnings import is_bomb_warning
from sitrep.coding.triggers import sense_of_code

THREAT = sense_of_code("130", pattern="warning")


def _doc(first: tuple[str, str], det: str | None = None, verb: tuple[str, str] = ("exploded", "explode")):
    """ "<Subject> <verb> . [det] warnings were given ." with the first sentence's subject `first`."""
    rows = [(first[0], first[1], "NOUN", "nsubj", 1), (verb[0], verb[1], "VERB", "ROOT", 1),
            (".", ".", "PUNCT", "punct", 1)]
    at = len(rows)
    if det:
        rows.append((det, det, "DET", "det", at + 1))
    noun = len(rows)
    rows += [("warnings", "warning", "NOUN", "nsubjpass", noun + 2), ("were", "be", "AUX", "auxpass", noun + 2),
             ("given", "give", "VERB", "ROOT", noun + 2), (".", ".", "PUNCT", "punct", noun + 2)]
    return parsed_doc(rows), noun


def test_bomb_warnings_warning_beside_a_blast_is_a_bomb_warning():
    assert THREAT is not None
    doc, noun = _doc(("Bombs", "bomb"))  # "Bombs exploded. Warnings were given."
    assert is_bomb_warning(doc[noun], THREAT)
    doc, noun = _doc(("Rivers", "river"), verb=("rose", "rise"))  # "Rivers rose.": no bombing told beside it
    assert not is_bomb_warning(doc[noun], THREAT)


def test_bomb_warnings_definite_warning_told_again_is_not_a_new_one():
    doc, noun = _doc(("Bombs", "bomb"), det="the")  # "the warnings" with no earlier warning: the first telling
    assert is_bomb_warning(doc[noun], THREAT)
    rows = [("Warnings", "warning", "NOUN", "nsubjpass", 2), ("were", "be", "AUX", "auxpass", 2),
            ("given", "give", "VERB", "ROOT", 2), ("before", "before", "ADP", "prep", 2),
            ("explosions", "explosion", "NOUN", "pobj", 3), (".", ".", "PUNCT", "punct", 2),
            ("The", "the", "DET", "det", 7), ("warning", "warning", "NOUN", "nsubjpass", 9),
            ("was", "be", "AUX", "auxpass", 9), ("heard", "hear", "VERB", "ROOT", 9), (".", ".", "PUNCT", "punct", 9)]
    doc = parsed_doc(rows)  # "Warnings were given before explosions. The warning was heard."
    assert is_bomb_warning(doc[0], THREAT)
    assert not is_bomb_warning(doc[7], THREAT)


def test_bomb_warnings_bomb_warning_is_kept_with_no_warner_named():
    import sitrep

    events = sitrep.extract("Two bombs exploded in Belfast on Friday. Telephoned warnings were given to the police "
                            "and newspapers.", published=date(1972, 7, 22))
    warnings = [e for e in events if e.evidence.trigger.lower().endswith("warnings")]
    # one threat per party warned (conjoined targets split: "the police" and "newspapers"), none with a warner
    assert warnings and all((e.event_type, e.source) == ("THREATEN", None) for e in warnings)
    assert sorted(e.target.text for e in warnings if e.target) == ["newspapers", "the police"]
    # a warning of a flood is no threat, with or without a warner
    assert not sitrep.extract("Warnings were given to residents in Leeds about the floods on Friday.",
                              published=date(1972, 7, 22))
