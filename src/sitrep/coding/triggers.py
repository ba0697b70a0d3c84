"""The trigger lexicon: which verbs and nouns express which PLOVER event (with CAMEO code, mode and context).

Data: `data/triggers/verbs.csv` (verb patterns, optionally conditioned on a particle or preposition and on the
lemma of the direct object), `data/triggers/nouns.csv` (event nouns, optionally conditioned on a compound or
adjective modifier: "air strike"); the instrument words that set an event's mode are `coding.modes`. Every row is validated against the ontology (`sitrep.coding.ontology`) when loaded.

Rows whose event_type is empty are explicit non-events ("release a statement", "hit a record"); rows with
light = 1 are light verbs whose object noun carries the event ("carry out air strikes", "deny the attack").
Lookups are dictionary lookups on the lemma followed by a scan of that lemma's few patterns.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ..datafiles import data_path, read_table, split_multi
from ..errors import DictionaryError
from ..records import EVENT_TYPES
from .ontology import Ontology, cameo_info, load_ontology

VERB_COLUMNS = (
    "lemma",
    "particle",
    "prep",
    "object_lemmas",
    "cameo",
    "event_type",
    "mode",
    "context",
    "light",
)
NOUN_COLUMNS = ("lemma", "compounds", "cameo", "event_type", "mode", "context")
FRAME_VERBS = ("intent", "appeal", "statement", "posture", "commit", "anger", "disapproval")
EXPERIENCER_CODES = {"anger": "111", "disapproval": "110"}  # CAMEO criticize/denounce, disapprove (frame_verbs.csv)
# Particles that are never ordinary prepositions: a pattern's particle matches them even where the parser
# attached them as a preposition ("pulled out of"). Others (on, in, over) must be parsed as particles.
ADVERB_PARTICLES = frozenset(
    {"out", "up", "off", "down", "back", "away", "aside", "forward", "apart", "together"}
)


@dataclass(frozen=True)
class TriggerSense:
    """The event a trigger expresses: PLOVER type/mode/context, closest CAMEO code and its scores."""

    event_type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    goldstein: float
    quad_class: int
    pattern: str


@dataclass(frozen=True)
class _Pattern:
    """One lexicon row: its conditions and what it yields (sense None: no event)."""

    particle: str  # the verb's particle ("" for none)
    prep: str  # a preposition the verb must govern ("" for none)
    objects: tuple[
        tuple[str, frozenset[str]], ...
    ]  # alternatives: (head lemma, modifiers that must be present)
    sense: TriggerSense | None
    light: bool
    object_heads: frozenset[str] = frozenset()  # the heads of `objects`, for a fast rejection

    def score(
        self,
        particle: str | None,
        preps: frozenset[str],
        heads: tuple[str, ...],
        modifiers: frozenset[str],
        prep_heads: Mapping[str, tuple[str, ...]],
    ) -> int:
        """How specifically this pattern matches (-1: it does not)."""
        if not self.particle_matches(particle, preps):
            return -1
        if self.prep and self.prep not in preps and self.prep != particle:
            return -1
        score = 2 * (bool(self.particle) + bool(self.prep))
        if not self.objects:
            return score
        if self.prep:  # "engage (X) in a firefight": the object may be the preposition's ("ask for asylum")
            heads = heads + prep_heads.get(self.prep, ())
        if self.object_heads.isdisjoint(heads):
            return -1
        best = max(
            (len(mods) for head, mods in self.objects if head in heads and mods <= modifiers), default=-1
        )
        return -1 if best < 0 else score + 2 + best

    def particle_matches(self, particle: str | None, preps: frozenset[str]) -> bool:
        """The pattern's particle is the verb's particle (or an adverb particle parsed as a preposition)."""
        if not self.particle:
            return True
        return self.particle == particle or (self.particle in ADVERB_PARTICLES and self.particle in preps)


@dataclass(frozen=True)
class TriggerLexicon:
    """Verb and noun patterns by lemma. Build it with `load_triggers`. `answers` remembers the lookups'
    answers (a pure function of their arguments: a document asks the same few hundred questions many times)."""

    verbs: dict[str, tuple[_Pattern, ...]]
    nouns: dict[str, tuple[_Pattern, ...]]
    ontology: Ontology
    answers: dict[Hashable, object] = field(default_factory=dict, compare=False, repr=False)


MAX_ANSWERS = 100_000  # remembered lookups per lexicon; past this the memory starts afresh
_UNKNOWN = object()  # no answer remembered yet (None is an answer); the lookups check the memory before they
# build the function that works the answer out


def _remembered(lexicon: TriggerLexicon, key: Hashable, compute: Callable[[], object]) -> object:
    """The answer to a lookup `key`, computed once per lexicon."""
    answers = lexicon.answers
    try:
        return answers[key]
    except KeyError:
        if len(answers) >= MAX_ANSWERS:
            answers.clear()
        answer = answers[key] = compute()
        return answer


def load_triggers(directory: Path | None = None, *, ontology: Ontology | None = None) -> TriggerLexicon:
    """Read and validate verbs.csv and nouns.csv (default: the packaged data/triggers; cached)."""
    if directory is None and ontology is None:
        return _default_lexicon()
    directory = directory or data_path("triggers")
    ontology = ontology or load_ontology()
    verbs = _read_patterns(directory / "verbs.csv", ontology=ontology, noun=False)
    nouns = _read_patterns(directory / "nouns.csv", ontology=ontology, noun=True)
    return TriggerLexicon(verbs=verbs, nouns=nouns, ontology=ontology)


@cache
def _default_lexicon() -> TriggerLexicon:
    return load_triggers(data_path("triggers"), ontology=load_ontology())


def lookup_verb(
    lexicon: TriggerLexicon,
    lemma: str,
    *,
    particle: str | None = None,
    preps: Sequence[str] = (),
    object_lemma: str | None = None,
    object_compounds: Sequence[str] = (),
    prep_objects: Sequence[tuple[str, str]] = (),
) -> TriggerSense | None:
    """The event a verb expresses given its particle, prepositions, direct object and the objects of its
    prepositions (`prep_objects`: (preposition, object lemma) pairs, "engaged them in a firefight" →
    [("in", "firefight")]); None for no event. A pattern with a preposition and object lemmas matches the
    object of that preposition as well as the direct object.

    Light verbs ("carry out", "launch", "deny") give None so that the object noun is looked up instead.
    """
    key = ("verb", lemma, particle, tuple(preps), object_lemma, tuple(object_compounds), tuple(prep_objects))
    if (known := lexicon.answers.get(key, _UNKNOWN)) is not _UNKNOWN:
        return known  # type: ignore[return-value]

    def compute() -> TriggerSense | None:
        best = _best_verb_pattern(
            lexicon,
            lemma,
            particle=particle,
            preps=preps,
            object_lemma=object_lemma,
            object_compounds=object_compounds,
            prep_objects=prep_objects,
        )
        return None if best is None or best.light else best.sense

    return _remembered(lexicon, key, compute)  # type: ignore[return-value]


def lookup_noun(lexicon: TriggerLexicon, lemma: str, *, compounds: Sequence[str] = ()) -> TriggerSense | None:
    """The event a noun expresses given its compound/adjective modifiers ("air" + "strike"); None for no event."""
    key = ("noun", lemma, tuple(compounds))
    if (known := lexicon.answers.get(key, _UNKNOWN)) is not _UNKNOWN:
        return known  # type: ignore[return-value]
    return _remembered(lexicon, key, lambda: _lookup_noun(lexicon, lemma, compounds))  # type: ignore[return-value]


def _noun_patterns(lexicon: TriggerLexicon, lemma: str) -> tuple[_Pattern, ...]:
    lemma = _norm(lemma)
    return lexicon.nouns.get(lemma) or next(
        (lexicon.nouns[f] for f in singular_forms(lemma) if f in lexicon.nouns), ()
    )


def _lookup_noun(lexicon: TriggerLexicon, lemma: str, compounds: Sequence[str]) -> TriggerSense | None:
    patterns = _noun_patterns(lexicon, lemma)
    if not patterns:
        return None
    modifiers = frozenset(f for c in compounds for f in word_forms(c))
    best = _best_noun_pattern(patterns, modifiers)
    return None if best is None else best.sense


def is_light_verb(
    lexicon: TriggerLexicon,
    lemma: str,
    *,
    particle: str | None = None,
    preps: Sequence[str] = (),
    object_lemma: str | None = None,
) -> bool:
    """True when the verb expresses no event of its own and its object noun should be coded instead.

    Without an object, a verb that has object-conditioned event patterns ("send troops", "take hostages") is
    not light: look it up with its object. "carry" (only "carry out") and "deny", "say" are light.
    """
    key = ("light", lemma, particle, tuple(preps), object_lemma)
    if (known := lexicon.answers.get(key, _UNKNOWN)) is not _UNKNOWN:
        return known  # type: ignore[return-value]
    return _remembered(  # type: ignore[return-value]
        lexicon,
        key,
        lambda: _is_light_verb(lexicon, lemma, particle=particle, preps=preps, object_lemma=object_lemma),
    )


def _is_light_verb(
    lexicon: TriggerLexicon,
    lemma: str,
    *,
    particle: str | None,
    preps: Sequence[str],
    object_lemma: str | None,
) -> bool:
    patterns = lexicon.verbs.get(_norm(lemma), ())
    best = _best_verb_pattern(lexicon, lemma, particle=particle, preps=preps, object_lemma=object_lemma)
    if best is None:
        bare = [p for p in patterns if not p.objects]
        return bool(bare) and all(p.light for p in bare) and particle is None
    if not best.light:
        return False
    prep_set = _lower_set(preps)
    conditioned = any(
        p.objects and not p.light and p.particle_matches(_norm_opt(particle), prep_set) for p in patterns
    )
    return object_lemma is not None or not conditioned


def may_be_verb_trigger(lexicon: TriggerLexicon, lemma: str) -> bool:
    """False when `lookup_verb` gives None for this lemma whatever its arguments (a fast pre-filter)."""
    if (known := lexicon.answers.get(("verb?", lemma), _UNKNOWN)) is not _UNKNOWN:
        return known  # type: ignore[return-value]
    norm = _norm(lemma)
    return _remembered(  # type: ignore[return-value]
        lexicon,
        ("verb?", lemma),
        lambda: bool(lexicon.verbs.get(norm) or lexicon.verbs.get(_unprefixed(norm))),
    )


def may_be_noun_trigger(lexicon: TriggerLexicon, lemma: str) -> bool:
    """False when `lookup_noun` gives None for this lemma whatever its modifiers (a fast pre-filter)."""
    if (known := lexicon.answers.get(("noun?", lemma), _UNKNOWN)) is not _UNKNOWN:
        return known  # type: ignore[return-value]
    return _remembered(lexicon, ("noun?", lemma), lambda: bool(_noun_patterns(lexicon, lemma)))  # type: ignore[return-value]


def trigger_lemmas(lexicon: TriggerLexicon, *, include_light: bool = True) -> frozenset[str]:
    """Every verb and noun lemma the lexicon knows (a fast pre-filter); optionally without pure light verbs."""
    verbs = {
        lemma
        for lemma, patterns in lexicon.verbs.items()
        if include_light or any(p.sense is not None for p in patterns)
    }
    return frozenset(verbs | {lemma for lemma, ps in lexicon.nouns.items() if any(p.sense for p in ps)})


def sense_of_code(code: str, *, pattern: str) -> TriggerSense | None:
    """The sense a CAMEO code gives by itself (type, mode, contexts, Goldstein, quad class from the ontology)."""
    info = cameo_info(code)
    if info is None or info.plover_type is None:
        return None
    return TriggerSense(
        event_type=info.plover_type,
        mode=info.plover_mode,
        context=info.contexts,
        cameo=code,
        goldstein=info.goldstein,
        quad_class=info.quad_class,
        pattern=pattern,
    )


def governing_frame(lemma: str, *, has_object: bool, table: dict[str, str] | None = None) -> str | None:
    """How CAMEO codes an event verb governed by `lemma` (frame_verbs.csv): "intent" ("wants to attack" →
    intent/threat code), "appeal" ("asked Obama to help", "wants Putin to attack" → appeal code), None for an
    ordinary governor; "commit" for an agreement or pledge ("agreed to lift": the act itself, frames.py). An intent verb with an object of its own ("wants Putin to …") is an appeal; an appeal
    verb needs one ("urged X to …")."""
    frame = (table if table is not None else load_frame_verbs()).get(_norm(lemma))
    if frame in ("statement", "commit"):  # "said it would free": frames.frame_of decides if it is a promise
        return frame
    if frame == "intent":
        return "appeal" if has_object else "intent"
    if frame == "posture":  # "prepared to shell the town": a show of force (CAMEO 15)
        return None if has_object else frame
    return frame if frame == "appeal" and has_object else None


def experiencer_code(lemma: str, *, table: dict[str, str] | None = None) -> str | None:
    """The CAMEO code of a predicate of felt disapproval whose subject is the one who feels it ("Turkey was
    angered by", "is frustrated that", "furious at"; frame_verbs.csv frames "anger" → 111, "disapproval" → 110);
    None for any other lemma."""
    frame = (table if table is not None else load_frame_verbs()).get(_norm(lemma))
    return EXPERIENCER_CODES.get(frame) if frame is not None else None


def experiencer_lemmas(*, table: dict[str, str] | None = None) -> frozenset[str]:
    """Every lemma `experiencer_code` codes (for the pre-filter of sentences that may hold an event)."""
    frames = table if table is not None else load_frame_verbs()
    return frozenset(lemma for lemma, frame in frames.items() if frame in EXPERIENCER_CODES)


def load_frame_verbs(path: Path | None = None) -> dict[str, str]:
    """Read and validate frame_verbs.csv: lemma → frame (default: the packaged data/triggers file; cached)."""
    if path is None:
        return _default_frame_verbs()
    table: dict[str, str] = {}
    for line, row in read_table(path, required=("lemma", "frame")):
        lemma = row["lemma"]
        if not lemma or lemma != lemma.lower() or lemma in table or row["frame"] not in FRAME_VERBS:
            raise DictionaryError(
                str(path), line, f"bad or repeated lemma {lemma!r} / frame {row['frame']!r}"
            )
        table[lemma] = row["frame"]
    return table


@cache
def _default_frame_verbs() -> dict[str, str]:
    return load_frame_verbs(data_path("triggers/frame_verbs.csv"))


# --- matching -----------------------------------------------------------------------------------------------


def _best_verb_pattern(
    lexicon: TriggerLexicon,
    lemma: str,
    *,
    particle: str | None,
    preps: Sequence[str],
    object_lemma: str | None,
    object_compounds: Sequence[str] = (),
    prep_objects: Sequence[tuple[str, str]] = (),
) -> _Pattern | None:
    lemma = _norm(lemma)
    patterns = lexicon.verbs.get(lemma) or lexicon.verbs.get(_unprefixed(lemma))
    if not patterns:
        return None
    heads = tuple(word_forms(object_lemma)) if object_lemma else ()
    modifiers = frozenset(f for c in object_compounds for f in word_forms(c))
    prep_heads: dict[str, tuple[str, ...]] = {}
    for prep, obj in prep_objects:
        prep_heads[_norm(prep)] = prep_heads.get(_norm(prep), ()) + tuple(word_forms(obj))
    preps = [*preps, *(prep for prep, _ in prep_objects)]
    return _best(patterns, _norm_opt(particle), _lower_set(preps), heads, modifiers, prep_heads)


def _best(
    patterns: Iterable[_Pattern],
    particle: str | None,
    preps: frozenset[str],
    heads: tuple[str, ...],
    modifiers: frozenset[str],
    prep_heads: Mapping[str, tuple[str, ...]],
) -> _Pattern | None:
    """The most specific matching verb pattern (the first one on ties)."""
    best, best_score = None, -1
    for pattern in patterns:
        score = pattern.score(particle, preps, heads, modifiers, prep_heads)
        if score > best_score:
            best, best_score = pattern, score
    return best


def _best_noun_pattern(patterns: Iterable[_Pattern], compounds: frozenset[str]) -> _Pattern | None:
    """A noun pattern whose compound condition holds, else the unconditioned one."""
    best: _Pattern | None = None
    for pattern in patterns:
        if not pattern.objects:
            best = best or pattern
        elif any(head in compounds for head, _ in pattern.objects):
            return pattern
    return best


def _unprefixed(lemma: str) -> str:
    """ "re-impose" → "impose": a hyphenated re- verb the lexicon lacks means its base verb again."""
    return lemma[3:] if lemma.startswith("re-") and len(lemma) > 5 else lemma


def _lower_set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in words)


def _norm_opt(text: str | None) -> str | None:
    return _norm(text) if text else None


def _norm(text: str) -> str:
    return text.strip().lower()


def word_forms(text: str) -> list[str]:
    """A word lowercased, then its naive singulars ("F-16s" → f-16, "gunmen" → gunman)."""
    word = _norm(text).removesuffix("'s").removesuffix("’s").strip(".,;:!?\"'()")
    return [word, *singular_forms(word)] if word else []


def singular_forms(word: str) -> list[str]:
    forms = []
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        forms.append(word[:-1])
    return forms


# --- loading ------------------------------------------------------------------------------------------------


def _read_patterns(path: Path, *, ontology: Ontology, noun: bool) -> dict[str, tuple[_Pattern, ...]]:
    required = NOUN_COLUMNS if noun else VERB_COLUMNS
    patterns: dict[str, list[_Pattern]] = {}
    seen: set[tuple[str, ...]] = set()
    for line, row in read_table(path, required=required):
        where = (str(path), line)
        key = _row_key(row, noun=noun)
        if not key[0] or key[0] != key[0].lower():
            raise DictionaryError(*where, f"lemma {key[0]!r} must be a non-empty lowercase lemma")
        if key in seen:
            raise DictionaryError(*where, f"duplicate pattern {' '.join(k for k in key if k)!r}")
        seen.add(key)
        patterns.setdefault(key[0], []).append(_pattern_row(row, ontology=ontology, noun=noun, where=where))
    return {lemma: tuple(ps) for lemma, ps in patterns.items()}


def _row_key(row: dict[str, str], *, noun: bool) -> tuple[str, ...]:
    if noun:
        return (row["lemma"], "|".join(sorted(c.lower() for c in split_multi(row["compounds"]))))
    objects = "|".join(sorted(o.lower() for o in split_multi(row["object_lemmas"])))
    return (row["lemma"], row["particle"].lower(), row["prep"].lower(), objects)


def _pattern_row(row: dict[str, str], *, ontology: Ontology, noun: bool, where: tuple[str, int]) -> _Pattern:
    light = _light_flag(row.get("light", ""), where=where)
    sense = _sense(row, ontology=ontology, noun=noun, where=where)
    if light and sense is not None:
        raise DictionaryError(*where, "a light verb row (light = 1) must not give an event")
    conditions = split_multi(row["compounds"] if noun else row["object_lemmas"])
    objects = tuple(_object_condition(c) for c in conditions)
    particle, prep = ("", "") if noun else (row["particle"].lower(), row["prep"].lower())
    heads = frozenset(head for head, _ in objects)
    return _Pattern(
        particle=particle, prep=prep, objects=objects, sense=sense, light=light, object_heads=heads
    )


def _object_condition(text: str) -> tuple[str, frozenset[str]]:
    """ "humanitarian aid" → ("aid", {"humanitarian"}): the head lemma and modifiers that must be present."""
    parts = text.lower().split()
    return parts[-1], frozenset(parts[:-1])


def _light_flag(value: str, *, where: tuple[str, int]) -> bool:
    if value not in ("", "0", "1"):
        raise DictionaryError(*where, f"light must be 0 or 1, not {value!r}")
    return value == "1"


def _sense(
    row: dict[str, str], *, ontology: Ontology, noun: bool, where: tuple[str, int]
) -> TriggerSense | None:
    code, event_type = row["cameo"], row["event_type"]
    info = ontology.codes.get(code) if code else None
    if code and info is None:
        raise DictionaryError(*where, f"CAMEO code {code!r} is not in the ontology")
    if not event_type:
        if row["mode"] or row["context"] or (info is not None and info.plover_type is not None):
            raise DictionaryError(
                *where,
                "a row without event_type (no event) needs an empty mode/context and "
                "a CAMEO code that PLOVER does not code (or none)",
            )
        return None
    if event_type not in EVENT_TYPES:
        raise DictionaryError(*where, f"event_type {event_type!r} is not one of the 16 PLOVER types")
    if info is None:
        raise DictionaryError(*where, f"event_type {event_type} needs a CAMEO code")
    same = info.plover_type == event_type
    mode = row["mode"] or (info.plover_mode if same else None)
    if mode and not ontology.is_mode(event_type, mode):
        raise DictionaryError(*where, f"mode {mode!r} is not a PLOVER mode of {event_type}")
    context = tuple(split_multi(row["context"])) or (info.contexts if same else ())
    if unknown := [c for c in context if c not in ontology.contexts]:
        raise DictionaryError(*where, f"unknown PLOVER context(s) {', '.join(unknown)}")
    return TriggerSense(
        event_type,
        mode or None,
        context,
        code,
        info.goldstein,
        info.quad_class,
        _describe(row, noun=noun, line=where[1]),
    )


def _describe(row: dict[str, str], *, noun: bool, line: int) -> str:
    conditions = split_multi(row["compounds"] if noun else row["object_lemmas"])
    shown = "|".join(conditions[:3]) + ("|..." if len(conditions) > 3 else "")
    if noun:
        return f"noun {shown + ' ' if shown else ''}{row['lemma']} (nouns.csv:{line})"
    words = " ".join(w for w in (row["lemma"], row["particle"], row["prep"]) if w)
    return f"verb {words}{' +' + shown if shown else ''} (verbs.csv:{line})"
