"""Pronoun resolution on hand-built parses: kinds, salience (subjects first), reach, and relative clauses."""

from __future__ import annotations

from spacy.tokens import Span

from conftest import make_doc, with_tags
from sitrep.coding.coref import (
    MAX_SENTENCES_BACK,
    Mention,
    antecedent,
    clause_objects,
    compatible,
    definite_antecedent,
    definite_person,
    dominant_party,
    first_person_controller,
    fronted_subject,
    gender_of,
    hanging_report,
    is_coordination,
    is_mention_head,
    named_person,
    person_descriptions,
    predicate_noun,
    reporting_speaker,
    restates_first_person,
    speaker_of,
)
from sitrep.records import Actor

US = Actor(text="the US", country="USA")
IRAN = Actor(text="Iran", country="IRN")
ASSAD = Actor(text="Assad", country="SYR", sector="GOV")


def pronoun_doc(word: str):
    # "<word> attacked ." — the pronoun is the subject of the main clause
    return make_doc([(word, word.lower(), "PRON", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
                     (".", ".", "PUNCT", "punct", 1)])


def test_coref_person_pronoun_takes_only_people():
    mentions = [Mention(0, IRAN, "singular", 0, True)]
    assert antecedent(pronoun_doc("She")[0], mentions, sent=1) is None
    mentions.append(Mention(0, ASSAD, "person", 0, False))
    assert antecedent(pronoun_doc("He")[0], mentions, sent=1).country == "SYR"


def test_coref_it_never_takes_a_person():
    assert not compatible("singular", Mention(0, ASSAD, "person"))
    assert compatible("singular", Mention(0, IRAN, "singular"))
    assert compatible("plural", Mention(0, Actor(text="the militia", sector="MIL"), "singular"))


def test_coref_prefers_the_subject_of_the_nearest_sentence():
    # "The US warned Iran." then "It attacked." → the US (subject), not Iran (the latest mention)
    mentions = [Mention(0, US, "singular", 0, True), Mention(0, IRAN, "singular", 0, False)]
    actor = antecedent(pronoun_doc("It")[0], mentions, sent=1)
    assert actor.country == "USA" and actor.text == "It"


def test_coref_nearer_sentence_wins_over_subject_further_back():
    mentions = [Mention(0, US, "singular", 0, True), Mention(0, IRAN, "singular", 1, False)]
    assert antecedent(pronoun_doc("It")[0], mentions, sent=2).country == "IRN"


def test_coref_mentions_out_of_reach_are_ignored():
    mentions = [Mention(0, US, "singular", 0, True)]
    assert antecedent(pronoun_doc("It")[0], mentions, sent=MAX_SENTENCES_BACK).country == "USA"
    assert antecedent(pronoun_doc("It")[0], mentions, sent=MAX_SENTENCES_BACK + 1) is None


def test_coref_pronoun_in_relative_clause_skips_the_modified_noun():
    # "Rebels resent the YPG , which they accuse" → they = the rebels, not the YPG
    doc = make_doc([
        ("Rebels", "rebel", "NOUN", "nsubj", 1), ("resent", "resent", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3), ("YPG", "YPG", "PROPN", "dobj", 1), (",", ",", "PUNCT", "punct", 3),
        ("which", "which", "PRON", "dobj", 7), ("they", "they", "PRON", "nsubj", 7),
        ("accuse", "accuse", "VERB", "relcl", 3),
    ])
    rebels = Actor(text="Rebels", country="SYR", sector="REB")
    ypg = Actor(text="the YPG", country="SYR", sector="MIL")
    # the rebels' mention is not flagged a subject, so salience alone would take the latest mention (the YPG)
    mentions = [Mention(doc[0].idx + 6, rebels, "plural", 0, False), Mention(doc[3].idx + 3, ypg, "singular", 0, False)]
    assert antecedent(doc[6], mentions, sent=0).text == "they"
    assert antecedent(doc[6], mentions, sent=0).sector == "REB"


def test_coref_coordination_is_one_plural_mention():
    # "Syrian rebel commanders and officials": one plural group, the later conjunct is no mention of its own
    doc = make_doc(
        [
            ("Syrian", "syrian", "ADJ", "amod", 2),
            ("rebel", "rebel", "NOUN", "compound", 2),
            ("commanders", "commander", "NOUN", "ROOT", 2),
            ("and", "and", "CCONJ", "cc", 2),
            ("officials", "official", "NOUN", "conj", 2),
        ]
    )
    assert is_mention_head(doc[0:3]) and is_coordination(doc[0:3])
    assert not is_mention_head(doc[4:5])
    assert not is_coordination(doc[4:5])


def definite_doc(*words: str):
    # "<det> [<adj>] <noun> attacked ." with the noun as the subject
    rows = [(w, w.lower(), "ADJ" if i and i < len(words) - 1 else "DET", "amod" if i else "det", len(words) - 1)
            for i, w in enumerate(words[:-1])]
    noun = words[-1]
    lemma = noun.lower().rstrip("s")
    rows.append((noun, lemma, "NOUN", "nsubj", len(words)))
    rows.append(("attacked", "attack", "VERB", "ROOT", len(words)))
    return make_doc(rows)


def test_coref_definite_description_takes_the_armed_group_named_before():
    hezbollah = Actor(text="Hezbollah", actor_id="HEZBOLLAH", country="LBN", sector="UAF", sponsor="IRN")
    mentions = [Mention(0, US, "singular", 0, True), Mention(0, hezbollah, "singular", 1, False)]
    doc = definite_doc("the", "militias")
    actor = definite_antecedent(doc[1], mentions, sent=2)
    assert actor is not None and actor.actor_id == "HEZBOLLAH" and actor.text == "the militias"
    assert definite_antecedent(doc[1], mentions, sent=2 + MAX_SENTENCES_BACK) is None  # out of reach


def test_coref_definite_description_needs_a_fitting_party_and_a_bare_phrase():
    mentions = [Mention(0, US, "singular", 0, True)]  # a state, no sector: not "the group"
    assert definite_antecedent(definite_doc("the", "group")[1], mentions, sent=1) is None
    army = Actor(text="Turkish troops", country="TUR", sector="MIL")
    mentions.append(Mention(0, army, "plural", 0, False))
    assert definite_antecedent(definite_doc("the", "army")[1], mentions, sent=1).country == "TUR"
    assert definite_antecedent(definite_doc("a", "army")[1], mentions, sent=1) is None  # indefinite: new party
    assert definite_antecedent(definite_doc("the", "Syrian", "army")[2], mentions, sent=1) is None  # names its own


def test_coref_description_naming_its_party_is_not_a_back_reference():
    from conftest import make_doc
    from sitrep.coding.coref import _bare_definite

    # the president of Armenia
    doc = make_doc(
        [
            ("the", "the", "DET", "det", 1),
            ("president", "president", "NOUN", "ROOT", 1),
            ("of", "of", "ADP", "prep", 1),
            ("Armenia", "Armenia", "PROPN", "pobj", 2),
        ]
    )
    assert not _bare_definite(doc[1])
    assert _bare_definite(make_doc([("the", "the", "DET", "det", 1), ("president", "president", "NOUN", "ROOT", 1)])[1])


def test_coref_reach_counts_sentences_however_many_mentions():
    # the US (subject) in sentence 0, then Iran once in each of sentences 1-6
    mentions = [Mention(0, US, "singular", 0, True)] + [Mention(0, IRAN, "singular", n, False) for n in range(1, 7)]
    assert antecedent(pronoun_doc("It")[0], mentions, sent=6 + MAX_SENTENCES_BACK).country == "IRN"
    assert antecedent(pronoun_doc("It")[0], mentions, sent=7 + MAX_SENTENCES_BACK) is None
    crowded = [Mention(0, US, "singular", 0, True)] + [Mention(0, IRAN, "singular", 0, False)] * 30
    assert antecedent(pronoun_doc("It")[0], crowded, sent=MAX_SENTENCES_BACK).country == "USA"  # subject first
    hezbollah = Actor(text="Hezbollah", actor_id="HEZBOLLAH", country="LBN", sector="UAF")
    later = [Mention(0, hezbollah, "singular", 1, False)] + [Mention(0, US, "singular", n, True) for n in (2, 3, 4)]
    doc = definite_doc("the", "militias")
    assert definite_antecedent(doc[1], later, sent=1 + MAX_SENTENCES_BACK).actor_id == "HEZBOLLAH"
    assert definite_antecedent(doc[1], later, sent=2 + MAX_SENTENCES_BACK) is None


def speaker_doc():
    # "Syrian rebels said they entered ." — "they" opens the complement of the speaker's "said"
    return make_doc([
        ("Syrian", "syrian", "ADJ", "amod", 1), ("rebels", "rebel", "NOUN", "nsubj", 2), ("said", "say", "VERB", "ROOT", 2),
        ("they", "they", "PRON", "nsubj", 4), ("entered", "enter", "VERB", "ccomp", 2), (".", ".", "PUNCT", "punct", 2),
    ])


def test_coref_speaker_no_mention_covers_is_read_by_the_caller():
    doc = speaker_doc()
    civilians = Actor(text="Civilians", country="SYR", sector="CVL")
    rebels = Actor(text="Syrian rebels", country="SYR", sector="REB")
    mentions = [Mention(0, civilians, "plural", 0, True)]  # the parser's chunks missed "Syrian rebels"
    assert antecedent(doc[3], mentions, sent=1).sector == "CVL"  # without a reader: the salient mention
    read = antecedent(doc[3], mentions, sent=1, read_speaker=lambda tok: rebels if tok.text == "rebels" else None)
    assert read.sector == "REB" and read.text == "they"
    assert antecedent(doc[3], mentions, sent=1, read_speaker=lambda tok: None).sector == "CVL"  # unreadable: salient


def test_coref_speaker_mention_ending_at_its_head_wins():
    doc = speaker_doc()
    civilians = Actor(text="Civilians", country="SYR", sector="CVL")
    rebels = Actor(text="Syrian rebels", country="SYR", sector="REB")
    end = doc[1].idx + len(doc[1])
    mentions = [Mention(0, civilians, "plural", 0, True), Mention(end, rebels, "plural", 1, True)]
    assert antecedent(doc[3], mentions, sent=1, read_speaker=lambda tok: None).sector == "REB"


def test_coref_sentence_initial_the_still_opens_a_bare_description():
    # "The group attacked ." at the start of a sentence: the capital is the sentence's, not a name's
    mentions = [Mention(0, Actor(text="Isis", actor_id="ISIS", sector="REB"), "singular", 0, True)]
    actor = definite_antecedent(definite_doc("The", "group")[1], mentions, sent=1)
    assert actor is not None and actor.actor_id == "ISIS" and actor.text == "The group"
    assert definite_antecedent(definite_doc("the", "Syrian", "group")[2], mentions, sent=1) is None


def test_coref_singular_role_noun_is_a_person():
    from conftest import with_tags
    from sitrep.coding.coref import mention_kind

    # "The rebel commander spoke ." / "The commanders spoke ." / "The army spoke ."
    def head(word: str, lemma: str, tag: str):
        doc = with_tags(make_doc([("The", "the", "DET", "det", 1), (word, lemma, "NOUN", "nsubj", 2),
                                  ("spoke", "speak", "VERB", "ROOT", 2)]), {1: tag})
        return doc[1]

    commander = head("commander", "commander", "NN")
    assert mention_kind(commander) == "person"
    assert compatible("person", Mention(10, ASSAD, mention_kind(commander)))  # "he" takes "the commander"
    assert not compatible("singular", Mention(10, ASSAD, mention_kind(commander)))  # "it" does not
    assert mention_kind(head("commanders", "commander", "NNS")) == "plural"
    assert mention_kind(head("army", "army", "NN")) == "singular"


BRITON = Actor(text="A British woman", name="British civilians", actor_id="GBR-CVL", country="GBR", sector="CVL")


def test_coref_definite_person_takes_the_person_named_before():
    # "the 26-year-old begged" (parsed "the year old", "old" the subject) and "the volunteer attacked"
    doc = make_doc([("the", "the", "DET", "det", 2), ("year", "year", "NOUN", "npadvmod", 2),
                    ("old", "old", "ADJ", "nsubj", 3), ("begged", "beg", "VERB", "ROOT", 3)])
    mentions = [Mention(0, US, "singular", 0, True), Mention(0, BRITON, "person", 0, False)]
    actor = definite_person(doc[2], mentions, sent=1)
    assert actor is not None and actor.country == "GBR" and actor.text == "the year old"
    assert definite_person(definite_doc("the", "volunteer")[1], mentions, sent=1).country == "GBR"
    assert definite_person(definite_doc("a", "volunteer")[1], mentions, sent=1) is None  # indefinite: someone new
    # the nearest person is one the coder cannot place: no guess further back
    unknown = [*mentions, Mention(0, Actor(text="Dawood Mahmoud"), "person", 1, True)]
    assert definite_person(doc[2], unknown, sent=2) is None


def name_doc(*names: str):
    # "<names> was killed ." with the last name the head and subject, the whole a PERSON entity
    rows = [(n, n.lower(), "PROPN", "compound", len(names) - 1) for n in names[:-1]]
    rows += [(names[-1], names[-1].lower(), "PROPN", "nsubjpass", len(names) + 1),
             ("was", "be", "AUX", "auxpass", len(names) + 1), ("killed", "kill", "VERB", "ROOT", len(names) + 1)]
    doc = make_doc(rows)
    doc.ents = [Span(doc, 0, len(names), label="PERSON")]
    return doc


def test_coref_named_person_takes_the_lede_description_and_later_the_surname():
    # "A British woman … has been killed. Anna Campbell … was killed": the name the lede held back
    doc = name_doc("Anna", "Campbell")
    mentions = [Mention(0, BRITON, "person", 0, True)]
    assert named_person(doc[0:2], mentions, sent=1).actor_id == "GBR-CVL"
    assert named_person(doc[0:2], mentions, sent=2) is None  # not the previous sentence
    assert named_person(doc[0:2], [Mention(0, US, "singular", 0, True)], sent=1) is None  # no person described
    # later, "Campbell" alone is that person; "Mark Campbell" is someone else
    anna = Actor(**{**BRITON.to_dict(), "text": "Anna Campbell"})
    later = [Mention(0, anna, "person", 1, True), Mention(0, US, "singular", 5, True)]
    assert named_person(name_doc("Campbell")[0:1], later, sent=9).country == "GBR"
    assert named_person(name_doc("Mark", "Campbell")[0:2], later, sent=9) is None


def test_coref_that_clause_of_an_owned_noun_is_its_owners_word():
    # "the US pressed ; Turkey 's warning that it would attack angered Iran" → it = Turkey, the warning's owner
    doc = make_doc([
        ("Turkey", "Turkey", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
        ("warning", "warning", "NOUN", "nsubj", 6), ("that", "that", "SCONJ", "mark", 5),
        ("it", "it", "PRON", "nsubj", 5), ("attack", "attack", "VERB", "acl", 2),
        ("angered", "anger", "VERB", "ROOT", 6), ("Iran", "Iran", "PROPN", "dobj", 6),
    ])
    assert speaker_of(doc[4]) == doc[0]
    turkey = Actor(text="Turkey", country="TUR")
    mentions = [Mention(0, US, "singular", 0, True), Mention(doc[0].idx + 6, turkey, "singular", 0, False)]
    assert antecedent(doc[4], mentions, sent=0).country == "TUR"


def test_coref_object_pronoun_is_not_its_clauses_subject():
    # "… the SDF . It aimed , transforming it": the object "it" is not the subject's "It" (that would be "itself")
    doc = make_doc([("It", "it", "PRON", "nsubj", 1), ("aimed", "aim", "VERB", "ROOT", 1),
                    ("transforming", "transform", "VERB", "advcl", 1), ("it", "it", "PRON", "dobj", 2)])
    pentagon = Actor(text="It", actor_id="USA-DOD", country="USA", sector="MIL")
    sdf = Actor(text="the SDF", actor_id="SDF", country="SYR", sector="REB")
    mentions = [Mention(0, sdf, "singular", 0, False), Mention(doc[0].idx + 2, pentagon, "singular", 1, True)]
    assert antecedent(doc[3], mentions, sent=1).actor_id == "SDF"
    assert antecedent(doc[0], mentions[:1], sent=1).actor_id == "SDF"  # a subject "it" may take it


TURKEY = Actor(text="Turkey", actor_id="TUR", country="TUR")
TURKISH_TROOPS = Actor(text="Turkish troops", actor_id="TUR-MIL", country="TUR", sector="MIL")
YPG = Actor(text="the YPG", actor_id="YPG", country="SYR", sector="REB")
SYRIA = Actor(text="Syria", actor_id="SYR", country="SYR")
CIVILIANS = Actor(text="civilians", actor_id="SYR-CVL", country="SYR", sector="CVL")


def test_coref_dominant_party_is_the_side_named_most_but_not_the_speakers():
    # Turkey named three times (as a state and by its army alike), the YPG twice: Turkey; a YPG speaker's "they"
    # is never the YPG's own side either way
    mentions = [Mention(0, TURKEY, "singular"), Mention(0, YPG, "singular"), Mention(0, TURKISH_TROOPS, "plural"),
                Mention(0, YPG, "singular"), Mention(0, TURKEY, "singular"), Mention(0, CIVILIANS, "plural")]
    assert dominant_party(mentions).country == "TUR"
    assert dominant_party(mentions, besides=YPG).country == "TUR"
    assert dominant_party(mentions, besides=TURKEY) is None  # the YPG, named twice, is too little to go on


def test_coref_dominant_party_counts_the_setting_country_only_by_its_government_or_army():
    # a story set in Syria names "Syria" (a place) often; that is not who acts, Turkey (named three times) is
    mentions = [Mention(0, SYRIA, "singular")] * 5 + [Mention(0, TURKEY, "singular")] * 3
    assert dominant_party(mentions, setting="SYR").country == "TUR"
    assert dominant_party(mentions).country == "SYR"


def _arrested_police_said(verb: str, lemma: str):
    """ "two men were arrested, police <verb>": the report hangs off the clause it reports."""
    return make_doc([
        ("two", "two", "NUM", "nummod", 1), ("men", "man", "NOUN", "nsubjpass", 3),
        ("were", "be", "AUX", "auxpass", 3), ("arrested", "arrest", "VERB", "ROOT", 3),
        (",", ",", "PUNCT", "punct", 3), ("police", "police", "NOUN", "nsubj", 6),
        (verb, lemma, "VERB", "parataxis", 3),
    ])


def test_coref_hanging_report_is_a_speaker_verb_after_its_clause():
    doc = _arrested_police_said("said", "say")
    assert hanging_report(doc[3]) == doc[6]
    assert reporting_speaker(doc[1]) == doc[5]


def test_coref_hanging_report_ignores_verbs_that_do_not_speak_for_their_subject():
    doc = _arrested_police_said("believed", "believe")  # not a speaker verb of data/triggers/reporting_verbs.csv
    assert hanging_report(doc[3]) is None
    assert reporting_speaker(doc[1]) is None


def test_coref_copular_it_reads_its_predicate_noun():
    # "It is Turkey's campaign ."
    doc = make_doc([
        ("It", "it", "PRON", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1), ("Turkey", "Turkey", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2), ("campaign", "campaign", "NOUN", "attr", 1), (".", ".", "PUNCT", "punct", 1),
    ])
    assert predicate_noun(doc[0]) == doc[4]
    assert predicate_noun(pronoun_doc("It")[0]) is None


def test_coref_noun_restating_we_is_the_speakers_side():
    # "We as Kurds were happy", "us Kurds"
    doc = make_doc([
        ("We", "we", "PRON", "ROOT", 0), ("as", "as", "ADP", "prep", 0), ("Kurds", "Kurds", "PROPN", "nsubj", 3),
        ("were", "be", "AUX", "pcomp", 1), ("happy", "happy", "ADJ", "acomp", 3),
    ])
    assert restates_first_person(doc[2:3])
    other = make_doc([("They", "they", "PRON", "nsubj", 1), ("fought", "fight", "VERB", "ROOT", 1),
                      ("us", "we", "PRON", "compound", 3), ("Kurds", "Kurds", "PROPN", "dobj", 1)])
    assert restates_first_person(other[2:4]) and not restates_first_person(other[0:1])


GOVERNMENT = Actor(text="The Syrian government", actor_id="SYR-GOV", country="SYR", sector="GOV")
REBELS = Actor(text="the rebels", country="SYR", sector="REB")


def quoted_pronoun_doc(word: str):
    # "“ <word> attacked ”": the pronoun is the subject of a quoted main clause
    return make_doc([("\u201c", "\u201c", "PUNCT", "punct", 2), (word, word.lower(), "PRON", "nsubj", 2),
                     ("attacked", "attack", "VERB", "ROOT", 2), ("\u201d", "\u201d", "PUNCT", "punct", 2)])


def test_coref_quoted_they_takes_a_body_named_in_its_sentence_when_no_plural_is_as_near():
    body = Mention(0, GOVERNMENT, "singular", 2, True, collective=True)
    they = quoted_pronoun_doc("They")[1]
    found = antecedent(they, [Mention(0, REBELS, "plural", 0, True), body], sent=2)
    assert found is not None and found.sector == "GOV"
    found = antecedent(they, [body, Mention(0, REBELS, "plural", 2, False)], sent=2)
    assert found is not None and found.sector == "REB"
    assert antecedent(they, [Mention(0, GOVERNMENT, "singular", 2, True)], sent=2) is None  # no body: no "they"
    assert antecedent(pronoun_doc("They")[0], [body], sent=2) is None  # narration: not a body


def test_coref_subject_pronoun_reaches_a_clause_that_opens_its_own():
    # "rebels refused , they help": the rebels are in a clause before the pronoun's, in its reach
    doc = make_doc([("rebels", "rebel", "NOUN", "nsubj", 1), ("refused", "refuse", "VERB", "ccomp", 4),
                    (",", ",", "PUNCT", "punct", 4), ("they", "they", "PRON", "nsubj", 4),
                    ("help", "help", "VERB", "ROOT", 4)])
    mentions = [Mention(len("rebels"), REBELS, "plural", 0, True)]
    found = antecedent(doc[3], mentions, sent=0)
    assert found is not None and found.sector == "REB" and found.text == "they"


def test_coref_first_person_controller_of_an_object_pronoun():
    # "Our mission is to strangle it": "it" is the object of a clause whose subject holds "Our"
    doc = make_doc([("Our", "our", "PRON", "poss", 1), ("mission", "mission", "NOUN", "nsubj", 2),
                    ("is", "be", "AUX", "ROOT", 2), ("to", "to", "PART", "aux", 4),
                    ("strangle", "strangle", "VERB", "xcomp", 2), ("it", "it", "PRON", "dobj", 4)])
    assert first_person_controller(doc[5]) == doc[0]
    assert first_person_controller(doc[1]) is None


def test_coref_restating_we_reads_past_a_comma_and_not_before_the_text():
    # "We, as Kurds, were happy": the comma before "as" is skipped; a chunk opening the text restates nothing
    doc = make_doc([
        ("We", "we", "PRON", "nsubj", 5), (",", ",", "PUNCT", "punct", 0), ("as", "as", "ADP", "prep", 0),
        ("Kurds", "Kurds", "PROPN", "pobj", 2), (",", ",", "PUNCT", "punct", 0), ("were", "be", "AUX", "ROOT", 5),
    ])
    assert restates_first_person(doc[3:4])
    assert not restates_first_person(doc[0:1])  # nothing before it
    they = make_doc([("Kurds", "Kurds", "PROPN", "nsubj", 1), ("fought", "fight", "VERB", "ROOT", 1),
                     ("as", "as", "ADP", "prep", 1), ("allies", "ally", "NOUN", "pobj", 2)])
    assert not restates_first_person(they[3:4])  # "as" with no "we"/"us" before it


def test_coref_clause_objects_are_what_a_subject_pronouns_own_clause_acts_on():
    # "They are telling the Kurds": the Kurds are out of the subject's reach; an object pronoun has none
    doc = make_doc([("They", "they", "PRON", "nsubj", 2), ("are", "be", "AUX", "aux", 2),
                    ("telling", "tell", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
                    ("Kurds", "Kurds", "PROPN", "dobj", 2), ("them", "they", "PRON", "dative", 2)])
    assert clause_objects(doc[0]) == [doc[4]]
    assert clause_objects(doc[5]) == []


def test_coref_pronoun_for_a_role_only_party_is_named_by_its_antecedents_words():
    # "... forming a terror army. Our mission is to strangle it": armed forces by role only, "a terror army" by name
    army = Actor(text="a terror army", name="armed forces", sector="MIL")
    doc = pronoun_doc("It")
    found = antecedent(doc[0], [Mention(0, army, "singular", 0, True)], sent=1)
    assert found is not None and found.text == "It" and found.name == "a terror army"
    chained = antecedent(doc[0], [Mention(0, found, "singular", 0, True)], sent=1)
    assert chained is not None and chained.name == "a terror army"  # a pronoun chained to it keeps that name
    assert antecedent(doc[0], [Mention(0, IRAN, "singular", 0, True)], sent=1).name == "Iran"


def _since_it(subject: tuple[str, str, str, str, int]):
    # Since it intervened in Syria , <subject> denied the deaths
    return with_tags(make_doc([
        ("Since", "since", "SCONJ", "mark", 2), ("it", "it", "PRON", "nsubj", 2),
        ("intervened", "intervene", "VERB", "advcl", 7), ("in", "in", "ADP", "prep", 2),
        ("Syria", "Syria", "PROPN", "pobj", 3), (",", ",", "PUNCT", "punct", 7), subject,
        ("denied", "deny", "VERB", "ROOT", 7), ("the", "the", "DET", "det", 9), ("deaths", "death", "NOUN", "dobj", 7),
    ]), {6: "NNP" if subject[2] == "PROPN" else "NNS", 7: "VBD"})


def test_coref_fronted_clause_pronoun_looks_ahead_to_the_main_subject():
    # "Since it intervened in Syria, Russia denied the deaths": it is Russia, not a party of the sentence before
    doc = _since_it(("Russia", "Russia", "PROPN", "nsubj", 7))
    assert fronted_subject(doc[1]).text == "Russia"
    # a plural main subject does not fit "it" ("Since it fell, the rebels ...")
    assert fronted_subject(_since_it(("rebels", "rebel", "NOUN", "nsubj", 7))[1]) is None
    # a pronoun in a clause after the main one looks back as usual ("Russia denied it, since it ...")
    later = make_doc([("Russia", "Russia", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1),
                      ("since", "since", "SCONJ", "mark", 4), ("it", "it", "PRON", "nsubj", 4),
                      ("intervened", "intervene", "VERB", "advcl", 1)])
    assert fronted_subject(later[3]) is None


def test_coref_armed_kind_modifier_names_the_doer_without_a_country():
    from sitrep.coding.coref import names_armed_kind

    # a terrorist bombing / rebel shelling / a military operation / the rebels attacked
    doc = make_doc([("terrorist", "terrorist", "ADJ", "amod", 1), ("bombing", "bombing", "NOUN", "ROOT", 1)])
    assert names_armed_kind(Actor(text="terrorist", sector="UAF"), doc[0])
    assert names_armed_kind(Actor(text="rebel", sector="REB"), doc[0])
    assert not names_armed_kind(Actor(text="military", sector="MIL"), doc[0])  # a state's: whose is left open
    subject = make_doc([("rebels", "rebel", "NOUN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1)])
    assert not names_armed_kind(Actor(text="rebels", sector="REB"), subject[0])  # a subject reads as before


def test_coref_named_person_with_an_age_apposition_takes_the_lede_description():
    # "An American woman … says … Hoda Muthana, 24, claims": an age in apposition describes no one new
    rows = [("Hoda", "hoda", "PROPN", "compound", 1), ("Muthana", "muthana", "PROPN", "nsubj", 5),
            (",", ",", "PUNCT", "punct", 1), ("24", "24", "NUM", "appos", 1), (",", ",", "PUNCT", "punct", 1),
            ("claims", "claim", "VERB", "ROOT", 5)]
    doc = make_doc(rows)
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    american = Actor(text="An American woman", name="United States actors", country="USA")
    assert named_person(doc[0:2], [Mention(0, american, "person", 0, True)], sent=1).country == "USA"
    rows[3] = ("a", "a", "DET", "det", 4)
    rows[4] = ("mother", "mother", "NOUN", "appos", 1)  # "Hoda Muthana, a mother, …": a description of her own
    described = make_doc(rows)
    described.ents = [Span(described, 0, 2, label="PERSON")]
    assert named_person(described[0:2], [Mention(0, american, "person", 0, True)], sent=1) is None


HADDAD = Actor(text="Rasha Haddad")
COLLIS = Actor(text="Mr Collis")


def test_coref_she_skips_a_person_shown_male():
    # "Rasha Haddad met the ambassador. Mr Collis said he would protest. She told reporters …": not Mr Collis
    mentions = [Mention(0, HADDAD, "person", 0, True), Mention(0, COLLIS, "person", 1, True, gender="male")]
    assert antecedent(pronoun_doc("She")[0], mentions, sent=2).name == "Rasha Haddad"
    assert antecedent(pronoun_doc("He")[0], mentions, sent=2).name == "Mr Collis"


def test_coref_she_skips_a_person_whose_pronouns_were_male():
    # the name shows no gender, but the "he" that took it did: its other mentions are male too
    he = Actor(text="he", name="Ahmed Ali")
    mentions = [Mention(0, HADDAD, "person", 0, True), Mention(0, Actor(text="Ahmed Ali"), "person", 1, True),
                Mention(0, he, "person", 1, False, gender="male")]
    assert antecedent(pronoun_doc("She")[0], mentions, sent=2).name == "Rasha Haddad"


def test_coref_gender_history_is_a_named_persons_not_a_groups():
    # "A Syrian man said … A Syrian nurse, Amal, said …": "she" may be the nurse; both are "Syrian civilians"
    man = Actor(text="A Syrian man", name="Syrian civilians", country="SYR", sector="CVL")
    nurse = Actor(text="A Syrian nurse", name="Syrian civilians", country="SYR", sector="CVL")
    mentions = [Mention(0, man, "person", 0, True, gender="male"), Mention(0, nurse, "person", 1, True)]
    assert antecedent(pronoun_doc("She")[0], mentions, sent=2).text == "She"


def test_coref_gender_of_titles_and_family_nouns():
    doc = make_doc([("Mr", "Mr", "PROPN", "compound", 1), ("Collis", "Collis", "PROPN", "nsubj", 4),
                    ("her", "her", "PRON", "poss", 3), ("husband", "husband", "NOUN", "conj", 1),
                    ("left", "leave", "VERB", "ROOT", 4)])
    assert gender_of(doc[1]) == "male" and gender_of(doc[3]) == "male" and gender_of(doc[2]) == "female"
    assert gender_of(doc[4]) is None


def test_coref_person_descriptions_of_a_name():
    # "Muthana is an American" ; "Abu Hamza, a commander, said"
    doc = make_doc([("Muthana", "Muthana", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
                    ("an", "an", "DET", "det", 3), ("American", "American", "PROPN", "attr", 1)])
    doc[3].ent_type_ = "NORP"
    assert person_descriptions(doc[0]) == [doc[3]]
    doc = make_doc([("Hamza", "Hamza", "PROPN", "nsubj", 4), (",", ",", "PUNCT", "punct", 0),
                    ("a", "a", "DET", "det", 3), ("commander", "commander", "NOUN", "appos", 0),
                    ("said", "say", "VERB", "ROOT", 4)])
    assert person_descriptions(doc[0]) == [doc[3]] and person_descriptions(doc[3]) == []
    doc = make_doc([("Hamza", "Hamza", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
                    ("a", "a", "DET", "det", 3), ("problem", "problem", "NOUN", "attr", 1)])
    assert person_descriptions(doc[0]) == []  # no noun for a person
    doc = make_doc([("an", "an", "DET", "det", 1), ("activist", "activist", "NOUN", "nsubj", 5),
                    (",", ",", "PUNCT", "punct", 1), ("Rasha", "Rasha", "PROPN", "compound", 4),
                    ("Haddad", "Haddad", "PROPN", "appos", 1), ("said", "say", "VERB", "ROOT", 5)])
    doc[4].ent_type_ = "PERSON"
    assert person_descriptions(doc[4]) == [doc[1]]  # the name restates a noun for a person
    doc[0].dep_, doc[0].pos_ = "poss", "NOUN"  # "country's activist, Rasha Haddad": the owner is a reference
    assert person_descriptions(doc[4]) == []


def test_coref_named_person_surname_after_a_title():
    # "the British ambassador, Simon Collis … Mr Collis said"
    collis = Actor(text="Simon Collis", country="GBR", sector="GOV")
    doc = make_doc([("Mr", "Mr", "PROPN", "compound", 1), ("Collis", "Collis", "PROPN", "nsubj", 2),
                    ("said", "say", "VERB", "ROOT", 2)])
    found = named_person(doc[0:2], [Mention(0, collis, "person", 0, False)], sent=1)
    assert found is not None and found.country == "GBR"
