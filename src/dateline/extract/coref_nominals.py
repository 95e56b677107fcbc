"""Noun phrases that point back to an entity: "the couple", "her husband", "the actress",
"the 42-year-old", "the company".  Called by `coref` on each noun it meets, in text order."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from ..nlp import KIN_NOUNS, TIME_UNIT_WORDS, children_of, strings, tokens
from .clusters import Cluster, team_nicknamed
from .coref_state import SUBJECT_DEPS, CorefState, recent_group, verb_subjects
from .entity_attrs import add_role, age_in, set_age, verb_taken_for_noun
from .entity_lexicon import is_demonym, lexicon
from .events_couples import couple_doing, kin_listed
from .gazetteer import is_region
from .name_cues import BAND_PLAYER_NOUNS, moved_from, party_name
from .name_repairs import HYPHENS
from .name_spans import span_of, span_root

POSSESSIVES = frozenset({"his", "her", "their", "its"})
GROUP_WINDOW = 3
TITLE_WINDOW = 3
TYPE_WINDOW = 3
RELATIVES = frozenset({"whose", "which", "who", "that"})
OTHER_ONE = frozenset({"rival", "other", "another", "central", "competing", "opposing", "visiting"})  # words that point away
BUSINESS_KINDS = frozenset({"commercial", "bank", "airline"})
NATIONAL_WORDS = frozenset({"national", "international", "under-21", "under-20", "under-23", "under-19", "under-17", "olympic"})
BODY_PARTS = frozenset({"head"})  # person nouns that are also parts of the body
DOMINANCE = 0.85
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "punct", "poss", "case", "npadvmod", "preconj"})  # a runner-up above this share of the best leaves the mention alone


DEMONSTRATIVE_WINDOW = 1  # sentences back: "that record" points at a work just named


def _last_work(state: CorefState, tok: Token) -> int | None:
    """The work named last before `tok`, in its sentence or the one before it."""
    first = state.sent_of[tok.i] - DEMONSTRATIVE_WINDOW
    named = [(m.start, ci) for ci, cluster in enumerate(state.table.clusters) if cluster.label == "WORK"
             for m in cluster.mentions if m.kind == "name" and m.end <= tok.i and state.sent_of[m.start] >= first]
    return max(named)[1] if named else None


def _phrase(state: CorefState, tok: Token) -> tuple[Span, int] | None:
    """The noun phrase from its determiner/possessor to `tok`, when nothing in it is taken (and
    where its words after the possessor begin: see `_after_possessor`)."""
    start = tok.left_edge.i
    if start > tok.i or tok.i - start - sum(w in HYPHENS for w in strings(state.doc, "text")[start : tok.i]) > 8:
        return None  # (a hyphen counts for nothing: "the 54-year-old Dutch-born chemist" is five words)
    table = state.table
    if table.owner[tok.i] != -1:
        return None
    span = span_of(state.doc, start, tok.i + 1)
    own = _after_possessor(span)  # the possessor ("her", "Jane Doe's") is a mention of its own
    listed, owner = tokens(state.doc), table.owner
    if any(owner[i] != -1 and (table.clusters[owner[i]].label == "PERSON" or listed[i].dep_ not in MODIFIER_DEPS)
           for i in range(own, tok.i)):
        return None  # a name inside it may only modify the head: "the "Glass Houses" singer"
    return span, own


def _next_name(state: CorefState, tok: Token) -> int | None:
    """The entity named right after a noun: "husband John Doe", "her husband, John Doe"."""
    owner = state.table.owner
    texts, lowers, poses = strings(state.doc, "text"), strings(state.doc, "lower"), strings(state.doc, "pos")
    n = len(owner)
    i = tok.i + 1
    if i + 3 < n and lowers[i] == "of" and lowers[i + 2] in TIME_UNIT_WORDS and texts[i + 3] == ",":
        i += 3  # "her husband of six years, X": the marriage's length, then the name
    if i < n and texts[i] == ",":
        i += 1
    if i + 1 < n and owner[i] < 0 and lowers[i].rstrip(".") in lexicon().titles:
        i += 1  # "the chairman, Sir Geoffrey Skitfield"
    if i < n and owner[i] >= 0 and (poses[i] == "PROPN" or _name_opens(state, i)):
        if state.table.clusters[owner[i]].label != "PERSON" and (person := _person_after_body(state, i)) is not None:
            return person  # "her husband, Miami Breakers guard X": the person the team's title stands before
        return owner[i]  # (a name's first word the tagger took for another word: "Per-Anders Holmqvist", "Will Ames")
    if i < n and lowers[i] in ("the", "a", "an"):  # "his mother, the salsa singer Marisol Rosales"
        named = next((c for c in children_of(tok) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == i
                      and owner[c.i] >= 0 and state.table.clusters[owner[c.i]].label != "NORP"), None)  # (not "the
        # governor, a Democrat": a party's member described, no one named)
        if named is not None:
            return owner[named.i]  # "the hospital's owner, the Ceiriog Health Board"
        apposed = [c for c in children_of(tok) if c.dep_ == "appos"]
        if tok.dep_ == "nsubj" and texts[tok.i + 1] == ",":  # "The paper's first author, the researcher X, 31, spent ...": the
            # parser may read the apposition as a second subject of the verb
            apposed += [c for c in children_of(tok.head) if c.dep_ == "nsubj" and c.i > tok.i and c.left_edge.i == i]
        for noun in apposed:
            if noun.pos_ == "NOUN" and i < noun.i <= i + 4 and lexicon().is_person_noun(noun.lemma_.lower()):
                name = next((c for c in children_of(noun) if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                             and c.left_edge.i == noun.i + 1 and owner[c.i] >= 0), None)
                if name is not None:
                    return owner[name.i]
    return None


def _person_after_body(state: CorefState, i: int) -> int | None:
    """"Miami Breakers guard X": a body's (or a place's) name from `i`, a lowercase person noun, then a person's name: that
    person's cluster."""
    owner, lowers = state.table.owner, strings(state.doc, "lower")
    n = len(owner)
    j = i
    while j < n and owner[j] == owner[i]:
        j += 1
    if j + 1 < n and state.doc[j].is_lower and lexicon().is_person_noun(lowers[j]) and owner[j + 1] >= 0 \
            and state.table.clusters[owner[j + 1]].label == "PERSON":
        return owner[j + 1]
    return None


def _name_opens(state: CorefState, i: int) -> bool:
    """A name mention of the entity that owns token `i` begins there."""
    ci = state.table.owner[i]
    return ci >= 0 and any(m.kind == "name" and m.start == i for m in state.table.clusters[ci].mentions)


def _possessor(state: CorefState, span: Span) -> int | None:
    first = span[0]
    owner = state.table.owner
    if first.lower_ in POSSESSIVES:
        return owner[first.i] if owner[first.i] >= 0 else None
    for t in span:
        if t.tag_ == "POS" and t.i > 0 and owner[t.i - 1] >= 0:
            return owner[t.i - 1]
    return None


def _dominant(ranked: list[tuple[float, int]], unique: bool = False) -> int | None:
    if not ranked:
        return None
    if len(ranked) > 1 and (unique or ranked[1][0] > DOMINANCE * ranked[0][0]):
        return None
    return ranked[0][1]


def _relation_noun(state: CorefState, tok: Token, span: Span, relation: str) -> None:
    lex, table = lexicon(), state.table
    owner = _possessor(state, span)
    if owner is None or owner < 0:
        return
    named = _next_name(state, tok)
    if named is not None and named != owner:
        state.relate(owner, relation, named)
        add_role(table.clusters[named], tok.lower_, lex, tok.lemma_.lower())
        if (said := lex.noun_gender(tok.lemma_.lower())) is not None:
            table.clusters[named].gender = said  # "her brother, Lin Tsung-han": said outright, above a first name's guess
        state.add(named, _after_possessor(span), span.end, "nominal")
        return
    if named is not None:
        return
    target = state.relations.get((owner, relation))
    if target is None and relation in ("spouse", "partner"):
        mates = {m for key, _gi in state.groups.items() if owner in key and len(key) == 2 for m in key} - {owner}
        target = mates.pop() if len(mates) == 1 else None
    gender = lex.noun_gender(tok.lemma_.lower())
    if target is None or (gender and table.clusters[target].gender not in (gender, None)):
        return
    state.add(target, _after_possessor(span), span.end, "nominal")


def _after_possessor(span: Span) -> int:
    """"her husband" -> the token after "her": the possessor is a mention of its own."""
    lowers, tags = strings(span.doc, "lower"), strings(span.doc, "tag")
    for i in range(span.start, span.end):
        if lowers[i] in POSSESSIVES or tags[i] == "POS":
            return i + 1
    return span.start


def _is_person_cluster(state: CorefState, ci: int) -> bool:
    c = state.table.clusters[ci]
    return c.label == "PERSON" and not c.members


ROLE_ADJECTIVES = frozenset({"former", "ex", "chief", "deputy", "senior", "general", "managing", "artistic", "assistant",
                             "executive", "vice", "acting", "interim", "founding", "retired", "late", "principal"})


def _role_words(span: Span, tok: Token) -> str:
    """"the former chief executive" -> "former chief executive": the words of a post, without the
    article, the age or the words that only point ("new", "same")."""
    words = [t for t in span[1:] if t.i == tok.i or (t.i < tok.i and (
        (t.pos_ == "NOUN" and t.lower_ not in ("year", "years", "old")) or t.lower_ in ROLE_ADJECTIVES))]
    return hyphen_joined(words) or tok.lemma_.lower()


def hyphen_joined(words: list[Token]) -> str:
    """The words in lower case, one space between them, or a hyphen where the text has one ("singer-songwriter")."""
    out = ""
    for n, t in enumerate(words):
        prev = words[n - 1] if n else None
        tight = prev is not None and t.i == prev.i + 2 and t.doc[prev.i + 1].text in ("-", "‐") and not prev.whitespace_ \
            and not t.doc[prev.i + 1].whitespace_
        out += ("-" if tight else " " if out else "") + t.lower_
    return out


def _quoted_before(state: CorefState, sentence: int, most: int = 4) -> int:
    """How many sentences right before `sentence` are quotation only (they name no one new: a
    description after a speaker's quote looks past them)."""
    n = 0
    while n < most and sentence - n - 1 >= 0:
        sent = state.sents[sentence - n - 1]
        words = [t for t in sent if not t.is_punct and not t.is_space]
        if words and not all(state.in_quote[t.i] for t in words):
            break
        n += 1  # (a closing quote mark parsed as a sentence of its own counts too)
    return n


def noun_lemma(tok: Token) -> str:
    """The lemma of a noun, with the word hyphened onto it when the two make a person noun or a kind of
    body ("centre-back", "co-founder", "co-operative": the tokenizer splits them at the hyphen)."""
    doc, i = tok.doc, tok.i
    lemma = strings(doc, "lemma_lower")[i]
    listed = tokens(doc)
    if i >= 2 and strings(doc, "text")[i - 1] in ("-", "‐") and not listed[i - 1].whitespace_ and not listed[i - 2].whitespace_:
        joined = f"{listed[i - 2].lower_}-{lemma}"
        if lexicon().is_person_noun(joined) or joined in lexicon().type_of_noun:  # ... or a kind of body ("co-operative")
            return joined
    return lemma


def _gendered_by_next(state: CorefState, tok: Token, ranked: list[tuple[float, int]]) -> int | None:
    """"The 46-year-old, a former engineer, told X ... . She did not say ...": a description opening
    its sentence as the subject, continued by "he" or "she" opening the next one, is the one person
    of that gender in view (every candidate's gender known)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or state.sent_of[tok.i] + 1 >= len(state.sents):
        return None
    first = state.sents[state.sent_of[tok.i] + 1][0]
    gender = {"she": "female", "he": "male"}.get(first.lower_)
    clusters = [state.table.clusters[ci] for _, ci in ranked]
    if gender is None or any(c.gender is None for c in clusters):
        return None
    fits = [ci for _, ci in ranked if state.table.clusters[ci].gender == gender]
    return fits[0] if len(fits) == 1 else None


def _described_as(state: CorefState, cluster: Cluster, word: str) -> bool:
    """Whether a name of the cluster is described with `word`: "the Italian coach X", "X, an Italian coach"."""
    doc = state.doc
    for m in cluster.mentions:
        if m.kind != "name":
            continue
        if any(t.lower_ == word for t in doc[max(0, m.start - 3) : m.start]):
            return True
        root = doc[m.end - 1]
        for appos in (c for c in children_of(root) if c.dep_ == "appos"):
            if any(t.lower_ == word for t in doc[appos.left_edge.i : appos.i + 1]):
                return True
    return False


def _other_demonym(state: CorefState, cluster: Cluster, word: str) -> bool:
    """Whether a name of the cluster is described with a nationality other than `word` ("the Italian X")."""
    doc = state.doc
    for m in cluster.mentions:
        if m.kind != "name":
            continue
        near = list(doc[max(0, m.start - 3) : m.start])
        for appos in (c for c in children_of(doc[m.end - 1]) if c.dep_ == "appos"):
            near += list(doc[appos.left_edge.i : appos.i + 1])
        if any(is_demonym(t) and t.lower_ != word for t in near):
            return True
    return False


def _lead_person(state: CorefState, tok: Token, sentence: int, age: int) -> int | None:
    """The person the story leads with (named first in its headline or first sentences), for an age
    description of no one of known age, when that person is among those in view."""
    table = state.table
    if any(c.attrs.get("age") == age for c in table.clusters):
        return None
    lead = state.lead_person(state.sents[sentence].start)
    if lead is None or table.clusters[lead].attrs.get("age") not in (None, age):
        return None
    ranked = state.salience(tok.i, sentence, TITLE_WINDOW, lambda ci: _is_person_cluster(state, ci))
    return lead if any(ci == lead for _, ci in ranked) else None


def _previous_person(state: CorefState, tok: Token, sentence: int, age: int) -> int | None:
    """"Best director went to X for ... . The 62-year-old, who lives in ..., won": an age description opening
    a sentence is the one person of no other age the sentence before it named ("The company named X as his
    successor. The 47-year-old ...") -- or, of several, its subject; a speaker there ("'...,' said Y. The
    40-year-old ...") only for a description that speaks too; none when its own sentence names someone first."""
    own = state.sents[sentence]
    speakers = {i for verb in tok.ancestors if verb.lemma_.lower() in lexicon().speech_verbs
                for c in children_of(verb) if c.dep_ in SUBJECT_DEPS for i in range(c.left_edge.i, c.right_edge.i + 1)}
    if sentence == 0 or any(_named_person(state, t) is not None and t.i not in speakers for t in own[: tok.i - own.start]):
        return None  # (but "His manager, Y, said the 22-year-old was ill": the speaker is not the one spoken of)
    table, before = state.table, state.sents[sentence - 1]
    named = {ci for t in before if (ci := _named_person(state, t)) is not None}
    speaking = tok.dep_ in SUBJECT_DEPS and tok.head.lemma_.lower() in lexicon().speech_verbs
    fits = [ci for ci in named if table.clusters[ci].attrs.get("age") in (None, age)
            and (speaking or not _speaker_in(state, ci, before))]
    if len(fits) > 1:  # several: the one its main clause is about ("Rovers named X as manager because their chairman, Y,
        for deps in (SUBJECT_DEPS, MAIN_ARGUMENT_DEPS):  # wanted experience": X; "X won ... since his wife, Y, died": X)
            main = [ci for ci in fits if _main_argument(state, ci, before, deps)]
            if len(main) == 1:
                return main[0]
    if len(fits) > 1:  # else the one that sentence was about
        fits = [ci for ci in fits if any(seen.sentence == sentence - 1 and seen.role == "subj" and seen.cluster == ci
                                         for seen in state.history)]
    return fits[0] if len(fits) == 1 else None


MAIN_ARGUMENT_DEPS = SUBJECT_DEPS | {"dobj"}


def _main_argument(state: CorefState, ci: int, sentence: Span, deps: frozenset[str]) -> bool:
    """A name of the cluster is the subject (or object) of the sentence's main verb, or joined to it ("X and Y won",
    "The chef, X, won")."""
    for m in state.table.clusters[ci].mentions:
        if m.kind == "name" and sentence.start <= m.start < sentence.end:
            tok = span_of(state.doc, m.start, m.end).root
            while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
                tok = tok.head
            verb = tok.head.head if tok.head.dep_ == "conj" else tok.head  # ("sacked X and named Y": both main)
            if tok.dep_ in deps and verb.dep_ == "ROOT":
                return True
    return False


def _named_person(state: CorefState, t: Token) -> int | None:
    """The person cluster whose name `t` is part of, if any."""
    ci = state.table.owner[t.i]
    if ci < 0 or t.pos_ != "PROPN" or not _is_person_cluster(state, ci):
        return None
    return ci if any(m.kind == "name" and m.start <= t.i < m.end for m in state.table.clusters[ci].mentions) else None


def _speaker_in(state: CorefState, ci: int, sentence: Span) -> bool:
    """Whether the cluster is the subject of a speech verb in the sentence ("..., said Y")."""
    lex = lexicon()
    return any(state.table.owner[t.i] == ci and t.dep_ in SUBJECT_DEPS and t.head.lemma_.lower() in lex.speech_verbs
               for t in sentence)


def _introduced_unnamed(state: CorefState, tok: Token, lemma: str) -> bool:
    """"a representative for the couple confirmed ... "...," the representative said": the one an
    indefinite phrase of the same noun brought in earlier, never named -- no one to guess at."""
    if state.indefinite is None:  # once per document: the nouns an indefinite article opens
        state.indefinite = {}
        listed = tokens(state.doc)
        for i, (word, dep) in enumerate(zip(strings(state.doc, "lower"), strings(state.doc, "dep"), strict=True)):
            if dep == "det" and word in ("a", "an"):
                noun = listed[i].head
                if noun.pos_ == "NOUN":
                    state.indefinite.setdefault(noun_lemma(noun), []).append(noun.i)
    owner = state.table.owner
    return any(i < tok.i and owner[i] < 0 for i in state.indefinite.get(lemma, ()))


OBJECT_DEPS_OF_DESCRIPTIONS = frozenset({"dobj", "pobj"})  # (not "attr": "X is the manager" is X)


def _demonym_noun(tok: Token) -> bool:
    """"the Spaniard", "the 29-year-old Swede, who ...": a nationality heading the phrase (the tagger may call a
    capitalised one a common noun before a relative clause)."""
    return is_demonym(tok) and (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper()))


OFFICE_WORDS = frozenset({"prime", "deputy", "assistant", "foreign", "junior", "shadow", "chief", "general", "principal",
                          "managing", "vice", "first"})  # the adjectives that make a post another (not "Kenyan", "former")


def _office_words(title: Token) -> set[str]:
    """The words before a title noun that name its post: nouns ("housing minister") and the adjectives of rank."""
    return {c.lower_ for c in children_of(title) if c.i < title.i and c.dep_ in ("compound", "amod")
            and ((c.pos_ == "NOUN" and c.dep_ == "compound") or c.lower_ in OFFICE_WORDS)}


def _other_post(state: CorefState, cluster: Cluster, tok: Token, lemma: str) -> bool:
    """"The housing minister, X, resigned ... the prime minister appointed Y": a title whose words differ from the ones of
    the same noun the person is told to hold by a title in apposition (both with words of their own, neither taking in
    the other) is another post, another person ("the minister", "the head coach" after "the coach" may still be them)."""
    words = _office_words(tok)
    if not words:
        return False
    for mention in cluster.mentions:
        root = state.doc[mention.end - 1]
        if mention.kind != "name" or root.pos_ != "PROPN":
            continue
        for title in [root.head] if root.dep_ == "appos" else [c for c in children_of(root) if c.dep_ == "appos"]:
            held = _office_words(title) if title.pos_ == "NOUN" and title.lemma_.lower() == lemma else set()
            if held and not words <= held and not held <= words:
                return True
    return False


NEWBORN_NOUNS = frozenset({"baby", "newborn"})
CHILD_NOUNS = frozenset({"son", "daughter", "baby", "boy", "girl", "child"})


def _newborn(state: CorefState, tok: Token, sentence: int) -> int | None:
    """"... with the birth of a daughter, Briar Marigold. The baby was born last Thursday": the one child named after a
    word for a child in the sentence or the one before -- a baby is not whoever else is in view."""
    doc, table = state.doc, state.table
    named = set()
    for ci, cluster in enumerate(table.clusters):
        for m in cluster.mentions:
            if m.kind != "name" or m.start >= tok.i or sentence - state.sent_of[m.start] > 1 or m.start < 1:
                continue
            before = m.start - 1 - (doc[m.start - 1].text == ",")
            if before >= 0 and doc[before].lemma_.lower() in CHILD_NOUNS and _is_person_cluster(state, ci):
                named.add(ci)
    return named.pop() if len(named) == 1 else None


def _title(state: CorefState, tok: Token, span: Span) -> None:
    """"the actress", "the 42-year-old", "the singer": a definite description of a person."""
    lex, table = lexicon(), state.table
    lemma = noun_lemma(tok)
    sentence = state.sent_of[tok.i]
    age = age_in(span)
    target = None
    modifiers = {t.lower_ for t in span[1:-1] if t.pos_ in ("NOUN", "PROPN", "ADJ") and age_in(t.doc[t.i : t.i + 1]) is None
                 and not t.like_num and t.lower_ not in ("year", "old") and t.lower_ not in lex.title_adjectives}
    with_role = [ci for ci, c in enumerate(table.clusters) if _is_person_cluster(state, ci)
                 and any(r.split()[-1] == lemma and modifiers <= set(r.split()) for r in c.attrs.get("roles", []))
                 and c.last_before(tok.i) >= 0]
    if _demonym_noun(tok):  # "the Italian" after "X, an Italian coach"
        with_role = [ci for ci, c in enumerate(table.clusters) if _is_person_cluster(state, ci)
                     and c.last_before(tok.i) >= 0 and _described_as(state, c, tok.lower_)]
    if age is not None:
        aged = [ci for ci, c in enumerate(table.clusters) if c.attrs.get("age") == age and c.last_before(tok.i) >= 0]
        if len(aged) == 1:
            target = aged[0]
    if target is None and len(with_role) == 1:
        target = with_role[0]
    if target is None and len(with_role) > 1 and tok.dep_ in SUBJECT_DEPS:  # two singers: "X told Y ... The singer is
        subjects = {seen.cluster for seen in state.history  # engaged": the one the last sentence was about
                    if seen.sentence == sentence - 1 and seen.role == "subj" and seen.cluster in with_role}
        target = subjects.pop() if len(subjects) == 1 else None
    if target is None and age is not None and not with_role:  # "Best director went to X. The 62-year-old, who ...": the
        target = _previous_person(state, tok, sentence, age)  # one person the last sentence named
    if target is None and age is not None and not with_role and not is_demonym(tok):  # ("the 41-year-old Portuguese": no guess)
        target = _lead_person(state, tok, sentence, age)  # "The 49-year-old will take office on January 9": the story's subject
    if target is None and age is not None and not with_role:  # "X was appointed in May after ... . The 44-year-old
        target = _previous_subject(state, tok, lambda ci: _is_person_cluster(state, ci)  # previously managed Y": the one
                                   and table.clusters[ci].attrs.get("age") in (None, age))  # the last sentence was about
    if target is None and not with_role and age is None and _demonym_noun(tok):
        target = _previous_subject(state, tok, lambda ci: _is_person_cluster(state, ci)  # "X, 33, was bidding ... . The
                                   and not _other_demonym(state, table.clusters[ci], tok.lower_))  # Slovak, who ..., won"
    if target is None and lemma in NEWBORN_NOUNS:
        target = _newborn(state, tok, sentence)  # "... the birth of a daughter, Briar. The baby was born on Thursday": Briar
    gender = lex.noun_gender(lemma)
    if target is None and gender:
        ranked = state.salience(tok.i, sentence, TITLE_WINDOW, lambda ci: _is_person_cluster(state, ci)
                                and table.clusters[ci].gender in (gender, None))
        known = [r for r in ranked if table.clusters[r[1]].gender == gender]
        if known and known[0] == ranked[0]:
            target = _dominant(known)
    if target is None and not with_role and lemma not in lex.bystander_nouns and not _introduced_unnamed(state, tok, lemma):
        quoted = _quoted_before(state, sentence)  # farther back only when nobody is nearer (past a quote's own sentences)
        for window in (1, 3, 3 + quoted) if quoted else (1, 3):
            ranked = state.salience(tok.i, sentence, window, lambda ci: _is_person_cluster(state, ci))
            if ranked:
                target = _dominant(ranked, unique=True)
                if target is not None and _other_post(state, table.clusters[target], tok, lemma):
                    return  # (nor anyone else)
                if target is None and gender is None:
                    target = _gendered_by_next(state, tok, ranked)
                break
    if target is None or target in verb_subjects(table.owner, tok, OBJECT_DEPS_OF_DESCRIPTIONS) \
            or _inside_own_phrase(table.owner, tok, target) or target in _reporter(table.owner, tok):
        return  # ("X sacked the manager": not X; "X, a friend of the chairman": not X either)
    cluster = table.clusters[target]
    if gender and cluster.gender not in (gender, None):
        return
    if state.add(target, span.start, span.end, "title"):
        if age is not None:
            set_age(cluster, age, state.dct)
        if lex.is_person_noun(lemma):
            add_role(cluster, _role_words(span, tok), lex, lemma)
        if gender and cluster.gender is None:
            cluster.gender = gender


def org_kind(cluster: Cluster) -> str | None:
    """What kind of organisation a name or a descriptor says: "X FC" sport, "Banco X" bank,
    "X, a drone maker," commercial; None when nothing says."""
    lex = lexicon()
    for name in cluster.names:
        if len(name) > 2 and lex.org_kind_of_word.get(name[-2].lower()) == "police":
            return "police"  # "the Brackley Police Department / Service": a police force, whatever its last word says
        for word in (name[0], name[-1]):
            if (kind := lex.org_kind_of_word.get(word.lower())) is not None:
                return kind
        if party_name(" ".join(name)):
            return "party"  # "the Social Democrats", "the Tories"
    roles = cluster.attrs.get("roles", [])
    for role in roles:
        if any(other.startswith(role + " ") for other in roles):
            continue  # "department" of "department store group": a word of a longer description, no kind of its own
        if (kind := lex.type_noun_kinds.get(role.split()[-1])) is not None:
            return kind
    return None


def _kind_fits(noun_kind: str | None, kind: str | None) -> bool:
    if noun_kind is None or kind is None:
        return True
    if _charity_of_care(noun_kind, kind):
        return True
    return kind in lexicon().commercial_kinds if noun_kind == "commercial" else kind == noun_kind


def _charity_of_care(noun_kind: str | None, kind: str | None) -> bool:
    """"the charity" after "the Little Wren Hospice Trust": a hospice or a trust is often one."""
    return noun_kind == "charity" and kind == "health"


def _previous_subject(state: CorefState, tok: Token, fits: Callable[[int], bool]) -> int | None:
    """"Acme sued Beta on Monday. The firm says ...": a definite description opening a sentence as
    its subject continues the previous sentence's subject, when only one of its subjects fits."""
    if tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ROOT":
        return None
    sentence = state.sent_of[tok.i]
    found = {seen.cluster for seen in state.history if seen.sentence == sentence - 1 and seen.role == "subj"
             and fits(seen.cluster)}
    return found.pop() if len(found) == 1 else None


BAND_NOUNS = frozenset({"band", "duo", "trio", "quartet", "quintet"})


def _band_noun(lemma: str) -> bool:
    """A noun that says a band: "the band", "the trio", and a band by its size ("the Leeds four-piece")."""
    return lemma in BAND_NOUNS or (lemma.endswith("-piece") and lemma in lexicon().type_of_noun)


# last words of a party's name that do not say "party" ("the Onward Union", "the Green Alliance", "the Reform Movement")
PARTY_LIKE_WORDS = frozenset({"union", "alliance", "front", "movement", "bloc", "coalition", "accord", "compact"})
TRADE_WORDS = frozenset({"worker", "workers", "staff", "employee", "employees", "teacher", "teachers", "nurse", "nurses", "trade",
                         "trades", "student", "students", "rugby", "football", "credit", "european", "african", "postal"})


def _named_before(state: CorefState, cluster: Cluster, noun: str) -> bool:
    """A name of the cluster stands right before the noun ("The Civic Compass party"): the text calls it one."""
    doc = state.doc
    return any(m.kind == "name" and m.end < len(doc) and doc[m.end].lemma_.lower() == noun for m in cluster.mentions)


def _party_like(cluster: Cluster) -> bool:
    """A body named as a party may be ("X Union", "X Alliance"), no association of workers or trades ("X Workers' Union")."""
    return any(len(name) > 1 and name[-1].lower() in PARTY_LIKE_WORDS and not any(w.lower().strip("'’") in TRADE_WORDS for w in name)
               for name in cluster.names)


def _plural_name(cluster: Cluster) -> bool:
    """A body named by a plural ("the Flint Wolves", "the Thimbles"), no firm's plural ("X Holdings"): a band's
    kind of name, which "the band" may stand for."""
    suffixes = lexicon().org_suffixes
    return any(name and name[-1][:1].isupper() and name[-1].endswith("s") and not name[-1].endswith("ss")
               and name[-1].lower() not in suffixes for name in cluster.names)


TELLING_LEMMAS = frozenset({"tell", "speak", "talk", "say"})


SEEING_LEMMAS = frozenset({"see", "obtain", "publish", "report"})  # "a letter seen by the X", "documents obtained by the X"


def only_told(state: CorefState, cluster: Cluster, before: int) -> bool:
    """Every name of the cluster before `before` is an outlet someone spoke to ("told The Verge", "speaking
    to the Herald", "said in an interview with Wired") or one that saw or reported ("a letter seen by the Lantern",
    "according to the Lantern"): a medium, not a firm a later "the company" (or "it") stands for."""
    doc = state.doc
    names = [m for m in cluster.mentions if m.kind == "name" and m.start < before]
    if not names:
        return False
    for mention in names:
        head = doc[mention.end - 1]
        while head.dep_ == "compound" and head.head.i < mention.end:
            head = head.head
        gov = head.head
        told = (head.dep_ in ("dobj", "dative") and gov.lemma_ in TELLING_LEMMAS) or (
            head.dep_ == "pobj" and gov.lower_ in ("to", "with") and (gov.head.lemma_ in TELLING_LEMMAS or gov.head.lemma_ == "interview")) or (
            head.dep_ == "pobj" and ((gov.lower_ == "by" and gov.head.lemma_ in SEEING_LEMMAS) or (gov.lower_ == "to" and gov.head.lower_ == "according")))
        if not told:
            return False
    return True


SETTLEMENT_NOUNS = frozenset({"town", "city", "village"})


def _told_as_people(state: CorefState, cluster: Cluster) -> bool:
    """A "place" the text only uses as a word of nationality before a noun ("a Welsh maker of battery packs"): never a
    place named on its own."""
    return all(span_root(state.doc, m.start, m.end).dep_ in ("amod", "compound", "nmod") for m in cluster.mentions
               if m.kind == "name")


def _typed(state: CorefState, tok: Token, span: Span, label: str) -> None:
    """"the company", "the club", "the film": the one salient entity of that type (and kind: "the
    club" is a sports club when one is in view, "the company" never is)."""
    table, lex = state.table, lexicon()
    lemma = noun_lemma(tok)
    if lemma in FORCE_NOUNS and any(c.dep_ in ("compound", "amod") and c.lower_ != "police" for c in children_of(tok)):
        return  # "the task force", "the air force": no police force (a body of its own, unnamed)
    if any(t.lower_ in OTHER_ONE for t in span):
        if (named := _named_in_full(state, tok, span, label)) is not None:
            state.add(named, span.start, span.end, "nominal")  # "left the central bank" after "the Central Bank of Norland"
        return  # "the rival bank", "the other club", "the central bank": not the one in view
    noun_kind = lex.type_noun_kinds.get(lemma) if label == "ORG" else None
    if noun_kind == "sport" and any(t.lower_ in NATIONAL_WORDS for t in span):
        return  # "the national side", "the under-21 team": a country's team, not the club in view
    if any(t.lower_ == "same" for t in span):  # "an interview with the same paper": the one of its kind named last
        same = _latest_of_kind(state, tok, label, noun_kind)
        if same is not None:
            state.add(same, span.start, span.end, "nominal")
        return

    if len(span) == 2 and span[0].lower_ == "the" and (introduced := _introduced_as(state, tok, lemma, label)) is not None:
        state.add(introduced, span.start, span.end, "nominal")  # "... for Valbroek, a club from the eastern Netherlands
        return  # that was founded in 1921. The club went bankrupt in 2009": the club just introduced as one

    if label == "ORG" and noun_kind in (None, "commercial") and any(t.lower_ == "family" and t.i < tok.i for t in span):
        family = _family_firm(state, tok)  # "joined the family firm": not whichever firm was named last
        if family is not None:
            state.add(family, span.start, span.end, "nominal")
        return

    if label == "ORG" and noun_kind in (None, "commercial") and (founders := _founders_firm(state, tok)) is not None:
        state.add(founders, span.start, span.end, "nominal")  # "The company was started in 1986 by X Brindlecoe", "His
        return  # daughter, Y Brindlecoe-Amari, ran the business": the firm named after them, not the firm named last

    band = label == "ORG" and _band_noun(lemma)
    if (band or lemma == "group") and _name_follows(state.doc, span.end):
        return  # "the folk group the Praltmarsh Dyers": a description of the name after it, no other body
    lead = _lead_body(state, tok) if label == "ORG" and (band or lemma == "group") else None
    if lemma == "group" and lead is not None and _band_like(state, table.clusters[lead], tok.i, by_name=False):
        band = True  # "the group" in a story that leads with a band: a band (that one or another), no firm
    set_off = span.start > 0 and state.doc[span.start - 1].text == "," and tok.dep_ != "poss"

    def fits(ci: int) -> bool:
        cluster = table.clusters[ci]
        if cluster.label != label and not (label == "FAC" and cluster.label == "ORG" and _called(cluster, lemma)):
            return False  # (but "the museum" is "X Museum", a body as much as a building)
        if lemma == "party" and label == "ORG" and not set_off and (_party_like(cluster) or _named_before(state, cluster, lemma)):
            return True  # "the party" after "the Onward Union", "the Reform Movement": a union or a movement may be one
            # (not "X, the centre-left party led by Y": a description set off after a name is that name's)
        kind = org_kind(cluster) if label == "ORG" else None
        if band and _called(cluster, "label"):
            return False  # "... on the Dublin label X Recordings ... the band": a record label is no band
        if not _kind_fits(noun_kind, kind) or (lemma == "club" and _national_side(cluster)):
            return False  # (a country's side is no club: "coached the Norway under-21 team")
        if noun_kind == "sport" and _only_left(state, cluster, tok.i):
            return False  # "X, who arrived from Y Town in December ... His assistant will take the team": not Y's
        if noun_kind == "commercial" and only_told(state, cluster, tok.i):
            return False  # "..., X told The Verge. The company laid off 40": the outlet told is not the company
        if noun_kind == "commercial" and _told_as_investor(state, cluster, tok.i):
            return False  # "Existing investors X and Y also participated, ... since the company was founded": the backers
            # of the round are not the company
        named = any(lemma in (w.lower() for w in _before_of(name)) for name in cluster.names)  # (not "the technology" for
        # "X Institute of Technology": what comes after "of" is the body's field, not what it is)
        return named or lemma in lex.generic_type_nouns or any(r.split()[-1] == lemma for r in cluster.attrs.get("roles", [])) \
            or (noun_kind is not None and (noun_kind == kind or _charity_of_care(noun_kind, kind))) \
            or (noun_kind == "sport" and kind is None and team_nicknamed(cluster)) \
            or (band and kind is None and _band_like(state, cluster, tok.i)) \
            or (label == "GPE" and lemma in SETTLEMENT_NOUNS and not any(is_region(" ".join(n)) for n in cluster.names)
                and not _told_as_people(state, cluster))
        # ("... mayor of Stowhaven ... Penhallurick, who was born in the town": a place no country or region)

    doers = _own_subjects(state, tok)
    if doers:  # "X, which first backed the company in 2019": the company is not X itself
        plain_fits = fits

        def fits(ci: int) -> bool:
            return ci not in doers and plain_fits(ci)

    ranked = state.salience(tok.i, state.sent_of[tok.i], TYPE_WINDOW, fits)
    if band:
        def a_band(ci: int) -> bool:
            return fits(ci) and (lemma != "group" or _band_like(state, table.clusters[ci], tok.i))

        ranked = state.salience(tok.i, state.sent_of[tok.i], TYPE_WINDOW, a_band)
        if lead is not None and not ((a_band(lead) and _band_like(state, table.clusters[lead], tok.i, by_name=False))
                                     or (not ranked and lead not in doers and _unsaid_kind(table.clusters[lead]))):
            lead = None  # (a lead only a plural name would make a band, or whose name says no kind, is the band only
            # with no band in view: "Ashfallow lose a guitarist"; not the film "A Summer Without Rain")
        if (target := _band_meant(state, tok, ranked, lead)) is not None:
            state.add(target, span.start, span.end, "nominal")
        return
    if not ranked and noun_kind == "sport" and (lead := _lead_subject(state, tok, fits)) is not None:
        state.add(lead, span.start, span.end, "nominal")  # "The club signed X" far from any club: the one the story is about
        return
    if not ranked and (noun_kind == "sport" or label == "WORK" or (label == "GPE" and lemma in SETTLEMENT_NOUNS)) and len(span) == 2 \
            and (only := _only_one_named(state, tok, fits)) is not None:
        state.add(only, span.start, span.end, "nominal")  # "X had been treasurer of Y Cricket Club since 2012 ... X joined the
        return  # club as a teenage batsman": far from it, the one club the story has named (or work: "... for 'X' ... [three
        # sentences] The novel was rejected by 14 agents")
    called = [r for r in ranked if _called(table.clusters[r[1]], lemma) or (lemma == "party" and _named_before(state, table.clusters[r[1]], lemma))]
    if called and lemma not in lex.generic_type_nouns:
        ranked = called  # "the council" is the council in view before the police force of its kind
    elif (len(span) == 2 or (len(span) == 4 and span[2].text == "-")) and len(described := [ci for ci in range(len(table.clusters))
                                               if fits(ci) and _described_so(state, table.clusters[ci], lemma, tok.i)]) == 1:
        state.add(described[0], span.start, span.end, "nominal")  # "X, the 160-year-old department store group, ... The
        return  # group closed 14 stores": the one body so described
    elif (target := _named_by_head(state, tok, label)) is not None:
        state.add(target, span.start, span.end, "nominal")  # "the council" long after "Kelby Borough Council"
        return
    elif not ranked and noun_kind not in (None, *BUSINESS_KINDS, "commercial") and lemma not in lex.generic_type_nouns \
            and len(span) == 2 and (target := _story_body(state, tok, fits)) is not None:
        state.add(target, span.start, span.end, "nominal")  # "The party's president, X" far from any party: the party
        return  # the story keeps telling of, not one named once in passing before ("who left the Y Party in 2019";
        # a bare "the party": "the governing party" may be another)
    if not ranked and noun_kind in BUSINESS_KINDS:
        # "the lender", "the carmaker" with one firm in view whose name says only that it is a firm
        # ("Creridale Financial Corp"): that firm, when it is the only candidate
        def firm(ci: int) -> bool:
            cluster = table.clusters[ci]
            return ci not in doers and cluster.label == "ORG" and org_kind(cluster) in (None, "commercial") and any(
                name[-1].lower().rstrip(".") in lex.org_suffixes for name in cluster.names if name)
        target = _dominant(state.salience(tok.i, state.sent_of[tok.i], TYPE_WINDOW, firm), unique=True)
        if target is None:  # "The company's new chief executive is X" far from any firm: the one the story is about
            target = _lead_subject(state, tok, lambda ci: table.clusters[ci].label == "ORG"
                                   and org_kind(table.clusters[ci]) in (None, "commercial", noun_kind))
        if target is None and (lead := _lead_body(state, tok)) is not None and lead not in doers \
                and org_kind(table.clusters[lead]) in (None, "commercial", noun_kind):
            target = lead  # "Sainsford boss quits. X, who had run the retailer since 2023, ...": the body the headline's
            # subject is of
        if target is None and len(span) == 2 and noun_kind == "commercial":  # "The company, which employs 2,300 people, will open ..." far from any
            # firm, in an obituary that keeps telling of the founder's firm: that firm, not one bought or bidding once
            target = _story_body(state, tok, lambda ci: ci not in doers and table.clusters[ci].label == "ORG"
                                 and org_kind(table.clusters[ci]) in (None, "commercial"))
        if target is not None:
            state.add(target, span.start, span.end, "nominal")
        return
    exact = [r for r in ranked if org_kind(table.clusters[r[1]]) == noun_kind] if noun_kind not in (None, "commercial") else []
    if exact:  # "the club" with a sports club in view: that one, whatever else was the subject
        target = _previous_subject(state, tok, lambda ci: fits(ci) and org_kind(table.clusters[ci]) == noun_kind)
        lead = _lead_subject(state, tok, fits) if target is None else None
        if lead is not None:
            target = lead  # "... the defeat at Pontypridd. The club released X": the club the story is about
        target = target if target is not None else _passed_over(state, tok, span, _dominant(exact), fits, noun_kind)
    else:
        target = _previous_subject(state, tok, fits)
        target = target if target is not None else _passed_over(state, tok, span, _dominant(ranked), fits, noun_kind)
    if target is not None:
        state.add(target, span.start, span.end, "nominal")


INVESTOR_NOUNS = frozenset({"investor", "investors", "backer", "backers", "shareholder", "shareholders"})


def _only_left(state: CorefState, cluster: Cluster, before: int) -> bool:
    """Every name of the cluster before `before` is a body someone moved from ("who arrived from X in December", "joined
    from Y"): the side left, not the one in view that a later "the team" stands for."""
    return _every_name_before(state, cluster, before, lambda head: head.dep_ == "pobj" and moved_from(head.head))


def _every_name_before(state: CorefState, cluster: Cluster, before: int, test: Callable[[Token], bool]) -> bool:
    """The cluster has a name before `before`, and `test` holds of the root of every one."""
    names = [m for m in cluster.mentions if m.kind == "name" and m.end <= before]
    return bool(names) and all(test(span_root(state.doc, m.start, m.end)) for m in names)


def _told_as_investor(state: CorefState, cluster: Cluster, before: int) -> bool:
    """Every name of the cluster before `before` stands after an investor noun ("existing investors X and Y", "backer Z"),
    the names joined to the first by "and" or commas included."""
    def after_investor_noun(head: Token) -> bool:
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        lead = state.doc[max(0, head.left_edge.i - 1) : head.i + 1]  # ("investors X": the noun, however the parser hung the name)
        return any(t.lower_ in INVESTOR_NOUNS for t in lead) or (head.dep_ == "appos" and head.head.lower_ in INVESTOR_NOUNS)

    return _every_name_before(state, cluster, before, after_investor_noun)


def _described_so(state: CorefState, cluster: Cluster, lemma: str, before: int) -> bool:
    """Has the cluster a description set off beside its name, before `before`, whose noun is `lemma` ("X, the 160-year-old
    department store group,")?"""
    doc = state.doc
    return any(m.kind == "nominal" and m.end <= before and noun_lemma(doc[m.end - 1]) == lemma and m.start > 0
               and doc[min(m.start, doc[m.end - 1].left_edge.i) - 1].text == "," and doc[m.end - 1].dep_ == "appos"
               for m in cluster.mentions)  # (the phrase's own start: "X, the Austin-based start-up", its mention "based start-up")


def _introduced_as(state: CorefState, tok: Token, lemma: str, label: str) -> int | None:
    """The one entity of `label` the sentence before introduced with an indefinite noun of the same word in apposition
    ("Valbroek, a club from the eastern Netherlands,"): what a bare "the club" opening the next sentence goes on with (a
    new centre of attention set up for it), when no other "a club" was told there."""
    sentence = state.sent_of[tok.i]
    if sentence == 0 or tok.dep_ not in SUBJECT_DEPS or any(not t.is_punct for t in state.sents[sentence][: tok.i - 1 - state.sents[sentence].start]):
        return None
    found = set()
    for word in state.sents[sentence - 1]:
        if word.dep_ == "appos" and word.lemma_.lower() == lemma and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(word)):
            ci = state.table.owner[word.head.i]
            found.add(ci if ci >= 0 and state.table.clusters[ci].label == label else -1)
    return found.pop() if len(found) == 1 and -1 not in found else None


def _passed_over(state: CorefState, tok: Token, span: Span, target: int | None, fits: Callable[[int], bool],
                 noun_kind: str | None) -> int | None:
    """"X leads the Z Party ... Her aide once sat for the Y Party. ... . ... . The party's treasurer said": a body named once
    or twice in passing (none of it in the noun's sentence or the one before) is not what a bare "the party" stands for
    in a story that keeps telling of another of its kind -- that one is ("the governing party" may be another; "the
    company" after "Earlier in her career she was a lawyer at the New York firm X" is the start-up the story is about;
    a bank's or an airline's noun is left alone)."""
    if target is None or noun_kind is None or noun_kind in ("bank", "airline") or len(span) != 2:
        return target
    story = _story_body(state, tok, fits)
    if story is None or story == target:
        return target
    sentence = state.sent_of[tok.i]
    before = [m.start for m in state.table.clusters[target].mentions if m.start < tok.i]
    if len(before) > PASSING_MENTIONS or any(sentence - state.sent_of[i] <= 1 for i in before):
        return target
    return story


PASSING_MENTIONS = 2  # mentions of a body named in passing


def _national_side(cluster: Cluster) -> bool:
    """A team named as a country's ("the Norway under-21 team", "the Welsh national side")."""
    return any(word.lower() in NATIONAL_WORDS for name in cluster.names for word in name)


STORY_BODY_MENTIONS = 3  # mentions before the noun that make a body the one a story is about ...
STORY_BODY_LEAD = 2.0  # ... when it has this many times the mentions of any other of its kind


def _story_body(state: CorefState, tok: Token, fits: Callable[[int], bool]) -> int | None:
    """The body of the noun's kind a story keeps telling of: of those that fit, the one mentioned most before `tok` (by
    name or description), at least `STORY_BODY_MENTIONS` times and `STORY_BODY_LEAD` times as often as any other."""
    counts = sorted(((sum(m.start < tok.i for m in cluster.mentions), ci) for ci, cluster in enumerate(state.table.clusters)
                     if any(m.start < tok.i for m in cluster.mentions) and fits(ci)), reverse=True)
    if not counts or counts[0][0] < STORY_BODY_MENTIONS or (len(counts) > 1 and counts[0][0] < STORY_BODY_LEAD * counts[1][0]):
        return None
    return counts[0][1]


def _surname_parts(cluster: Cluster) -> set[str]:
    return {part for name in cluster.names if len(name) > 1 for part in name[-1].split("-") if len(part) > 2}


FOUNDING_OR_RUNNING = frozenset({"found", "start", "establish", "set", "create", "build", "run", "lead", "head", "manage"})


def _founders_firm(state: CorefState, tok: Token) -> int | None:
    """"The company was started in 1986 by the mountaineer Gideon Brindlecoe", "His daughter, Rosalind Brindlecoe-Amari, ran
    the business": a firm described as founded or run by someone named in the sentence is the one firm named after that
    person's family, when there is exactly one (not the firm the text named last)."""
    verb = tok.head
    told = (tok.dep_ in ("nsubj", "nsubjpass", "dobj") and verb.lemma_.lower() in FOUNDING_OR_RUNNING) or any(
        c.dep_ == "acl" and c.lemma_.lower() in FOUNDING_OR_RUNNING for c in children_of(tok))  # ("The company, founded in 1987 by X,")
    if not told:
        return None
    table, sentence = state.table, tok.sent
    people = {table.owner[t.i] for t in sentence if table.owner[t.i] >= 0 and table.clusters[table.owner[t.i]].label == "PERSON"}
    surnames = set().union(*(_surname_parts(table.clusters[ci]) for ci in people)) if people else set()
    if not surnames:
        return None
    named = {ci for ci, cluster in enumerate(table.clusters) if cluster.label == "ORG" and not cluster.members
             and any(m.kind == "name" and m.start < tok.i for m in cluster.mentions)
             and any(part in surnames for name in cluster.names for word in name for part in word.split("-"))}
    if len(named) == 1:
        return named.pop()
    founded = {firm for ci in people for firm in _founder_of(state, ci, tok.i)}
    if not named and len(founded) == 1 and verb.lemma_.lower() in FOUNDING_VERBS:
        return founded.pop()  # "the company's founder, X, ... The 46-year-old, who started the company in 2009": that company
    return None


FOUNDING_VERBS = FOUNDING_OR_RUNNING - {"run", "lead", "head", "manage"}
FOUNDER_NOUNS = frozenset({"founder", "co-founder", "cofounder"})


def _founder_of(state: CorefState, ci: int, before: int) -> set[int]:
    """The bodies a person was told before `before` to be the founder of ("the company's founder, X", "X, Y's founder")."""
    doc, table = state.doc, state.table
    out = set()
    for m in table.clusters[ci].mentions:
        if m.start >= before:
            continue
        for word in doc[m.start : m.end]:
            if word.lemma_.lower() in FOUNDER_NOUNS:
                out |= {table.owner[c.i] for c in children_of(word) if c.dep_ == "poss" and table.owner[c.i] >= 0
                        and table.clusters[table.owner[c.i]].label == "ORG"}
    return out


PARENT_NOUNS = frozenset({"father", "mother", "grandfather", "grandmother", "parent", "dad", "mum", "mom"})  # "joined her
# father's company": the family's firm


def _family_firm(state: CorefState, tok: Token, named_only: bool = False) -> int | None:
    """"X, who joined the family business in 2008", "spent six years at Y before joining the family firm": the
    business of the family of someone named in the sentence -- the one organisation named after them ("Pollard &
    Daughters", "Parrow"), else the one the article keeps naming (twice as often as any other), never one named in
    the same sentence (that is where the person was before, or someone else's); with `named_only`, only the one named
    after them."""
    table = state.table
    sentence = state.sent_of[tok.i]
    here = {seen.cluster for seen in state.history if seen.sentence == sentence and seen.token < tok.i}
    surnames = set().union(*(_surname_parts(table.clusters[ci]) for ci in here if table.clusters[ci].label == "PERSON"
                             and not table.clusters[ci].members))
    counts: dict[int, int] = {}
    for ci, cluster in enumerate(table.clusters):
        if cluster.label == "ORG" and not cluster.members:
            told = sum(m.start < tok.i for m in cluster.mentions)
            if told and any(m.kind == "name" and m.start < tok.i for m in cluster.mentions):
                counts[ci] = told
    named_after = {ci for ci in counts if any(part in surnames for name in table.clusters[ci].names for word in name
                                                  for part in word.split("-"))}
    if len(named_after) == 1:
        return named_after.pop()
    if named_after or named_only:
        return None
    ranked = sorted(((n, ci) for ci, n in counts.items() if ci not in here), reverse=True)
    if ranked and (len(ranked) == 1 or ranked[0][0] >= 2 * ranked[1][0]):
        return ranked[0][1]
    return None


RELATIVE_SUBJECTS = frozenset({"which", "that", "who"})
MOVE_LEMMAS = frozenset({"join", "rejoin", "move", "switch"})


def _own_subjects(state: CorefState, tok: Token) -> set[int]:
    """The clusters of the subject of the verb whose object `tok` is -- a relative "which" or "that"
    standing for the noun its clause describes ("X, which backed the company"): an object that is not a
    reflexive is never its own verb's subject."""
    owner = state.table.owner
    if tok.dep_ not in OBJECT_DEPS_OF_DESCRIPTIONS:
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    out = set()
    if verb.lemma_.lower() in MOVE_LEMMAS and verb.dep_ == "pcomp" and verb.head.lower_ in ("before", "after"):
        main = verb.head.head  # "spent six years at Y before joining the company": the company joined is not Y
        for holder in (main, *(c for c in children_of(main) if c.dep_ in ("dobj", "npadvmod"))):
            for prep in children_of(holder):
                if prep.dep_ == "prep" and prep.lower_ in ("at", "with", "for") and prep.i < verb.i:
                    out |= {owner[p.i] for p in children_of(prep) if p.dep_ == "pobj" and owner[p.i] >= 0}
    of_noun = verb.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of"  # "its takeover of the firm": the
    doers = list(children_of(verb))  # taker (the noun's possessor) is not the one taken
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into") \
            and verb.head.pos_ == "VERB":
        doers += children_of(verb.head)  # "X, which led a £60 million investment in the company": the company is not X
    for c in doers:
        if c.dep_ not in SUBJECT_DEPS and not (of_noun and c.dep_ == "poss"):
            continue
        if c.lower_ in RELATIVE_SUBJECTS and c.head.dep_ == "relcl":
            c = c.head.head
        if owner[c.i] >= 0:
            out.add(owner[c.i])
    return out


def _name_follows(doc: Doc, end: int) -> bool:
    """A proper name (after "the" or not) right after a description ("the punk trio the Shopperwick Saints", "the folk
    group Tharrowgrass"): the description is that name's, even when no entity was found for it (not a day or a date:
    "the club Saturday said")."""
    if end < len(doc) and doc[end].lower_ == "the":
        end += 1
    return end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ not in ("DATE", "TIME")


def _unsaid_kind(cluster: Cluster) -> bool:
    """An organisation whose name and descriptions say no kind of body ("Ashfallow"; not "Acme Holdings", "X FC")."""
    suffixes = lexicon().org_suffixes
    return cluster.label == "ORG" and org_kind(cluster) is None and not any(
        name and name[-1].lower().rstrip(".") in suffixes for name in cluster.names)


PEOPLE_BY_COUNT = {"trio": 3, "threesome": 3, "quartet": 4, "foursome": 4}  # a group noun that counts its people


def _counted_people(state: CorefState, tok: Token, size: int) -> int | None:
    """"Three men, A, B and C, were arrested on Monday. The trio were charged ...": a group noun that counts its
    people is the last run of that many people named together, unless a band is in view (whose "trio" is the band)."""
    if state.salience(tok.i, state.sent_of[tok.i], TYPE_WINDOW, lambda ci: state.table.clusters[ci].label == "ORG"
                      and _band_like(state, state.table.clusters[ci], tok.i)):
        return None
    return recent_group(state, tok.i, GROUP_WINDOW, blockable=False, size=size)


def _band_like(state: CorefState, cluster: Cluster, before: int, by_name: bool = True) -> bool:
    """A body the text has shown to be a band before `before`: a band noun that stood for it ("The Leeds four-piece
    ...", "X, the Leeds band"), a band's player that is its ("Ashfallow's drummer", "the Glasswing singer", "the
    guitarist of X"), or (with `by_name`) a plural name ("the Flint Wolves")."""
    if (by_name and _plural_name(cluster)) or _called(cluster, "band"):
        return True
    doc = state.doc
    for mention in cluster.mentions:
        if mention.start >= before:
            continue
        head = doc[mention.end - 1]
        if mention.kind == "nominal" and _band_noun(noun_lemma(head)):
            return True
        holder = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head.head
        if mention.kind == "name" and head.dep_ in ("poss", "compound", "amod", "pobj") and holder.pos_ == "NOUN" \
                and holder.lemma_.lower() in BAND_PLAYER_NOUNS:
            return True  # ("the guitarist of the Quillmarsh")
    return False


def _lead_body(state: CorefState, tok: Token) -> int | None:
    """The organisation the story leads with: the named subject of its headline or first sentence, or the body
    named in that subject ("Grallow Beetles guitarist quits")."""
    owner, clusters = state.table.owner, state.table.clusters
    for sent in state.sents[:2]:
        if sent.start >= tok.i:
            break
        for child in children_of(sent.root):
            if child.dep_ not in SUBJECT_DEPS:
                continue
            by = [g for c in children_of(child) if c.dep_ == "prep" and c.lower_ == "by" and child.lemma_.lower() in LEAD_WORK_NOUNS
                  for g in children_of(c) if g.dep_ == "pobj"]  # "The fourth album by the Dundee band X arrives ...": X
            by += [c for c in (*children_of(child), *(a for g in by for a in children_of(g))) if by and c.dep_ == "appos"]  # (the
            # parser hanging the name on the work or on "band")
            for t in (child, *(c for c in children_of(child) if c.dep_ in ("compound", "poss", "amod")), *by):
                if owner[t.i] >= 0 and clusters[owner[t.i]].label == "ORG":
                    return owner[t.i]
    return None


LEAD_WORK_NOUNS = frozenset({"album", "record", "single", "ep", "song", "tour", "show", "film"})


def _band_meant(state: CorefState, tok: Token, ranked: list[tuple[float, int]], lead: int | None) -> int | None:
    """"the band", "the trio", "the Leeds four-piece": the one band among those in view and the band the story leads with
    (with none in view, the one body the text called a band).  Of two, the one the sentence before was about, or the
    story's band when it is in view and far more salient than the other ("X will headline, replacing the American band
    Y. Z formed the band in 2010": X); else none ("Y joins from the Flint Thimbles ... The band's sixth album")."""
    inview = {ci for _, ci in ranked}
    if not inview and (called := _named_by_head(state, tok, "ORG")) is not None:
        inview.add(called)
    if lead is not None:
        inview.add(lead)
    if len(inview) == 1:
        return inview.pop()
    if not inview:
        return None
    if (target := _previous_subject(state, tok, lambda ci: ci in inview)) is not None:
        return target
    return lead if lead is not None and _dominant(ranked) == lead else None  # (the story's band far above the other)


def _lead_subject(state: CorefState, tok: Token, fits: Callable[[int], bool]) -> int | None:
    """The club a sports story is about: the named subject of its first sentences (the headline's or
    the lead's), when it fits."""
    for sent in state.sents[:2]:
        if sent.start >= tok.i:
            break
        for child in sent.root.children:
            ci = state.table.owner[child.i] if child.dep_ in SUBJECT_DEPS else -1
            if ci >= 0 and fits(ci):
                return ci
    return None


def _latest_of_kind(state: CorefState, tok: Token, label: str, noun_kind: str | None) -> int | None:
    """The entity of `label` (and of the noun's kind, when its name says one) named last before `tok`."""
    lex = lexicon()
    ranked: list[tuple[bool, int, int]] = []
    for ci, cluster in enumerate(state.table.clusters):
        if cluster.label != label:
            continue
        names = [m.start for m in cluster.mentions if m.kind == "name" and m.start < tok.i]
        kind = org_kind(cluster) if label == "ORG" else None
        for start in names:  # "the newspaper X": the noun before the name says its kind
            if kind is None and start > 0:
                kind = lex.type_noun_kinds.get(state.doc[start - 1].lemma_.lower())
        if names and _kind_fits(noun_kind, kind):
            ranked.append((noun_kind is not None and kind == noun_kind, max(names), ci))
    return max(ranked)[2] if ranked else None


def _named_in_full(state: CorefState, tok: Token, span: Span, label: str) -> int | None:
    """"the central bank" after "the Central Bank of Norland": the one entity named so far whose name holds the noun
    phrase's words (after its article), in order, as one run -- a description that is the name itself, lower-cased."""
    words = tuple(t.lower_ for t in span if t.lower_ not in ("the", "a", "an"))
    if len(words) < 2 or words[-1] != tok.lower_:
        return None
    n = len(words)
    found = {ci for ci, cluster in enumerate(state.table.clusters) if cluster.label == label
             and any(m.start < span.start for m in cluster.mentions)
             and any(tuple(w.lower() for w in name[i : i + n]) == words for name in cluster.names for i in range(len(name) - n + 1))}
    return found.pop() if len(found) == 1 else None


def _only_one_named(state: CorefState, tok: Token, fits: Callable[[int], bool]) -> int | None:
    """The one entity named before `tok` (by its name, not only by a noun) that `fits`, when there is exactly one."""
    found = {ci for ci, cluster in enumerate(state.table.clusters) if any(m.start < tok.i and m.kind == "name" for m in cluster.mentions)
             and fits(ci)}
    return found.pop() if len(found) == 1 else None


def _named_by_head(state: CorefState, tok: Token, label: str, of_form: bool = False) -> int | None:
    """"the council", "the museum", "the band" far from the last mention: the one entity named so far
    whose name ends in that noun ("Kelby Borough Council") or that the text called one ("Trestrel
    Lane, the Manchester band") -- unambiguous at any distance when it is the only one."""
    lemma = tok.lemma_.lower()
    if lemma in lexicon().generic_type_nouns:
        return None  # "the company", "the group": any firm at all
    found = {ci for ci, cluster in enumerate(state.table.clusters) if cluster.label == label
             and any(m.start < tok.i for m in cluster.mentions) and _called(cluster, lemma, of_form)}
    return found.pop() if len(found) == 1 else None


def _noun_of(name: tuple[str, ...], noun: str) -> bool:
    """"Port of Chastlemoor" is "<port> of X" (a body the NER may read as a place)."""
    return len(name) > 2 and name[0].lower() == noun and name[1] == "of"


def _called(cluster: Cluster, noun: str, of_form: bool = False) -> bool:
    """The entity's name ends in `noun` (with `of_form`, also one that is "<Noun> of X": "the port" for "Port of Chastlemoor"),
    or the text called it one (an apposition's role; a band also by its size: "X, the Leeds four-piece")."""
    heads = {noun, *NAME_HEADS.get(noun, ())}  # ("the studio" for "Pinefold Studios", "the label" for "Corvel Records")
    return any(name and (_before_of(name)[-1].lower() in heads or _head_before_of(name) in heads or (of_form and _noun_of(name, noun))
                         or (noun in FORCE_NOUNS and any(w.lower() in heads for w in name[1:])))
               for name in cluster.names) or any(
        r.split()[-1] == noun or (noun == "band" and r.split()[-1].endswith("piece")) for r in cluster.attrs.get("roles", []))


def _before_of(name: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a name before its "of" when words stand before its noun ("Halstow Institute" of "Halstow Institute of
    Technology"), or all of them (a name that opens with its noun, "University of X", is `_noun_of`'s)."""
    return name[: name.index("of")] if "of" in name[2:] else name


def _head_before_of(name: tuple[str, ...]) -> str | None:
    """The head of a name built "<words> <Noun> of X", with words before the noun: "union" for "National Union of Rail
    Staff", "institute" for "Northern Institute of Marine Botany" (a name that opens with the noun is `_noun_of`'s)."""
    at = next((i for i, word in enumerate(name) if word == "of"), 0)
    return name[at - 1].lower() if at >= 2 and at + 1 < len(name) else None


FORCE_NOUNS = frozenset({"force"})  # "the force": a police body whatever closes its name ("X Police Department", "X Police
# Service")
# the last words of names a noun stands for besides itself: "the label" for "Corvel Records" (not any plural: "the award" is
# no "Prerrow Awards")
NAME_HEADS = {"label": ("records", "recordings"), "studio": ("studios", "pictures", "animation", "productions"),
              "practice": ("partners", "associates", "llp", "architects", "solicitors"),
              "force": ("police", "constabulary")}  # ("the force" for "Brackenmoor Police Department": `_called`)


def _reporter(owner: list[int], tok: Token) -> set[int]:
    """"X said the chef had quit", "X claimed the manager knew": the subject of the clause a report's verb hangs on is
    someone the reporter tells of, not the reporter."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return set()
    return verb_subjects(owner, tok.head, frozenset({"ccomp"}))


def _inside_own_phrase(owner: list[int], tok: Token, target: int) -> bool:
    """"X, a friend of the chairman", "X, the son of the club's manager": a title inside a phrase that hangs (through a
    preposition other than "as") on the person's own name names someone else (but "X, who took over as the manager")."""
    through = tok.dep_ == "poss"  # "X, the singer's agent": the possessor of X's own title is another
    for head in tok.ancestors:
        if owner[head.i] == target:
            return through
        through = through or (head.dep_ == "prep" and head.lower_ != "as")
    return False


def _apposition(state: CorefState, tok: Token, span: Span, lemma: str, is_age: bool) -> bool:
    """"Jane Doe, the company's chief executive," / "Acme, a Denver-based firm,": a description set
    off by commas right after a name is that entity."""
    doc, lex = state.doc, lexicon()
    texts, lowers = strings(doc, "text"), strings(doc, "lower")
    if span.start < 2 or texts[span.start - 1] != "," or lowers[span.start] not in ("the", "a", "an") \
            or (tok.i + 1 < len(doc) and not doc[tok.i + 1].is_punct and doc[tok.i + 1].lower_ not in RELATIVES):
        return False  # (", the Manchester band whose debut ...": the relative clause belongs to the description)
    name_end = span.start - 1
    if span.start >= 4 and doc[span.start - 2].text.isdigit() and int(doc[span.start - 2].text) < 120 and doc[span.start - 3].text == ",":
        name_end = span.start - 3  # "Jane Doe, 58, a cardiologist who ...": the description after the age
    ci = state.table.owner[name_end - 1]
    if ci < 0 or not any(m.kind == "name" and m.end == name_end for m in state.table.clusters[ci].mentions):
        return False
    cluster = state.table.clusters[ci]
    person = is_age or lex.is_person_noun(lemma)
    if name_end != span.start - 1 and not (person and cluster.label == "PERSON" and lemma not in lex.relation_of
                                           and not any(t.dep_ == "poss" or t.tag_ == "POS" for t in span)
                                           and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in RELATIVES):
        return False  # (a number after a firm's name is no age; "X, 34, the victim's mother" tells kin, no post)
    if not (person and cluster.label == "PERSON" and not cluster.members) and lex.type_of_noun.get(lemma) != cluster.label:
        return False
    if not state.add(ci, span.start, span.end, "title" if person else "nominal"):
        return False
    if (age := age_in(span)) is not None and person:
        set_age(cluster, age, state.dct)
    if not is_age:
        words = [t for t in doc[_after_possessor(span) : tok.i + 1] if (t.pos_ == "NOUN" or t.i == tok.i)
                 and t.lower_ not in ("year", "years", "old") and not t.like_num]
        add_role(cluster, hyphen_joined(words), lex, lemma)
    return True


def _paired_apposition(state: CorefState, tok: Token, span: Span, lemma: str) -> bool:
    """"A and B, the actress and the rock singer, have split": two descriptions coordinated in apposition to two
    coordinated names are the two people in turn, the first the first (not both the one the nearer name ends on)."""
    lex, doc = lexicon(), state.doc
    first = tok if tok.dep_ == "appos" else tok.head if tok.dep_ == "conj" and tok.head.dep_ == "appos" else None
    if first is None or not lex.is_person_noun(lemma) or span[0].lower_ not in ("the", "a", "an"):
        return False
    seconds = [c for c in children_of(first) if c.dep_ == "conj" and c.pos_ == "NOUN"
               and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in children_of(c))]
    later, earlier = first.head, first.head.head
    if len(seconds) != 1 or (tok is not first and tok is not seconds[0]) or later.dep_ != "conj" \
            or not lex.is_person_noun(noun_lemma(seconds[0])) or not lex.is_person_noun(noun_lemma(first)) \
            or any(c.dep_ == "conj" and c.i != later.i for c in children_of(earlier)) \
            or first.left_edge.i < 1 or doc[first.left_edge.i - 1].text != ",":
        return False  # (two names and two nouns, set off by a comma: "A and B, the actress and the singer")
    owner = state.table.owner
    pair = owner[earlier.i], owner[later.i]
    if pair[0] < 0 or pair[1] < 0 or pair[0] == pair[1] or not all(_is_person_cluster(state, ci) for ci in pair):
        return False
    ci = pair[0] if tok is first else pair[1]
    if not state.add(ci, span.start, span.end, "title"):
        return False
    words = [t for t in doc[_after_possessor(span) : tok.i + 1] if t.pos_ == "NOUN" or t.i == tok.i]
    add_role(state.table.clusters[ci], hyphen_joined(words), lex, lemma)
    return True


def kin_named(state: CorefState, group: int) -> bool:
    """The group's members were named together after a word for siblings or children ("twins Marcia and Claudette", "their
    sons, Ali and Sami"): no couple."""
    return _kin_named_members(state, state.table.clusters[group].members)


def _a_child_in(state: CorefState, group: int) -> bool:
    """One of the group is told as someone's child ("flanked by X and their son, Y"): a parent and a child, no couple."""
    return any(role.split()[-1] in KIN_NOUNS for ci in state.table.clusters[group].members
               for role in state.table.clusters[ci].attrs.get("roles", []))


def _kin_named_members(state: CorefState, members: tuple[int, ...] | frozenset[int]) -> bool:
    if not members:
        return False
    first = min(min(m.start for m in state.table.clusters[ci].mentions) for ci in members)
    return kin_listed(strings(state.doc, "lower"), first)


def _the_story_couple(state: CorefState, tok: Token, group: int) -> int:
    """"X and Y are engaged, the couple said ... X was previously married to Z. The pair wed in 2012 ... || The couple
    hope to marry next summer": "the couple" in a later paragraph is the one the article first called the couple, not a
    pair told in a paragraph before that shares one of them (a former marriage) -- unless that pair is told in this one."""
    owner, clusters = state.table.owner, state.table.clusters
    first = next((owner[t.i] for t in state.doc[: tok.i] if t.lower_ == "couple" and owner[t.i] >= 0), -1)
    if first < 0 or first == group or not clusters[first].members or not clusters[group].members:
        return group
    told, recent = set(clusters[first].members), set(clusters[group].members)
    others = recent - told
    if len(told & recent) != 1 or len(others) != 1:
        return group
    last = clusters[others.pop()].last_before(tok.i)
    text = state.doc[last : tok.i].text if last >= 0 else ""
    return first if "\n" in text else group


def _listed_as_objects(state: CorefState, group: int, tok: Token) -> bool:
    """The group's members were last named together as a verb's object or a preposition's ("Guests included the director
    A and the singer B", "thanked A and B"), not as the ones acting."""
    members = state.table.clusters[group].members
    if not members:
        return False
    pair = next((p for p in reversed(state.pairs) if p.token < tok.i and set(p.members) == set(members)), None)
    if pair is None:
        return False
    first = state.table.clusters[members[0]]
    mention = next((m for m in first.mentions if state.sent_of[m.start] == pair.sentence and m.start <= pair.token), None)
    if mention is None:
        return False
    head = span_root(state.doc, mention.start, mention.end)
    while head.dep_ in ("appos", "compound", "conj", "flat") and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("dobj", "pobj", "dative")


def the_spouses(state: CorefState, tok: Token) -> tuple[int, int] | None:
    """The one married pair the article has told of before `tok` (a "couple" is a pair of partners, not any two people
    named together), when there is exactly one."""
    pairs = {frozenset((a, b)) for (a, relation), b in state.relations.items() if relation == "spouse" and a != b
             and _is_person_cluster(state, a) and _is_person_cluster(state, b)
             and min(m.start for m in state.table.clusters[b].mentions) < tok.i}
    if len(pairs) != 1:
        return None
    first, second = sorted(pairs.pop())
    return first, second


def the_partners(state: CorefState, tok: Token, kin: int) -> tuple[int, int] | None:
    """The one pair of partners told before `tok` (two people who met, married, split ...: the coreference state's pairs)
    that shares no one with the children or siblings named together in `kin` ("X and Y have separated ... their children,
    A and B. The pair met in 2016": X and Y)."""
    children = set(state.table.clusters[kin].members)
    pairs = {frozenset(p.members) for p in state.pairs if p.token < tok.i and len(p.members) == 2 and not set(p.members) & children}
    if len(pairs) != 1:
        return None
    first, second = sorted(pairs.pop())
    return first, second


def _married_before(state: CorefState, tok: Token) -> tuple[int, int] | None:
    """"X is married to Y": the two people a "married to" earlier in the same sentence pairs."""
    owner = state.table.owner
    for word in state.doc[tok.sent.start : tok.i]:
        if word.lower_ != "married" or word.head.lemma_ != "be":
            continue
        subject = next((owner[c.i] for c in children_of(word.head) if c.dep_ == "nsubj" and owner[c.i] >= 0), -1)
        wed = [p for to in children_of(word) if to.dep_ == "prep" and to.lower_ == "to" for p in children_of(to) if p.dep_ == "pobj"]
        spouse = next((owner[p.i] if owner[p.i] >= 0 else _next_name(state, p) for p in wed), None)  # ("the composer X")
        clusters = state.table.clusters
        if subject >= 0 and spouse is not None and spouse >= 0 and subject != spouse \
                and clusters[subject].label == clusters[spouse].label == "PERSON":
            return subject, spouse
    return None


NAMING_LEMMAS = frozenset({"name", "identify"})  # "a man, named locally as X", "identified by prosecutors only as Y"


def _named_as(state: CorefState, tok: Token) -> int | None:
    """The person a description is identified as: "a man, named locally as X," / "the victim has been
    named as X" / "The man, identified by prosecutors only as Koenraad O.," (the "as" of "named" a person's name, not a
    post)."""
    owner, clusters = state.table.owner, state.table.clusters
    verbs = [c for c in children_of(tok) if c.dep_ == "acl" and c.lemma_.lower() in NAMING_LEMMAS and c.tag_ == "VBN"]
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in NAMING_LEMMAS:
        verbs.append(tok.head)
    for verb in verbs:
        for prep in children_of(verb):
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            for obj in children_of(prep):
                if obj.dep_ == "pobj" and owner[obj.i] >= 0 and clusters[owner[obj.i]].label == "PERSON":
                    return owner[obj.i]
    return None


def _marriage_to_before(state: CorefState, tok: Token) -> tuple[int, int] | None:
    """"... her marriage to the footballer Y. The couple met in 2016": the possessor of a "marriage to"
    in the sentence before (or in this one) and the person named after the "to"."""
    owner, clusters = state.table.owner, state.table.clusters
    sentence = state.sent_of[tok.i]
    start = state.sents[sentence - 1].start if sentence > 0 else tok.sent.start
    for word in state.doc[start : tok.i]:
        if word.lower_ != "marriage" or word.i + 2 >= tok.i or state.doc[word.i + 1].lower_ != "to":
            continue
        holder = next((owner[c.i] for c in children_of(word) if c.dep_ == "poss" and owner[c.i] >= 0), -1)
        partner = next((owner[t.i] for t in state.doc[word.i + 2 : min(tok.i, word.i + 8)] if owner[t.i] >= 0), -1)
        if holder >= 0 and partner >= 0 and holder != partner and clusters[holder].label == clusters[partner].label == "PERSON":
            return holder, partner
    return None


LAWYER_NOUNS = frozenset({"lawyer", "solicitor", "attorney", "barrister", "counsel", "advocate"})


DEFENDING_WORDS = frozenset({"defending", "mitigating"})  # "Defending, X said ...": the defence's counsel speaking
DEFENDANT_VERBS = frozenset({"plead", "sentence", "jail", "convict", "charge", "imprison", "admit", "deny"})


def _lawyers_client(state: CorefState, span: Span) -> int | None:
    """"X's solicitor, Y, said her client was considering suing ...": the client of the lawyer the possessive stands for
    is the one whose lawyer that person was named as ("X's lawyer, Y", "His lawyer, Y", told before)."""
    owner = state.table.owner
    lawyer = owner[span[0].i]
    if lawyer < 0 or not _is_person_cluster(state, lawyer):
        return None
    clients = set()
    for mention in state.table.clusters[lawyer].mentions:
        named = state.doc[mention.start : mention.end].root
        if mention.start >= span.start or named.dep_ != "appos" or named.head.lemma_.lower() not in LAWYER_NOUNS:
            continue
        clients |= {owner[c.i] for c in children_of(named.head) if c.dep_ == "poss" and owner[c.i] >= 0 and owner[c.i] != lawyer}
    if not clients and state.doc[span.sent.start].lower_ in DEFENDING_WORDS:  # "Defending, Y said her client had ...": the
        clients = _defendant(state, span.start, lawyer)  # defendant, the one told as pleading, charged or sentenced
    return clients.pop() if len(clients) == 1 and _is_person_cluster(state, next(iter(clients))) else None


def _defendant(state: CorefState, before: int, lawyer: int) -> set[int]:
    """The one person told before token `before` as pleading, convicted, sentenced, jailed or charged (the subject of
    such a verb), other than the lawyer: the defendant."""
    owner, doc = state.table.owner, state.doc
    out = {owner[t.i] for t in doc[:before] if t.dep_ in SUBJECT_DEPS and owner[t.i] >= 0 and owner[t.i] != lawyer
           and t.head.lemma_.lower() in DEFENDANT_VERBS and _is_person_cluster(state, owner[t.i])}
    return out if len(out) == 1 else set()


def resolve_nominal(state: CorefState, tok: Token) -> None:
    lex = lexicon()
    if tok.dep_ == "compound" or tok.tag_ in ("NNS", "NNPS"):
        return
    if tok.pos_ == "ADJ" and tok.lower_ != "old":
        return  # (an adjective stands for someone only as an age: "the 42-year-old")
    lemma = noun_lemma(tok)
    is_age = tok.lower_ == "old" and age_in(state.doc[max(0, tok.i - 4) : tok.i + 1]) is not None
    if tok.pos_ == "ADJ" and not is_age:
        return
    if is_age and tok.i + 1 < len(state.doc) and state.doc[tok.i + 1].pos_ in ("NOUN", "PROPN") \
            and not verb_taken_for_noun(state.doc[tok.i + 1]):
        return  # "the 42-year-old actress": the noun is the head
    found = _phrase(state, tok)
    if found is None:
        return
    if is_age and found[0][0].lower_ not in ("the", "a", "an") and found[0].start > 0 and state.doc[found[0].start - 1].is_sent_start \
            and state.doc[found[0].start - 1].lower_ == "the" and state.table.owner[found[0].start - 1] == -1 \
            and not (tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN") and lex.is_person_noun(noun_lemma(tok.head))):
        found = span_of(state.doc, found[0].start - 1, tok.i + 1), found[0].start - 1  # "The 36-year-old touched in 24.31":
        # the verb after the age taken for the head of "The ... touched", the article left out of the age's phrase (not
        # "The 36-year-old Polish defender": the person noun heads it)
    span, own = found
    first = span[0].lower_
    if (identified := _named_as(state, tok)) is not None and lex.is_person_noun(lemma):
        if state.add(identified, span.start, span.end, "nominal") and (age := age_in(span)) is not None:
            set_age(state.table.clusters[identified], age, state.dct)  # "a 34-year-old man, named locally as X,"
        return
    if lemma in lex.group_nouns and first in ("the", "their"):
        wed = _married_before(state, tok) or _marriage_to_before(state, tok)  # "X is married to Y, ...; the couple met in 1984"
        group = state.group_for(wed) if wed is not None else recent_group(state, tok.i, GROUP_WINDOW, blockable=False, size=2)
        if wed is None and lemma in ("couple", "pair") and group is not None and (kin_named(state, group) or _a_child_in(state, group)):
            spouses = the_spouses(state, tok) or the_partners(state, tok, group)
            group = state.group_for(spouses) if spouses is not None else None  # "X and Y were married in 1965 ... twins A and B
            # followed. The couple now have ...": X and Y; children named together are no couple, whoever else is (below)
        if wed is None and lemma == "couple" and group is not None:
            group = _the_story_couple(state, tok, group)
        if wed is None and group is not None and _listed_as_objects(state, group, tok) \
                and (spouses := the_spouses(state, tok)) is not None and not set(spouses) & set(state.table.clusters[group].members):
            group = state.group_for(spouses)  # "X and Y have married ... Guests included the director A and the singer B. The
            # pair met in 2021": a pair listed as what a verb took is no couple; the married pair the story is about is
        if group is None:  # farther back, when the article has one couple only
            couples = {frozenset(p.members) for p in state.pairs if p.token < tok.i and len(p.members) == 2}
            couples |= {key for key in state.groups if len(key) == 2}
            if len(couples) > 1 or lemma == "couple" or couple_doing(tok):  # "... custody of their two
                # sons, A and B. [three paragraphs] The pair met in 2012": no sons (nor, alone, children who "married")
                couples = {c for c in couples if not _kin_named_members(state, c)}
            group = state.group_for(tuple(couples.pop())) if len(couples) == 1 else None
        if group is not None:
            state.add(group, span.start, span.end, "nominal")
        return
    if lemma in PEOPLE_BY_COUNT and first == "the" and (group := _counted_people(state, tok, PEOPLE_BY_COUNT[lemma])) is not None:
        state.add(group, span.start, span.end, "nominal")  # "Three men, A, B and C, were arrested. The trio ..."
        return
    relation = lex.relation_of.get(lemma)
    if relation and (first in POSSESSIVES or any(t.tag_ == "POS" for t in span)):
        _relation_noun(state, tok, span, relation)
        return
    if lemma == "client" and first in POSSESSIVES and len(span) == 2 and (client := _lawyers_client(state, span)) is not None:
        state.add(client, span.start + 1, span.end, "nominal")  # (the possessor is a mention of its own)
        return
    named = _next_name(state, tok)
    possessed = own > span.start
    if named is not None and lex.is_person_noun(lemma) and possessed and _possessor(state, span) != named:
        role = state.doc[own : tok.i + 1].text.lower()
        add_role(state.table.clusters[named], role, lex, lemma)  # "Doe's lawyer, John Roe"
        state.add(named, own, span.end, "nominal")
        return
    if _paired_apposition(state, tok, span, lemma) or _apposition(state, tok, span, lemma, is_age):
        return
    if possessed and lex.type_of_noun.get(lemma) == "ORG" and lex.type_noun_kinds.get(lemma) in (None, "commercial") \
            and any(c.dep_ == "poss" and c.lemma_.lower() in PARENT_NOUNS for c in children_of(tok)):
        if (family := _family_firm(state, tok, named_only=True)) is not None:  # "joined her father's company in 2003": the
            # family's firm, named after it
            state.add(family, span.start, span.end, "nominal")
        return
    if first == "the" and named is not None and not possessed and lex.is_person_noun(lemma) and tok.i + 1 < len(state.doc) \
            and state.doc[tok.i + 1].text == ",":
        add_role(state.table.clusters[named], _role_words(span, tok), lex, lemma)  # "said the chairman, X": a later
        # "the chairman" is X
    if first in ("that", "this") and named is None and not possessed and len(span) == 2 and lex.type_of_noun.get(lemma) == "WORK" \
            and not state.in_quote[tok.i]:  # (not "I wrote half of this record in my mum's kitchen": the speaker's)
        # "... the band's 2010 debut, Salt in the Gears. That record was shortlisted for the Mercury Prize": the work just named
        if (target := _last_work(state, tok)) is not None:
            state.add(target, span.start, span.end, "nominal")
        return
    if first != "the" or named is not None:
        return
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and any(c.dep_ == "amod" and c.lower_ == "new" for c in children_of(tok)):
        return  # "named X as the new agriculture minister": the post given, not the one who held it before
    if tok.i + 1 < len(state.doc) and state.doc[tok.i + 1].lower_ == "of" and age_in(span) is None:
        return  # "the wife of ...", "the head of ...": points elsewhere (but "The 47-year-old former mayor of X took the
        # oath": an age says the one described is someone the story tells of)
    if lemma in BODY_PARTS and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "in", "across", "into"):
        return  # "was struck on the head", "shot in the head": a body part, no title
    if is_age or lex.is_person_noun(lemma) or _demonym_noun(tok) or (tok.pos_ == "PROPN" and age_in(span) is not None):
        _title(state, tok, span)
    elif lemma in lex.type_of_noun and not possessed \
            and not any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title and state.table.owner[c.i] == -1 for c in children_of(tok)):
        # ("the university's exoplanet group" is not the university; "the Israeli Haaretz newspaper", a name no entity
        # holds, names its own paper, not the paper told of before)
        _typed(state, tok, span, lex.type_of_noun[lemma])
    elif not possessed and tok.tag_ == "NN" and tok.is_lower and span[0].lower_ == "the" and len(span) == 2:
        # "the trust" after "Borthmoor Healthcare Trust": the one body named so far whose name ends in the noun (or, a noun
        # of no known kind, is "<Noun> of X": "the port" after "the Port of Chastlemoor")
        target = _named_by_head(state, tok, "ORG", of_form=True)
        if target is not None:
            state.add(target, span.start, span.end, "nominal")

