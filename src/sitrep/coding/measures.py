"""Light verbs and measures: the verb whose object a noun trigger is ("carried out air strikes"), and the quantity
nouns whose "of" phrase names the thing done or given ("a series of raids", "5.1 million dollars of aid")."""

from __future__ import annotations

from spacy.tokens import Token

MEASURE_NOUNS = frozenset({  # "a series of raids", "tons of aid": the "of" object is what is done or given
    "ton", "tonne", "kilogram", "kilo", "dollar", "euro", "worth", "amount", "quantity", "sum", "shipment",
    "consignment", "batch", "package", "load", "truckload", "lot", "number", "series", "wave", "spate", "string",
    "round", "volley", "couple", "dozen", "hundred", "thousand", "million", "billion",
})
PARTITIVE_WORDS = frozenset({  # "stopped much of its help", "withdrew most of its troops": the "of" object is the thing
    "much", "most", "part", "half", "some", "all", "bulk", "majority", "portion", "share", "rest", "remainder",
})


def light_verb_of(noun: Token) -> Token | None:
    """The verb a noun trigger is the object of ("carried out air strikes" → carried), also through a measure
    ("gave 5.1 million dollars of aid", "launched a series of raids")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and is_measure(noun.head.head):
        return light_verb_of(noun.head.head)
    if noun.dep_ in ("dobj", "nsubjpass", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def is_measure(noun: Token) -> bool:
    """A quantity, amount or batch whose "of" phrase names the thing ("5.1 million dollars of aid", "25,000 tons
    of food aid", "a series of raids"): a number, money or measure noun (MEASURE_NOUNS)."""
    if noun.head == noun:
        return False
    if noun.lower_ in PARTITIVE_WORDS:  # a part of the thing only when its "of" phrase names the thing
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    if noun.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    return noun.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or noun.lemma_.lower() in MEASURE_NOUNS \
        or any(c.dep_ == "nummod" for c in noun.children)
