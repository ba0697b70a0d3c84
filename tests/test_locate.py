"""Tests for sitrep.geo.locate (which place mention locates an event) and sitrep.geo.typed_names.

The sentences are hand-parsed (words, heads, dependency labels, tags, entities written out below, checked by
hand against the English dependency scheme spaCy uses), so the tests exercise the rules, not a model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Token

from sitrep.geo.locate import choose_event_place, is_place_use, ner_place_mentions
from sitrep.geo.resolve import PlaceMention
from sitrep.geo.typed_names import typed_place_mentions
from sitrep.records import Place

_POS = {"NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "IN": "ADP", "DT": "DET", "VBD": "VERB", "VBN": "VERB"}
_POS |= {"VBZ": "AUX", "VBG": "VERB", "POS": "PART", "JJ": "ADJ", "CD": "NUM", ",": "PUNCT", ".": "PUNCT"}
_POS |= {"RB": "ADV", "VB": "VERB", "NNPS": "PROPN", "HYPH": "PUNCT", "CC": "CCONJ", "PRP": "PRON"}


def _doc(rows: list[tuple[str, int, str, str, str]], lemmas: dict[str, str] | None = None) -> Doc:
    """rows: (word, head index, dep, tag, entity IOB like "B-GPE" or "O"); the last token has no space after."""
    words = [r[0] for r in rows]
    nlp = spacy.blank("en")
    return Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * (len(words) - 1) + [False],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        pos=[_POS[r[3]] for r in rows],
        lemmas=[(lemmas or {}).get(w, w.lower()) for w in words],
        ents=[r[4] for r in rows],
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def _mention(doc: Doc, text: str, precision: str = "place") -> PlaceMention:
    start = doc.text.index(text)
    return PlaceMention(start, start + len(text), text, Place(text=text, name=text, precision=precision))


def _token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def _choose(doc: Doc, trigger: str, mentions: list[PlaceMention]) -> str | None:
    chosen = choose_event_place(doc[:], _token(doc, trigger), mentions)
    return chosen.text if chosen is not None else None


def test_locate_subject_place_after_locative_preposition():
    # "A policeman in Amara was killed ."
    doc = _doc(
        [
            ("A", 1, "det", "DT", "O"),
            ("policeman", 5, "nsubjpass", "NN", "O"),
            ("in", 1, "prep", "IN", "O"),
            ("Amara", 2, "pobj", "NNP", "B-GPE"),
            ("was", 5, "auxpass", "VBZ", "O"),
            ("killed", 5, "ROOT", "VBN", "O"),
            (".", 5, "punct", ".", "O"),
        ]
    )
    assert _choose(doc, "killed", [_mention(doc, "Amara")]) == "Amara"


def test_locate_origin_from_phrase_is_not_the_location():
    # "A driver from Abidjan was shot ." — where the driver comes from, not where he was shot
    doc = _doc(
        [
            ("A", 1, "det", "DT", "O"),
            ("driver", 5, "nsubjpass", "NN", "O"),
            ("from", 1, "prep", "IN", "O"),
            ("Abidjan", 2, "pobj", "NNP", "B-GPE"),
            ("was", 5, "auxpass", "VBZ", "O"),
            ("shot", 5, "ROOT", "VBN", "O"),
            (".", 5, "punct", ".", "O"),
        ]
    )
    assert _choose(doc, "shot", [_mention(doc, "Abidjan")]) is None


def test_locate_subject_modifier_without_preposition_is_not_the_location():
    # "Tampa woman shot her husband ." — a compound on a person noun says who, not where
    doc = _doc(
        [
            ("Tampa", 1, "compound", "NNP", "B-GPE"),
            ("woman", 2, "nsubj", "NN", "O"),
            ("shot", 2, "ROOT", "VBD", "O"),
            ("her", 4, "poss", "PRP", "O"),
            ("husband", 2, "dobj", "NN", "O"),
            (".", 2, "punct", ".", "O"),
        ]
    )
    assert _choose(doc, "shot", [_mention(doc, "Tampa")]) is None


def _syria_aleppo() -> Doc:
    # "People were killed in Syria 's Aleppo province ."
    return _doc(
        [
            ("People", 2, "nsubjpass", "NNS", "O"),
            ("were", 2, "auxpass", "VBZ", "O"),
            ("killed", 2, "ROOT", "VBN", "O"),
            ("in", 2, "prep", "IN", "O"),
            ("Syria", 7, "poss", "NNP", "B-GPE"),
            ("'s", 4, "case", "POS", "O"),
            ("Aleppo", 7, "compound", "NNP", "B-NORP"),
            ("province", 3, "pobj", "NN", "O"),
            (".", 2, "punct", ".", "O"),
        ]
    )


def test_locate_possessive_country_yields_to_the_place_it_locates():
    doc = _syria_aleppo()
    mentions = [_mention(doc, "Syria", "country"), _mention(doc, "Aleppo province", "admin1")]
    assert _choose(doc, "killed", mentions) == "Aleppo province"


def test_locate_place_name_mistagged_norp_is_still_a_place():
    doc = _syria_aleppo()
    assert is_place_use(_mention(doc, "Aleppo province", "admin1"), doc[:])


def test_locate_demonym_is_not_a_place_use():
    # "Kurdish fighters attacked ." with "Kurdish" (an adjective) matched as a place
    doc = _doc(
        [
            ("Kurdish", 1, "amod", "JJ", "B-NORP"),
            ("fighters", 2, "nsubj", "NNS", "O"),
            ("attacked", 2, "ROOT", "VBD", "O"),
            (".", 2, "punct", ".", "O"),
        ]
    )
    assert not is_place_use(_mention(doc, "Kurdish"), doc[:])


def test_locate_reference_point_loses_to_the_place_it_measures_from():
    # "He was shot , south of Lexington , after a rally in Shopville ." — nearer the verb, but only a yardstick
    doc = _doc(
        [
            ("He", 2, "nsubjpass", "PRP", "O"),
            ("was", 2, "auxpass", "VBZ", "O"),
            ("shot", 2, "ROOT", "VBN", "O"),
            (",", 2, "punct", ",", "O"),
            ("south", 2, "advmod", "RB", "O"),
            ("of", 4, "prep", "IN", "O"),
            ("Lexington", 5, "pobj", "NNP", "B-GPE"),
            (",", 2, "punct", ",", "O"),
            ("after", 2, "prep", "IN", "O"),
            ("a", 10, "det", "DT", "O"),
            ("rally", 8, "pobj", "NN", "O"),
            ("in", 10, "prep", "IN", "O"),
            ("Shopville", 11, "pobj", "NNP", "B-GPE"),
            (".", 2, "punct", ".", "O"),
        ]
    )
    mentions = [_mention(doc, "Lexington"), _mention(doc, "Shopville")]
    assert _choose(doc, "shot", mentions) == "Shopville"


def test_locate_against_phrase_names_a_target_not_a_location():
    # "They protested against the operation in Gaza ."
    doc = _doc(
        [
            ("They", 1, "nsubj", "PRP", "O"),
            ("protested", 1, "ROOT", "VBD", "O"),
            ("against", 1, "prep", "IN", "O"),
            ("the", 4, "det", "DT", "O"),
            ("operation", 2, "pobj", "NN", "O"),
            ("in", 4, "prep", "IN", "O"),
            ("Gaza", 5, "pobj", "NNP", "B-GPE"),
            (".", 1, "punct", ".", "O"),
        ]
    )
    assert _choose(doc, "protested", [_mention(doc, "Gaza")]) is None


def test_locate_reporting_source_place_is_not_the_location():
    # "Ten were killed , sources in Nineveh said ."
    doc = _doc(
        [
            ("Ten", 2, "nsubjpass", "CD", "O"),
            ("were", 2, "auxpass", "VBZ", "O"),
            ("killed", 8, "ccomp", "VBN", "O"),
            (",", 8, "punct", ",", "O"),
            ("sources", 8, "nsubj", "NNS", "O"),
            ("in", 4, "prep", "IN", "O"),
            ("Nineveh", 5, "pobj", "NNP", "B-GPE"),
            ("officials", 4, "appos", "NNS", "O"),
            ("said", 8, "ROOT", "VBD", "O"),
            (".", 8, "punct", ".", "O"),
        ],
        lemmas={"said": "say", "killed": "kill"},
    )
    assert _choose(doc, "killed", [_mention(doc, "Nineveh")]) is None


def test_locate_village_of_name_beats_the_wider_area_it_sits_in():
    # "Militants were killed in the village of Ashmi in the countryside of Kobane ."
    doc = _doc(
        [
            ("Militants", 2, "nsubjpass", "NNS", "O"),
            ("were", 2, "auxpass", "VBZ", "O"),
            ("killed", 2, "ROOT", "VBN", "O"),
            ("in", 2, "prep", "IN", "O"),
            ("the", 5, "det", "DT", "O"),
            ("village", 3, "pobj", "NN", "O"),
            ("of", 5, "prep", "IN", "O"),
            ("Ashmi", 6, "pobj", "NNP", "O"),
            ("in", 5, "prep", "IN", "O"),
            ("the", 10, "det", "DT", "O"),
            ("countryside", 8, "pobj", "NN", "O"),
            ("of", 10, "prep", "IN", "O"),
            ("Kobane", 11, "pobj", "NNP", "B-GPE"),
            (".", 2, "punct", ".", "O"),
        ]
    )
    known = [_mention(doc, "Kobane")]
    extra = ner_place_mentions(doc, known)
    assert [m.text for m in extra] == ["Ashmi"]
    assert extra[0].place.lat is None
    assert _choose(doc, "killed", [*known, *extra]) == "Ashmi"


def test_typed_names_name_before_type_noun():
    # "Clashes in Makhmur district and at al - Shaab Stadium ."
    doc = _doc(
        [
            ("Clashes", 0, "ROOT", "NNS", "O"),
            ("in", 0, "prep", "IN", "O"),
            ("Makhmur", 3, "compound", "NNP", "O"),
            ("district", 1, "pobj", "NN", "O"),
            ("and", 1, "cc", "CC", "O"),
            ("at", 1, "conj", "IN", "O"),
            ("al", 9, "compound", "NNP", "O"),
            ("-", 9, "punct", "HYPH", "O"),
            ("Shaab", 9, "compound", "NNP", "O"),
            ("Stadium", 5, "pobj", "NNP", "O"),
            (".", 0, "punct", ".", "O"),
        ]
    )
    assert [m.text for m in typed_place_mentions(doc, [])] == ["Makhmur", "Shaab Stadium"]


def test_typed_names_skip_known_mentions_and_common_words():
    # "The city of Mosul and the old district ." — Mosul is already a gazetteer mention; "old" is no name
    doc = _doc(
        [
            ("The", 1, "det", "DT", "O"),
            ("city", 1, "ROOT", "NN", "O"),
            ("of", 1, "prep", "IN", "O"),
            ("Mosul", 2, "pobj", "NNP", "B-GPE"),
            ("and", 1, "cc", "CC", "O"),
            ("the", 7, "det", "DT", "O"),
            ("old", 7, "amod", "JJ", "O"),
            ("district", 1, "conj", "NN", "O"),
            (".", 1, "punct", ".", "O"),
        ]
    )
    assert typed_place_mentions(doc, [_mention(doc, "Mosul")]) == []


def test_locate_where_clause_happens_at_its_antecedent():
    # "In Ghouta , where after a long siege the rebels surrendered , people now live in Afrin ." — Afrin is
    # nearer the verb, but "where" puts the surrender in Ghouta
    doc = _doc(
        [
            ("In", 13, "prep", "IN", "O"),
            ("Ghouta", 0, "pobj", "NNP", "B-GPE"),
            (",", 1, "punct", ",", "O"),
            ("where", 10, "advmod", "RB", "O"),
            ("after", 10, "prep", "IN", "O"),
            ("a", 7, "det", "DT", "O"),
            ("long", 7, "amod", "JJ", "O"),
            ("siege", 4, "pobj", "NN", "O"),
            ("the", 9, "det", "DT", "O"),
            ("rebels", 10, "nsubj", "NNS", "O"),
            ("surrendered", 1, "relcl", "VBD", "O"),
            (",", 13, "punct", ",", "O"),
            ("people", 13, "nsubj", "NNS", "O"),
            ("live", 13, "ROOT", "VBD", "O"),
            ("in", 13, "prep", "IN", "O"),
            ("Afrin", 14, "pobj", "NNP", "B-GPE"),
            (".", 13, "punct", ".", "O"),
        ]
    )
    mentions = [_mention(doc, "Ghouta"), _mention(doc, "Afrin")]
    assert _choose(doc, "surrendered", mentions) == "Ghouta"


def test_locate_conjoined_subject_country_acts_and_does_not_locate():
    # "The US and Britain do not consider the group , which it has supported ." — Britain, a conjunct of the
    # subject, acts like the US: it is not where the supporting happened
    doc = _doc(
        [
            ("The", 1, "det", "DT", "O"),
            ("US", 5, "nsubj", "NNP", "B-GPE"),
            ("and", 1, "cc", "CC", "O"),
            ("Britain", 1, "conj", "NNP", "B-GPE"),
            ("do", 5, "aux", "VB", "O"),
            ("consider", 5, "ROOT", "VB", "O"),
            ("the", 7, "det", "DT", "O"),
            ("group", 5, "dobj", "NN", "O"),
            (",", 7, "punct", ",", "O"),
            ("which", 12, "dobj", "DT", "O"),
            ("it", 12, "nsubj", "PRP", "O"),
            ("has", 12, "aux", "VBZ", "O"),
            ("supported", 7, "relcl", "VBN", "O"),
            (".", 5, "punct", ".", "O"),
        ]
    )
    mentions = [_mention(doc, "US", "country"), _mention(doc, "Britain", "country")]
    assert _choose(doc, "supported", mentions) is None


def _raid_doc() -> Doc:
    # "A raid against fighters in Syria angered the United States ."
    return _doc(
        [
            ("A", 1, "det", "DT", "O"),
            ("raid", 6, "nsubj", "NN", "O"),
            ("against", 1, "prep", "IN", "O"),
            ("fighters", 2, "pobj", "NNS", "O"),
            ("in", 3, "prep", "IN", "O"),
            ("Syria", 4, "pobj", "NNP", "B-GPE"),
            ("angered", 6, "ROOT", "VBD", "O"),
            ("the", 9, "det", "DT", "O"),
            ("United", 9, "compound", "NNP", "B-GPE"),
            ("States", 6, "dobj", "NNP", "I-GPE"),
            (".", 6, "punct", ".", "O"),
        ]
    )


def test_locate_hostile_act_happens_where_its_target_is():
    doc = _raid_doc()
    mentions = [_mention(doc, "Syria"), _mention(doc, "United States")]
    hostile = choose_event_place(doc[:], _token(doc, "raid"), mentions, hostile=True)
    assert hostile is not None and hostile.text == "Syria"
    assert _choose(doc, "raid", mentions) != "Syria"  # a protest "against" X in Syria is not in Syria


def _fired_from(verb: str, lemma: str) -> Doc:
    # "Rebels <verb> from Ghouta into Damascus ." — both places hang on the verb; Ghouta is nearer
    return _doc(
        [
            ("Rebels", 1, "nsubj", "NNS", "O"),
            (verb, 1, "ROOT", "VBD", "O"),
            ("from", 1, "prep", "IN", "O"),
            ("Ghouta", 2, "pobj", "NNP", "B-GPE"),
            ("into", 1, "prep", "IN", "O"),
            ("Damascus", 4, "pobj", "NNP", "B-GPE"),
            (".", 1, "punct", ".", "O"),
        ],
        lemmas={verb: lemma},
    )


def test_locate_launch_point_of_an_attack_loses_to_where_it_landed():
    fired = _fired_from("fired", "fire")
    assert _choose(fired, "fired", [_mention(fired, "Ghouta"), _mention(fired, "Damascus")]) == "Damascus"
    assert _choose(fired, "fired", [_mention(fired, "Ghouta")]) == "Ghouta"  # the only place: kept
    moved = _fired_from("moved", "move")  # not an attack at a distance: the nearest place, as before
    assert _choose(moved, "moved", [_mention(moved, "Ghouta"), _mention(moved, "Damascus")]) == "Ghouta"


def _accused_doc() -> Doc:
    # "Militants in Idlib accused the army of the attack in Saraqib ."
    return _doc(
        [
            ("Militants", 3, "nsubj", "NNS", "O"),
            ("in", 0, "prep", "IN", "O"),
            ("Idlib", 1, "pobj", "NNP", "B-GPE"),
            ("accused", 3, "ROOT", "VBD", "O"),
            ("the", 5, "det", "DT", "O"),
            ("army", 3, "dobj", "NN", "O"),
            ("of", 3, "prep", "IN", "O"),
            ("the", 8, "det", "DT", "O"),
            ("attack", 6, "pobj", "NN", "O"),
            ("in", 8, "prep", "IN", "O"),
            ("Saraqib", 9, "pobj", "NNP", "B-GPE"),
            (".", 3, "punct", ".", "O"),
        ],
        lemmas={"accused": "accuse"},
    )


def test_locate_verbal_act_is_not_placed_at_its_topic():
    doc = _accused_doc()
    trigger = _token(doc, "accused")
    topic_only = [_mention(doc, "Saraqib")]
    assert choose_event_place(doc[:], trigger, topic_only, verbal=True) is None  # what the accusation is about
    assert _choose(doc, "accused", topic_only) == "Saraqib"  # a material act's own phrase still places it
    both = [_mention(doc, "Idlib"), _mention(doc, "Saraqib")]
    found = choose_event_place(doc[:], trigger, both, verbal=True)  # where the speakers are
    assert found is not None and found.text == "Idlib"


def _positioned_doc() -> Doc:
    # "Terrorists positioned in Ghouta shelled the Tadamun neighborhood ."
    return _doc(
        [
            ("Terrorists", 4, "nsubj", "NNS", "O"),
            ("positioned", 0, "acl", "VBN", "O"),
            ("in", 1, "prep", "IN", "O"),
            ("Ghouta", 2, "pobj", "NNP", "B-GPE"),
            ("shelled", 4, "ROOT", "VBD", "O"),
            ("the", 7, "det", "DT", "O"),
            ("Tadamun", 7, "compound", "NNP", "O"),
            ("neighborhood", 4, "dobj", "NN", "O"),
            (".", 4, "punct", ".", "O"),
        ],
        lemmas={"shelled": "shell", "positioned": "position"},
    )


def test_locate_clause_describing_the_attacker_is_not_where_the_attack_landed():
    doc = _positioned_doc()
    base = [_mention(doc, "Ghouta")]
    assert choose_event_place(doc[:], _token(doc, "shelled"), base, hostile=True) is None
    assert _choose(doc, "shelled", base) == "Ghouta"  # not hostile: as before
    landed = choose_event_place(doc[:], _token(doc, "shelled"), [*base, _mention(doc, "Tadamun")], hostile=True)
    assert landed is not None and landed.text == "Tadamun"


def test_locate_natives_of_a_place_name_where_they_come_from():
    # "The strike killed natives of Dagestan ." — their home, not where the strike was
    doc = _doc(
        [
            ("The", 1, "det", "DT", "O"),
            ("strike", 2, "nsubj", "NN", "O"),
            ("killed", 2, "ROOT", "VBD", "O"),
            ("natives", 2, "dobj", "NNS", "O"),
            ("of", 3, "prep", "IN", "O"),
            ("Dagestan", 4, "pobj", "NNP", "B-GPE"),
            (".", 2, "punct", ".", "O"),
        ],
        lemmas={"natives": "native", "killed": "kill"},
    )
    assert _choose(doc, "killed", [_mention(doc, "Dagestan")]) is None
    assert choose_event_place(doc[:], _token(doc, "killed"), [_mention(doc, "Dagestan")], hostile=True) is None


def test_locate_conjoined_agent_acts_and_does_not_locate():
    # "Rebels fought forces backed by Moscow and Tehran ."
    doc = _doc(
        [
            ("Rebels", 1, "nsubj", "NNS", "O"),
            ("fought", 1, "ROOT", "VBD", "O"),
            ("forces", 1, "dobj", "NNS", "O"),
            ("backed", 2, "acl", "VBN", "O"),
            ("by", 3, "agent", "IN", "O"),
            ("Moscow", 4, "pobj", "NNP", "B-GPE"),
            ("and", 5, "cc", "CC", "O"),
            ("Tehran", 5, "conj", "NNP", "B-GPE"),
            (".", 1, "punct", ".", "O"),
        ],
        lemmas={"fought": "fight", "backed": "back"},
    )
    assert _choose(doc, "fought", [_mention(doc, "Moscow"), _mention(doc, "Tehran")]) is None


def test_locate_naming_participle_gives_the_noun_its_name():
    # "Turkey began an incursion into the enclave in Syria known as Afrin ." : the participle only names the
    # enclave, so Afrin is the enclave and Syria only locates it
    doc = _doc(
        [
            ("Turkey", 1, "nsubj", "NNP", "B-GPE"),
            ("began", 1, "ROOT", "VBD", "O"),
            ("an", 3, "det", "DT", "O"),
            ("incursion", 1, "dobj", "NN", "O"),
            ("into", 1, "prep", "IN", "O"),
            ("the", 6, "det", "DT", "O"),
            ("enclave", 4, "pobj", "NN", "O"),
            ("in", 6, "prep", "IN", "O"),
            ("Syria", 7, "pobj", "NNP", "B-GPE"),
            ("known", 6, "acl", "VBN", "O"),
            ("as", 9, "prep", "IN", "O"),
            ("Afrin", 10, "pobj", "NNP", "B-GPE"),
            (".", 1, "punct", ".", "O"),
        ],
        lemmas={"known": "know", "began": "begin"},
    )
    mentions = [_mention(doc, "Syria", "country"), _mention(doc, "Afrin")]
    assert _choose(doc, "incursion", mentions) == "Afrin"


def test_locate_name_typed_by_place_noun_is_a_place_whatever_its_label():
    # "Terrorists targeted the al - Sulaymaniyah neighborhood ." : the tagger calls "al-Sulaymaniyah" a PERSON
    doc = _doc(
        [
            ("Terrorists", 1, "nsubj", "NNS", "O"),
            ("targeted", 1, "ROOT", "VBD", "O"),
            ("the", 6, "det", "DT", "O"),
            ("al", 5, "compound", "NNP", "B-PERSON"),
            ("-", 5, "punct", "HYPH", "I-PERSON"),
            ("Sulaymaniyah", 6, "compound", "NNP", "I-PERSON"),
            ("neighborhood", 1, "dobj", "NN", "O"),
            (".", 1, "punct", ".", "O"),
        ]
    )
    assert _choose(doc, "targeted", [_mention(doc, "Sulaymaniyah")]) == "Sulaymaniyah"


def test_locate_visit_is_made_at_its_destination():
    # "Assad visited Moscow ." / "Assad praised Moscow ." : a visit goes where it is made, praise does not
    for verb, lemma, expected in (("visited", "visit", "Moscow"), ("praised", "praise", None)):
        doc = _doc(
            [
                ("Assad", 1, "nsubj", "NNP", "B-PERSON"),
                (verb, 1, "ROOT", "VBD", "O"),
                ("Moscow", 1, "dobj", "NNP", "B-GPE"),
                (".", 1, "punct", ".", "O"),
            ],
            lemmas={verb: lemma},
        )
        found = choose_event_place(doc[:], doc[1], [_mention(doc, "Moscow")], verbal=True)
        assert (found.text if found is not None else None) == expected


def test_locate_country_possessive_without_apostrophe_keeps_the_place():
    # "Militants attacked Syrias Idlib ." where the tagger reads "Syrias Idlib" as a person
    doc = _doc(
        [
            ("Militants", 1, "nsubj", "NNS", "O"),
            ("attacked", 1, "ROOT", "VBD", "O"),
            ("Syrias", 3, "compound", "NNP", "B-PERSON"),
            ("Idlib", 1, "dobj", "NNP", "I-PERSON"),
            (".", 1, "punct", ".", "O"),
        ]
    )
    assert is_place_use(_mention(doc, "Idlib"), doc[:])
    doc = _doc(
        [
            ("Militants", 1, "nsubj", "NNS", "O"),
            ("attacked", 1, "ROOT", "VBD", "O"),
            ("Pat", 3, "compound", "NNP", "B-PERSON"),
            ("Idlib", 1, "dobj", "NNP", "I-PERSON"),
            (".", 1, "punct", ".", "O"),
        ]
    )
    assert not is_place_use(_mention(doc, "Idlib"), doc[:])
