"""Facts stated in words rather than by events (used by `resolve`): kin nouns ("her husband, X",
"their son, Y", "survived by ..."), the statements of `resolve_titles` (posts, a person's firm,
places) found by the same pass over the nouns, ended marriages, and the verbs of `resolve_clauses`
("served as T of Y from A to B")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from .extract.entity_lexicon import lexicon
from .extract.name_cues import party_name
from .model import Analysis
from .nlp import children_of, conjuncts_of, heads, strings
from .resolve_base import COPULAS, PAST, _Builder, _entity, _evidence, _kind, config, one_time
from .resolve_clauses import interval, objects_of, subject_of, tokens_of, verb_facts
from .resolve_titles import (
    BIRTH_ORDER_WORDS,
    _appos_name,
    _calling,
    _fronted_child,
    _in_word_hyphen,
    _location,
    _name_of,
    _org_by_noun,
    _owned_business,
    _title_sets,
    _titles,
    may_hold_post,
    title_value,
)


def _other_party(kin: Token, name: Token, a: Analysis, coordinated: bool) -> str | None:
    """Whose husband / son / CEO: the possessor, else (spouses only) the person coordinated with
    "X and husband Y" -- "son A and daughter B" are siblings, not parent and child."""
    for token in (kin, name):
        poss = next((c for c in children_of(token) if c.dep_ == "poss"), None)
        if poss is not None and (found := _entity(a, poss)) is not None:
            return found
        if poss is not None and poss.lower_ == "whose":  # "X, whose son Y is a painter"
            clause = next((t for t in poss.ancestors if t.dep_ == "relcl"), None)
            if clause is not None and (found := _entity(a, clause.head)) is not None:
                return found
            doc = poss.doc  # (the parser may take "whose father" for an apposition: the name before the comma)
            if clause is None and poss.i >= 2 and doc[poss.i - 1].text == "," and (found := _entity(a, doc[poss.i - 2])) is not None:
                return found
    survived = _survived_by(kin)  # "X is survived by their son, Y": X is the parent
    if survived is not None and not coordinated and (found := _entity(a, survived)) is not None:
        return found
    for token in (kin, name):
        if coordinated and token.dep_ == "conj":
            return _entity(a, token.head)
    of = next((p for c in children_of(kin) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"), None)
    held = kin
    for _ in range(4):  # "she leaves a son, X, and a daughter, Y": the daughter joined to the son's name
        if held.dep_ not in ("conj", "appos") or held.head.i == held.i:
            break
        held = held.head
    if of is None and held.dep_ == "dobj" and held.head.lemma_.lower() in config()["statements"]["holding_verbs"]:
        return _entity(a, subject_of(held.head))  # "the couple share a son, Felix", "she leaves a son, X"
    found = _entity(a, of) or _entity(a, _appos_name(of) if of is not None else None)  # "X, the daughter of (the painter) Y"
    if found is None and of is not None:  # "the daughter of a diplomat and the painter Y": the parent named
        found = next(iter(_parents_of(a, kin)), None)
    return found


def _joint_owners(a: Analysis, kin: Token, name: Token) -> list[str]:
    """"A and B's son, C": the people coordinated with the possessor of a kin noun when the possessive ending is on the
    last of them only (one "'s" for the pair), besides the first."""
    poss = next((c for t in (kin, name) for c in children_of(t) if c.dep_ == "poss"), None)
    if poss is None or any(c.dep_ == "case" for c in children_of(poss)):
        return []
    joined = [c for c in conjuncts_of(poss) if c.i > poss.i]
    if not joined or not any(c.dep_ == "case" for c in children_of(joined[-1])):
        return []
    found = [_entity(a, c) for c in joined]
    return [e for e in found if e is not None and _kind(a, e) == "PERSON"]


def _parents_of(a: Analysis, kin: Token) -> list[str]:
    """"X, the daughter of A and (the painter) B": each person the "of" phrase after the child noun coordinates."""
    of = next((p for c in children_of(kin) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"), None)
    if of is None:
        return []
    heads = [of, *conjuncts_of(of)]
    named = [n for t in heads if (n := _appos_name(t)) is not None]  # "of the novelist A and the composer B": B joined to A
    found = [_entity(a, t) or _entity(a, _appos_name(t)) for t in (*heads, *(c for n in named for c in conjuncts_of(n)))]
    kin_nouns = frozenset(config()["statements"]["child_nouns"]) | frozenset(config()["statements"]["spouse_nouns"])
    found += [_entity(a, _appos_name(c)) for c in conjuncts_of(kin) if c.i > of.i and c.pos_ == "NOUN"  # (the parser may join
              and (c.lemma_.lower() not in kin_nouns or _his_wife(c)) and not any(p.dep_ == "prep" and p.lower_ == "of" for p in children_of(c))]
    # the second parent to the child noun: "the daughter of A and the painter B", "the son of A and his wife, B", not "the
    # daughter of A and the wife of B")
    return [e for e in dict.fromkeys(found) if e is not None and _kind(a, e) == "PERSON"]


def _his_wife(noun: Token) -> bool:
    """"his wife", "her husband": a spouse noun whose possessor is the person just named."""
    return noun.lemma_.lower() in ("wife", "husband") and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in children_of(noun))


def _couple_of(a: Analysis, kin: Token, cfg: dict[str, Any]) -> list[str]:
    """"her husband, X, and their daughter, Y": the possessor of the spouse noun and the spouse
    named, when "their" child noun is coordinated with it."""
    poss = next((c for c in children_of(kin) if c.dep_ == "poss"), None)
    spouse_noun = kin.head
    if spouse_noun.dep_ == "appos" and spouse_noun.lemma_.lower() not in cfg["spouse_nouns"]:
        spouse_noun = spouse_noun.head  # the child noun coordinated with the spouse's name
    if poss is None or poss.lower_ != "their" or kin.dep_ != "conj" or spouse_noun.lemma_.lower() not in cfg["spouse_nouns"]:
        return []
    owner = _entity(a, next((c for c in children_of(spouse_noun) if c.dep_ == "poss"), None))
    spouse = _entity(a, _name_of(spouse_noun))
    pair = [p for p in (owner, spouse) if p is not None and _kind(a, p) == "PERSON"]
    return pair if len(set(pair)) == 2 else []


def _survived_by(kin: Token) -> Token | None:
    """The subject of "is survived by" over a kin noun ("X is survived by his wife and their son,
    Y; by a daughter, Z"): the one whose relatives they are."""
    token = kin
    for _ in range(6):
        if token.dep_ not in ("conj", "appos") or token.head.i == token.i:
            break
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ != "by":
        return None
    verb = token.head.head
    for _ in range(4):  # "...; by a daughter" (a "by" the parser hung on the "by" after it, or coordinated: "by his son
        # and by a daughter, Z", the second "by" a conjunct of the verb's agent)
        if verb.lemma_.lower() == "survive" or verb.dep_ not in ("conj", "prep", "agent") or verb.head.i == verb.i:
            break
        verb = verb.head
    return subject_of(verb) if verb.lemma_.lower() == "survive" else None


def _party_possessed(b: _Builder, doc: Doc, name: Token) -> None:
    """"the Greens' Anna Rell", "Labour's Jane Doe": a person named as a party's is its member; "Trorvik's Jane Doe",
    "Kelby Rovers' Tom Reynoso": one named as an organisation's is on its staff (or its team: `resolve_teams`)."""
    a = b.analysis
    person = _entity(a, name)
    if person is not None and _kind(a, person) == "ORG":
        _persons_body(b, doc, name, person)
    if person is None or _kind(a, person) != "PERSON":
        return
    for owner in (c for c in children_of(name) if c.dep_ == "poss" and c.pos_ == "PROPN"):
        party = _entity(a, owner)
        entity = a.entity(party) if party is not None and party != person else None
        if entity is not None and entity.type in ("ORG", "NORP") and party_name(entity.name):
            b.add("member", person, party, evidence=_evidence(a, doc, owner, name))
        elif entity is not None and entity.type == "ORG":
            b.add("employee", person, party, evidence=_evidence(a, doc, owner, name))


def _persons_body(b: _Builder, doc: Doc, name: Token, org: str) -> None:
    """"Grewal's Pakehaven Forward party", "MacAskill's Civic Alliance": the person whose party it is called is
    on it (a member of a party, in `resolve_teams`)."""
    a = b.analysis
    held = [name, name.head] if name.dep_ == "compound" and name.head.pos_ == "NOUN" else [name]  # "... Forward party"
    for owner in (c for h in held for c in children_of(h) if c.dep_ == "poss" and c.pos_ == "PROPN"):
        person = _entity(a, owner)
        if person is not None and person != org and _kind(a, person) == "PERSON":
            party = party_name(a.entity(org).name) or held[-1].lemma_.lower() == "party"  # type: ignore[union-attr]
            b.add("member" if party else "employee", person, org, evidence=_evidence(a, doc, owner, name))


def statements(b: _Builder, doc: Doc) -> None:
    cfg = config()["statements"]
    a = b.analysis
    poses, lemmas, lowers = strings(doc, "pos"), strings(doc, "lemma_lower"), strings(doc, "lower")
    texts, tags, deps, up = strings(doc, "text"), strings(doc, "tag"), strings(doc, "dep"), heads(doc)
    kin_nouns = frozenset(cfg["spouse_nouns"]) | frozenset(cfg["child_nouns"]) | frozenset(cfg["parent_nouns"])
    business = frozenset(cfg["business_nouns"])
    newborn = frozenset(cfg["newborn_nouns"])
    for token in tokens_of(doc):
        i = token.i
        pos = poses[i]
        if pos == "ADJ" and (deps[i] in ("acomp", "attr") and lemmas[up[i]] in COPULAS or deps[i] == "appos"):
            pos = "NOUN"  # "X, who was previously provost of Y", "X, a cleaner at Y,", "became principal of Y": a post the
            # tagger took for an adjective
        elif pos == "ADJ" and deps[i] == "amod" and poses[up[i]] == "PROPN" and up[i] > i and _calling(lowers[i]):
            pos = "NOUN"  # "the biostatistician Dr X", "the paediatrician Y": a calling before a name, tagged an adjective
        elif pos == "ADJ" and _in_word_hyphen(doc, i - 1) and f"{lowers[i - 2]}-{lowers[i]}" in _title_sets()[0]:
            pos = "NOUN"  # "the agency's director-general, X": a listed hyphened post whose second half the tagger took
            # for an adjective
        if pos not in ("NOUN", "PROPN"):
            continue
        lemma = lemmas[i]
        if pos == "PROPN" and (deps[i] != "compound" or poses[up[i]] != "PROPN"):
            _location(b, doc, token, cfg)  # (the name's last word: `_location` reads no other)
            _party_possessed(b, doc, token)
        post = may_hold_post(lowers[i], lemma, pos, tags[i])
        if pos == "NOUN" and lemma in newborn:  # "adopted a son in 2015. The boy, Kian, ..."
            _newborn_named(b, doc, token, cfg)
        if not post and lemma not in kin_nouns:  # most nouns: no post, no kin (and `_titles` would read nothing)
            if pos == "NOUN" and lemma in business:
                _owned_business(b, doc, token)
            continue
        modifiers = [lowers[c.i].strip("-") for c in children_of(token) if deps[c.i] in ("amod", "compound", "advmod", "nmod")]
        # ("the ex-Acme chief executive": the parser makes "ex" a nominal modifier)
        former = any(m in cfg["ended_modifiers"] for m in modifiers) or ("time" in modifiers and any(
            one_time(doc, c.i) for c in children_of(token) if deps[c.i] == "compound"))  # "a one-time Y producer"
        ex = i >= 2 and texts[i - 1] in ("-", "–") and lowers[i - 2] in cfg["ended_modifiers"]
        if post:
            _titles(b, doc, token, cfg, former or ex or any(m in cfg["ended_post_modifiers"] for m in modifiers))
        _owned_business(b, doc, token)
        if lemma in cfg["spouse_nouns"] or lemma in cfg["child_nouns"] or lemma in cfg["parent_nouns"]:
            if (former or ex) and lemma not in cfg["spouse_nouns"]:
                continue  # "her late father": no relation ends with it
            name = _name_of(token)
            if name is not None and name.i > token.i and name is not _fronted_child(token) and any(
                    t.pos_ == "NOUN" and t.lemma_.lower() in lexicon().relation_of for t in doc[token.i + 1 : name.i]):
                name = None  # "survived by her son and daughter, five grandchildren and a sister, X": the sister's name
            if name is not None and token.tag_ == "NNS" and lemma not in cfg["spouse_nouns"] and name.i < token.i \
                    and not conjuncts_of(name) and any(c.dep_ == "nummod" for c in children_of(token)) \
                    and not (token.head.lower_ == "of" and token.head.head.lower_ in BIRTH_ORDER_WORDS) \
                    and not any(g.lower_ in BIRTH_ORDER_WORDS for c in children_of(token) if c.dep_ == "nummod"
                                for g in children_of(c)):  # (but "X, the
                # youngest of seven children of A and B": X is one of them)
                name = None  # "survived by his wife, Ruth Vickery, two daughters and a son": no one is two daughters
            this, other = (_entity(a, name), _other_party(token, name, a, lemma in cfg["spouse_nouns"])) if name is not None \
                else (None, None)
            couple = _couple_of(a, token, cfg) if lemma in cfg["child_nouns"] and name is not None else []
            if couple and this is not None and _kind(a, this) == "PERSON" and this not in couple:
                for parent in couple:  # "with her husband, X, and their daughter, Y": both are Y's parents
                    b.add("parent", parent, this, evidence=_evidence(a, doc, token, name))  # type: ignore[arg-type]
                for sibling in conjuncts_of(name):  # "... and their two sons, Y and Z": Z too
                    more = _entity(a, sibling)
                    if more is not None and more != this and more not in couple and _kind(a, more) == "PERSON":
                        for parent in couple:
                            b.add("parent", parent, more, evidence=_evidence(a, doc, token, sibling))
                continue
            start = _past_phrase(doc, token)  # "three children from his first marriage, A, B and C"
            after = doc[start + 1] if start + 1 < len(doc) and doc[start].text == "," else (doc[start] if start < len(doc) else token)
            if name is None and lemma in cfg["child_nouns"] and (token.tag_ == "NNS" or start > token.i + 1) \
                    and (after.pos_ == "PROPN" or _kin_before_name(after, cfg)):  # (", daughter A, 9, and son B, 6")
                _children_named_after(b, doc, token, start)  # "his wife and sons Felix and Otto"
                continue
            if not this or not other or this == other:  # "his wife of ten years, X" when the parse misses it
                child, child_name = (this, name) if lemma in cfg["child_nouns"] and not other else (None, None)
                this, other = _kin_in_sequence(a, doc, token)
                name = next((t for t in doc[token.i + 1 : token.i + 9] if _entity(a, t) == this), token)
                if child and not other and _kind(a, child) == "PERSON":
                    _child_of_a_sentence_birth(b, doc, token, child_name, child, cfg)  # type: ignore[arg-type]
                    continue
            if lemma in cfg["child_nouns"] and name is not None and other and _kind(a, other) == "PERSON" \
                    and _kind(a, this) != "PERSON":  # "three children, Deniz, Mert and Ela" with the first name mistyped
                for sibling in conjuncts_of(name):
                    if (more := _entity(a, sibling)) not in (None, other) and _kind(a, more) == "PERSON":
                        b.add("parent", other, more, evidence=_evidence(a, doc, token, sibling))
                continue
            if not this or not other or this == other or _kind(a, this) != "PERSON" or _kind(a, other) != "PERSON":
                continue
            ev = _evidence(a, doc, token, name)
            joint = _joint_owners(a, token, name) if lemma in cfg["child_nouns"] else []
            if lemma in cfg["child_nouns"]:  # "her daughters, Ann and Mia"
                for sibling in conjuncts_of(name):
                    if (more := _entity(a, sibling)) not in (None, this, other) and _kind(a, more) == "PERSON":
                        b.add("parent", other, more, evidence=ev)
                        for second in joint:  # "A and B's children, C and D": B is D's parent too
                            if second != more:
                                b.add("parent", second, more, evidence=ev)
            if lemma in cfg["spouse_nouns"]:
                fact = b.add("spouse", other, this, evidence=ev)
                if former or ex or lemma in cfg["bereaved_spouse_nouns"]:  # "her ex-husband", "his widow": over, at a
                    # time not given -- no current spouse
                    fact.valid_to = fact.valid_to or PAST
            elif lemma in cfg["child_nouns"]:
                born = _birth_time(a, doc, token, name, cfg)
                b.add("parent", other, this, evidence=ev, valid_from=born)
                for second in [*_parents_of(a, token), *joint]:  # "the daughter of A and B", "A and B's son, C": B too
                    if second not in (this, other):
                        b.add("parent", second, this, evidence=ev, valid_from=born)
                for with_ in objects_of(token, {"with"}):  # "her son with (the singer) Tom Reed, X": the other parent
                    second = _entity(a, with_) or _entity(a, _appos_name(with_))
                    if second not in (None, this, other) and _kind(a, second) == "PERSON":
                        b.add("parent", second, this, evidence=ev, valid_from=born)
                _from_union(b, doc, token, other, [this], born)  # "a son, X, from his first marriage"
            else:
                b.add("parent", this, other, evidence=ev)
                if token.tag_ == "NNS":  # "her parents, A and B": each is her parent
                    for second in conjuncts_of(name):
                        if (more := _entity(a, second)) not in (None, this, other) and _kind(a, more) == "PERSON":
                            b.add("parent", more, other, evidence=ev)


def _past_phrase(doc: Doc, kin: Token) -> int:
    """The token after a kin noun, or the comma that ends the prepositional phrase right after it
    ("children from his first marriage, A and B")."""
    nxt = kin.i + 1
    prep = doc[nxt] if nxt < len(doc) and doc[nxt].dep_ == "prep" and doc[nxt].lower_ in ("from", "by", "with") else None
    # (however the parser hung it: "survived by a son from his first marriage, X" may hang "from" on the verb)
    if prep is None:
        return nxt
    partner = next((p for p in children_of(prep) if p.dep_ == "pobj"), None)
    if partner is not None and partner.lemma_.lower() in lexicon().relation_of:
        return kin.i  # "her second child with her partner, X": X is the other parent, no child named
    comma = next((t.i for t in doc[nxt : min(len(doc), nxt + 8)] if t.text == ","), None)
    return comma if comma is not None else nxt


def _children_named_after(b: _Builder, doc: Doc, kin: Token, start: int | None = None) -> None:
    """"survived by his wife and sons Felix and Otto": the people named right after a plural child
    noun, joined by "and" or commas, are children of the noun's possessor (or of the possessor of
    the noun it is coordinated with)."""
    a = b.analysis
    cfg = config()["statements"]
    poss = next((c for c in children_of(kin) if c.dep_ == "poss"), None)
    parent = _entity(a, poss)
    if parent is None and kin.dep_ == "conj":  # "his wife, X, and their three children, A and B": his
        joined = kin.head.head if kin.head.dep_ == "appos" and kin.head.head.lemma_.lower() in cfg["spouse_nouns"] else kin.head
        parent = _entity(a, next((c for c in children_of(joined) if c.dep_ == "poss"), None))
    if parent is None and kin.dep_ == "dobj" and kin.head.lemma_.lower() in config()["parent"]["stative_lemmas"]:
        parent = _entity(a, subject_of(kin.head))  # "the couple share three children, A, B and C"
    if parent is None:
        parent = _entity(a, _survived_by(kin))  # "X is survived by three children, A, B and C"
    told: list[str] = []
    if parent is None and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(kin)) \
            and (sentence := a.sentence_at(kin.idx)) is not None:  # "gave birth to twins ... The children, A and B"
        told = _parents_of_told_birth(a, kin, sentence.index)
        parent = next(iter(told), None)
    if parent is None or _kind(a, parent) != "PERSON":
        return
    parents = [parent, *(p for p in [*_joint_owners(a, kin, kin), *told] if p != parent)]  # "A and B's children, C and D"
    parents = [m for p in parents for m in (_members(a, p) or [p])]  # "their two children, A and B": the couple, each a parent
    spouse_noun = kin.head
    if spouse_noun.dep_ == "appos" and spouse_noun.head.lemma_.lower() in cfg["spouse_nouns"]:
        spouse_noun = spouse_noun.head  # "his wife, X, and their children": coordinated with the wife's name
    if kin.dep_ == "conj" and spouse_noun.lemma_.lower() in cfg["spouse_nouns"] and poss is not None and poss.lower_ == "their":
        spouse = _entity(a, _name_of(spouse_noun))  # "his wife, X, and their children": X is a parent too
        if spouse not in (None, parent) and _kind(a, spouse) == "PERSON":
            parents.append(spouse)  # type: ignore[arg-type]
    children: list[str] = []
    listed = False
    first = kin.i + 1 if start is None else start
    i = first + (first < len(doc) and doc[first].text == ",")  # "three children, A, B and C"
    while i < len(doc) and i - kin.i < 12:
        found = _entity(a, doc[i])
        if found is not None and _kind(a, found) == "PERSON" and doc[i].pos_ == "PROPN":
            if found not in children and found != parent:
                children.append(found)
            while i + 1 < len(doc) and _entity(a, doc[i + 1]) == found:
                i += 1
        elif doc[i].pos_ == "PROPN" and doc[i].dep_ in ("conj", "appos", "compound"):
            listed = True  # a name the entity layer missed or mistyped: the list goes on
        elif doc[i].like_num and children and doc[i - 1].text == "," and i + 1 < len(doc) and doc[i + 1].text in (",", "."):
            pass  # "two sons, Pim, 9, and Joost, 6": an age after a name
        elif _kin_before_name(doc[i], cfg):
            pass  # "two children, daughter Paloma, 9, and son Teo, 6": each name after its own kin noun
        elif doc[i].lower_ not in ("and", ",") or not (children or listed):
            break
        i += 1
    for child in children:
        for one in parents:
            if child != one:
                b.add("parent", one, child, evidence=_evidence(a, doc, kin, doc[i - 1]))
    if len(parents) == 1 and children:
        _from_union(b, doc, kin, parent, children, None)  # "three children from his first marriage, A, B and C"


def _kin_before_name(word: Token, cfg: dict[str, Any]) -> bool:
    """"son" in "son Teo": a singular child noun right before the name it describes."""
    doc = word.doc
    return word.tag_ == "NN" and word.lemma_.lower() in cfg["child_nouns"] and word.i + 1 < len(doc) \
        and doc[word.i + 1].pos_ == "PROPN" and word.head.i >= word.i + 1


def _from_union(b: _Builder, doc: Doc, kin: Token, parent: str, children: list[str], born: str | None) -> None:
    """"survived by a son from his first marriage, X", "has a son, X, from his previous relationship with
    (the model) Y", "by a son from his second, Z": a "from" phrase after the child noun (before or after the
    names, not past a semicolon or another kin noun), of the parent's marriage or relationship.  With "with Y",
    Y is the other parent; with a rank ("first", "second", "previous"), the spouse of that marriage, once the
    parent's spouses are known (`union_parents`)."""
    a = b.analysis
    cfg = config()["statements"]
    kin_nouns = frozenset(cfg["spouse_nouns"]) | frozenset(cfg["child_nouns"]) | frozenset(cfg["parent_nouns"])
    sentence_end = kin.sent.end
    i = kin.i + 1
    while i < min(sentence_end, kin.i + 16):
        word = doc[i]
        if word.text in (";", ":") or (word.pos_ == "NOUN" and word.lemma_.lower() in kin_nouns):
            return
        if word.lower_ == "from" and i + 1 < sentence_end and doc[i + 1].tag_ == "PRP$" and doc[i + 1].lower_ != "their":
            break
        i += 1
    else:
        return
    if _entity(a, doc[i + 1]) not in (None, parent):
        return  # "from her marriage": hers, the parent's (a possessive read as another's is not this one's)
    j = i + 2
    rank = None
    while j < sentence_end and doc[j].lower_ in cfg["union_ranks"]:
        rank = cfg["union_ranks"][doc[j].lower_]
        j += 1
    noun = doc[j] if j < sentence_end else None
    lemma = noun.lemma_.lower() if noun is not None and noun.pos_ == "NOUN" else None
    if lemma is not None and lemma in cfg["union_nouns"]:
        if j + 1 < sentence_end and doc[j + 1].lower_ in ("with", "to"):
            other = next((e for t in doc[j + 2 : min(sentence_end, j + 7)] if (e := _entity(a, t)) is not None), None)
            if other is not None and other != parent and _kind(a, other) == "PERSON":
                for child in children:
                    if child != other:
                        b.add("parent", other, child, evidence=_evidence(a, doc, kin, doc[j + 1]), valid_from=born)
            return
        if lemma != "marriage":
            return  # "from his first relationship": no one to name
    elif lemma is not None and lemma not in cfg["spouse_nouns"]:
        return  # "from his first job"; "from his first wife" is the marriage's rank
    elif lemma is None and (rank is None or rank < 0):
        return  # "from his second, Z" (the noun left out) takes a rank told
    if rank is not None:
        b.unions.append((parent, list(children), rank, born, _evidence(a, doc, kin, doc[j - 1])))


def union_parents(b: _Builder) -> None:
    """The other parent of a child "from his first / second / previous marriage": the parent's spouse of that
    rank, the parent's marriages in the order of their start (all dated) or of their telling."""
    for parent, children, rank, born, ev in b.unions:
        spouses = [f for f in b.facts.values() if f.relation == "spouse" and parent in (f.subject, f.object)
                   and f.subject != f.object]
        if len(spouses) < 2:
            continue  # one marriage told: which one the child is from, the text does not say
        if all(f.valid_from and f.valid_from[:1].isdigit() for f in spouses):
            spouses.sort(key=lambda f: f.valid_from or "")
        else:
            spouses.sort(key=lambda f: min((e.start for e in f.evidence), default=1 << 30))
        index = rank if rank >= 0 else len(spouses) - 2
        if index >= len(spouses):
            continue
        fact = spouses[index]
        other = fact.object if fact.subject == parent else fact.subject
        for child in children:
            if other is not None and child not in (other, parent):
                b.add("parent", other, child, evidence=ev, valid_from=born)


def _child_of_a_sentence_birth(b: _Builder, doc: Doc, kin: Token, name: Token, child: str, cfg: dict[str, Any],
                               reach: int = 3) -> None:
    """"Their daughter, X, was born in 2015, and their son, Y, followed in 2019" with "their" linked
    to no one: Y's parents are those of the birth the same sentence tells of.  "Gave birth to twins in March. The
    children, A and B, ...", "adopted a son in 2015. The boy, C, ...": a definite child noun names the child of the
    family event a few sentences before that named none -- its parents' (each name the noun sets beside it)."""
    a = b.analysis
    mine = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children_of(kin))
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(kin))
    sentence = a.sentence_at(kin.idx)
    if sentence is not None and not (mine or the) and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(kin)):
        if not _child_of_a_union_told(b, doc, kin, name, child, sentence.index):
            _sibling_of_a_child_told(b, doc, kin, name, child, sentence.index)
        return
    if not (mine or the) or sentence is None:
        return
    family = [e for e in a.events if e.type in config()["parent"]["types"] and e.polarity == "POS"]
    told = [e for e in family if e.sentence == sentence.index] if mine else []
    parents = [arg.entity for e in told for arg in e.args if arg.role in config()["parent"]["parent_roles"] and arg.entity] \
        or _parents_of_told_birth(a, kin, sentence.index, reach)
    children = [child, *(c for t in conjuncts_of(name) if (c := _entity(a, t)) is not None and c != child and _kind(a, c) == "PERSON")]
    for parent in dict.fromkeys(parents):
        for one in children:
            if parent != one and _kind(a, parent) == "PERSON":
                b.add("parent", parent, one, evidence=_evidence(a, doc, kin, name), valid_from=_birth_time(a, doc, kin, name, cfg))


def _sibling_of_a_child_told(b: _Builder, doc: Doc, kin: Token, name: Token, child: str, sentence: int, reach: int = 1) -> None:
    """"Their eldest son, Jorvan, runs the firm; a younger son, Elspin, farms the estate": a child noun with "a" and no one
    it is said of names a sibling of the child whose kinship was told just before (in its sentence or the one before) --
    a child of the same parents."""
    a = b.analysis
    told = [f for f in b.facts.values() if f.relation == "parent" and f.object not in (None, child) and f.evidence
            and 0 <= sentence - f.evidence[0].sentence <= reach and f.evidence[0].start < kin.idx]
    if not told:
        return
    last = max(told, key=lambda f: f.evidence[0].start).object
    parents = [f.subject for f in told if f.object == last and f.subject != child and _kind(a, f.subject) == "PERSON"]
    union = _union_after(doc, kin)
    if union is not None:
        parents = [m for p in parents for m in (_members(a, p) or [p])]  # ("their son": the couple, each a parent)  # "their son, A; ... a daughter from his first marriage, B": B is his, her mother another
        poss = next((c for c in children_of(union) if c.dep_ == "poss"), None)
        owner = _entity(a, poss)
        sex = {"his": "male", "her": "female"}.get(poss.lower_ if poss is not None else "")
        parents = [p for p in parents if p == owner or (owner is None and sex is not None and _gender(a, p) == sex)]
    for parent in dict.fromkeys(parents):
        b.add("parent", parent, child, evidence=_evidence(a, doc, kin, name))


def _child_of_a_union_told(b: _Builder, doc: Doc, kin: Token, name: Token, child: str, sentence: int, reach: int = 3) -> bool:
    """"In 1980 X married Y. The marriage produced a daughter, Clara, in 1983": a child that a union noun's verb of
    bearing fruit has for its object is a child of the couple whose marriage was told last (a few sentences before or in
    this one), from the time that verb's clause gives."""
    a = b.analysis
    cfg = config()["statements"]
    verb = kin.head if kin.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in cfg["union_fruit_verbs"]:
        return False
    union = verb.head if verb.dep_ == "relcl" else subject_of(verb)  # ("the marriage, which produced a son, X")
    if union is None or union.lemma_.lower() not in cfg["union_nouns"]:
        return False
    married = [e for e in a.events if e.type in config()["spouse"]["start_types"] and e.polarity == "POS" and not e.modality
               and 0 <= sentence - e.sentence <= reach and e.start < kin.idx]
    if not married:
        return False
    last = max(married, key=lambda e: e.start)
    parents = [g.entity for g in last.args if g.role in config()["spouse"]["roles"] and g.entity and _kind(a, g.entity) == "PERSON"]
    born = interval(a, doc, verb).point
    for parent in dict.fromkeys(parents):
        if parent != child:
            b.add("parent", parent, child, evidence=_evidence(a, doc, kin, name), valid_from=born)
    return bool(parents)


def _members(a: Analysis, entity_id: str) -> list[str]:
    entity = a.entity(entity_id)
    return list(entity.attrs.get("members") or []) if entity is not None else []


def _gender(a: Analysis, entity_id: str) -> str | None:
    entity = a.entity(entity_id)
    return entity.attrs.get("gender") if entity is not None else None


def _union_after(doc: Doc, kin: Token, reach: int = 5) -> Token | None:
    """The union noun of a "from" phrase right after a kin noun ("a daughter from his first marriage"), however parsed."""
    words = doc[kin.i + 1 : min(len(doc), kin.i + 1 + reach)]
    if not len(words) or words[0].lower_ != "from":
        return None
    unions = frozenset(config()["statements"]["union_nouns"])
    return next((t for t in words[1:] if t.lemma_.lower() in unions), None)


def _newborn_named(b: _Builder, doc: Doc, noun: Token, cfg: dict[str, Any]) -> None:
    """"The boy, Kian, ...", "the twins, A and B": the child (or children) of a family event told just before."""
    name = _name_of(noun)
    child = _entity(b.analysis, name) if name is not None and name.i > noun.i else None
    if child is not None and _kind(b.analysis, child) == "PERSON":
        _child_of_a_sentence_birth(b, doc, noun, name, child, cfg)  # type: ignore[arg-type]


def _parents_of_told_birth(a: Analysis, kin: Token, sentence: int, reach: int = 3) -> list[str]:
    """The parents of the last family event, up to `reach` sentences before the kin noun, that named no child ("had a
    son in 2012", "gave birth to twins")."""
    told = [e for e in a.events if e.type in config()["parent"]["types"] and e.polarity == "POS" and not e.modality
            and 0 <= sentence - e.sentence <= reach and e.start < kin.idx and any(g.role == "child" and not g.entity for g in e.args)]
    return [g.entity for e in told[-1:] for g in e.args if g.role in config()["parent"]["parent_roles"] and g.entity]


def _birth_time(a: Analysis, doc: Doc, kin: Token, name: Token, cfg: dict[str, Any]) -> str | None:
    """"their son, Toomey, was born in 2019" / "... and their son, Y, followed in January 2019" (a
    verb of arrival joined to a birth): the child's birth dates the parent fact."""
    subject = next((t for t in (kin, name) if t.dep_ in ("nsubj", "nsubjpass")), None)
    verb = subject.head if subject is not None else None
    if verb is None or not (verb.lemma_.lower() == "bear" or verb.lemma_.lower() in cfg["birth_arrival_verbs"]
                            and verb.dep_ == "conj" and verb.head.lemma_.lower() == "bear"):
        return None
    return interval(a, doc, verb).point


def _kin_in_sequence(a: Analysis, doc: Doc, kin: Token) -> tuple[str | None, str | None]:
    """"his wife of ten years, X" / "her ex-husband, X": a possessive, the kin noun (with an
    "of ..." phrase), a comma and a name, read from the words when the parse does not join them."""
    before = kin.i - 1
    while before >= 0 and (doc[before].text in ("-", "–") or doc[before].lower_ in config()["statements"]["ended_modifiers"]):
        before -= 1
    owner = _entity(a, doc[before]) if before >= 0 and doc[before].tag_ in ("PRP$", "POS") else None
    if owner is None and before >= 1 and doc[before].tag_ == "POS":
        owner = _entity(a, doc[before - 1])
    i = kin.i + 1
    if i < len(doc) and doc[i].lower_ == "of":
        while i < len(doc) and i - kin.i < 6 and doc[i].text != ",":
            i += 1
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].pos_ != "PROPN":
        return None, None
    return _entity(a, doc[i + 1]), owner


def marriages_to(b: _Builder, doc: Doc) -> None:
    """"her marriage to the footballer X", "Y's marriage to X ended in 2020": the possessor and the
    person named after "to" are (or were) spouses -- whatever the parser hangs the "to" on."""
    cfg = config()["statements"]
    a = b.analysis
    nouns = frozenset(cfg["marriage_nouns"])
    lowers = strings(doc, "lower")
    for noun in tokens_of(doc):
        if lowers[noun.i] not in nouns or noun.i + 2 >= len(doc) or lowers[noun.i + 1] != "to":
            continue
        owner = next((_entity(a, c) for c in children_of(noun) if c.dep_ == "poss"), None)
        if owner is None or _kind(a, owner) != "PERSON":
            continue
        partner = None
        for tok in doc[noun.i + 2 : min(len(doc), noun.i + 8)]:  # "to the Dutch footballer X": the first name after it
            if tok.is_punct and tok.text not in ("-", "'"):
                break
            if (found := _entity(a, tok)) is not None:
                partner = found
                break
        if partner is None or partner == owner or _kind(a, partner) != "PERSON":
            continue
        if not any(f.relation == "spouse" and {f.subject, f.object} == {owner, partner} for f in b.facts.values()):
            b.add("spouse", owner, partner, evidence=_evidence(a, doc, noun, noun))


def ended_marriages(b: _Builder, doc: Doc) -> None:
    """"The marriage ended in divorce in 1970", "their marriage collapsed in 2009": the marriage of
    the possessor, else the one marriage the article has told of before that sentence, ends then
    (a later death no longer ends it)."""
    cfg = config()["statements"]
    a = b.analysis
    lemmas = strings(doc, "lemma_lower")
    nouns = frozenset(cfg["marriage_nouns"])  # (a set: tested for every word)
    for noun in tokens_of(doc):
        if lemmas[noun.i] not in nouns or noun.dep_ not in ("nsubj", "nsubjpass") \
                or noun.head.lemma_.lower() not in cfg["marriage_end_verbs"] or any(c.dep_ == "neg" for c in children_of(noun.head)):
            continue
        end = interval(a, doc, noun.head).point
        owner = next((_entity(a, c) for c in children_of(noun) if c.dep_ == "poss"), None)
        told = [f for f in b.facts.values() if f.relation == "spouse" and f.evidence and min(e.start for e in f.evidence) <= noun.idx
                and (owner is None or owner in (f.subject, f.object))]
        if len(told) != 1 or not end:
            continue
        fact = told[0]
        if fact.valid_from is None or fact.valid_from[:4] <= end[:4]:
            fact.valid_to = end
            fact.evidence.append(_evidence(a, doc, noun, noun.head))


def verb_statements(b: _Builder, doc: Doc) -> None:
    a = b.analysis
    verb_facts(a, doc, config()["verbs"], b.add, lambda t: _entity(a, t) or _org_by_noun(a, t), lambda e: _kind(a, e),
               lambda x, y: _evidence(a, doc, x, y), title_value, b.done_stints)  # "has worked at the museum": the one museum named
