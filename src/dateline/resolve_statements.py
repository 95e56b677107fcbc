"""Facts stated in words rather than by events (used by `resolve`): titles next to names ("Acme's
chief executive, X", "X, an analyst at Y"), kin nouns ("her husband, X", "their son, Y"), places
("X, the Denver-based maker", "Santa Barbara, California"), a person's firm, and the verbs of
`resolve_clauses` ("served as T of Y from A to B").  A former post ("a former public defender",
"a retired headteacher", "his ex-deputy") is a role, and its employer an employee fact, both
ended at `PAST_REF` (over by the article's date, end not given), as the fixtures annotate it."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from .extract.entity_lexicon import lexicon
from .model import Analysis
from .resolve_base import COPULAS, PAST, PLACES, _Builder, _entity, _evidence, _kind, config
from .resolve_clauses import interval, objects_of, subject_of, tokens_of, verb_facts


def _name_of(kin: Token) -> Token | None:
    """The name a kin or title noun stands with: "son Oscar", "her husband, X", "X, her husband"."""
    for child in kin.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            return child
    for child in kin.children:  # "her husband, the architect X"
        if child.dep_ == "appos" and child.pos_ in ("NOUN", "ADJ"):  # the small model tags some as ADJ
            named = next((c for c in child.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)
            if named is not None:
                return named
    if kin.dep_ in ("compound", "appos") and kin.head.pos_ == "PROPN":
        return kin.head
    if kin.dep_ == "attr" and kin.head.lemma_ in COPULAS:  # "Lindgren is chief executive", "X, who has been its CFO"
        subject = subject_of(kin.head)
        return subject if subject is not None and subject.pos_ == "PROPN" else None
    for other in (p for c in kin.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"):
        named = next((c for c in other.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None and other.pos_ == "NOUN":  # "X's son with the singer Y, Felix": Y is the other parent
            named = next((c for c in named.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:  # "X's son with Tom Reed, Felix," parsed with the name on the other parent
            return named
    after = kin.doc[kin.i + 1] if kin.i + 1 < len(kin.doc) else None
    if after is not None and after.pos_ == "PROPN" and after.is_title and after.head.i != kin.i and kin.tag_ == "NN":
        return after  # "X, whose daughter Rosa was born in 2015" parsed with the name as the verb's subject
    return None


def _other_party(kin: Token, name: Token, a: Analysis, coordinated: bool) -> str | None:
    """Whose husband / son / CEO: the possessor, else (spouses only) the person coordinated with
    "X and husband Y" -- "son A and daughter B" are siblings, not parent and child."""
    for token in (kin, name):
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if poss is not None and (found := _entity(a, poss)) is not None:
            return found
        if poss is not None and poss.lower_ == "whose":  # "X, whose son Y is a painter"
            clause = next((t for t in poss.ancestors if t.dep_ == "relcl"), None)
            if clause is not None and (found := _entity(a, clause.head)) is not None:
                return found
    survived = _survived_by(kin)  # "X is survived by their son, Y": X is the parent
    if survived is not None and not coordinated and (found := _entity(a, survived)) is not None:
        return found
    for token in (kin, name):
        if coordinated and token.dep_ == "conj":
            return _entity(a, token.head)
    of = next((p for c in kin.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
    if of is None and kin.dep_ == "dobj" and kin.head.lemma_.lower() in config()["parent"]["stative_lemmas"]:
        return _entity(a, subject_of(kin.head))  # "the couple share a son, Felix"
    return _entity(a, of) or _entity(a, _appos_name(of) if of is not None else None)  # "X, the daughter of (the painter) Y"


def _couple_of(a: Analysis, kin: Token, cfg: dict[str, Any]) -> list[str]:
    """"her husband, X, and their daughter, Y": the possessor of the spouse noun and the spouse
    named, when "their" child noun is coordinated with it."""
    poss = next((c for c in kin.children if c.dep_ == "poss"), None)
    spouse_noun = kin.head
    if spouse_noun.dep_ == "appos" and spouse_noun.lemma_.lower() not in cfg["spouse_nouns"]:
        spouse_noun = spouse_noun.head  # the child noun coordinated with the spouse's name
    if poss is None or poss.lower_ != "their" or kin.dep_ != "conj" or spouse_noun.lemma_.lower() not in cfg["spouse_nouns"]:
        return []
    owner = _entity(a, next((c for c in spouse_noun.children if c.dep_ == "poss"), None))
    spouse = _entity(a, _name_of(spouse_noun))
    pair = [p for p in (owner, spouse) if p is not None and _kind(a, p) == "PERSON"]
    return pair if len(set(pair)) == 2 else []


def _survived_by(kin: Token) -> Token | None:
    """The subject of "is survived by" over a kin noun ("X is survived by his wife and their son,
    Y; by a daughter, Z"): the one whose relatives they are."""
    token = kin
    for _ in range(6):
        if token.dep_ not in ("conj", "appos") or token.head is token:
            break
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ != "by":
        return None
    verb = token.head.head
    while verb.lemma_.lower() != "survive" and verb.dep_ == "conj" and verb.head is not verb:  # "...; by a daughter"
        verb = verb.head
    return subject_of(verb) if verb.lemma_.lower() == "survive" else None


def statements(b: _Builder, doc: Doc) -> None:
    cfg = config()["statements"]
    a = b.analysis
    for token in tokens_of(doc):
        lemma = token.lemma_.lower()
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        modifiers = [c.lower_.strip("-") for c in token.children if c.dep_ in ("amod", "compound", "advmod")]
        former = any(m in cfg["ended_modifiers"] for m in modifiers)
        ex = token.i >= 2 and doc[token.i - 1].text in ("-", "–") and doc[token.i - 2].lower_ in cfg["ended_modifiers"]
        _location(b, doc, token, cfg)
        _titles(b, doc, token, cfg, former or ex or any(m in cfg["ended_post_modifiers"] for m in modifiers))
        _owned_business(b, doc, token)
        if lemma in cfg["spouse_nouns"] or lemma in cfg["child_nouns"] or lemma in cfg["parent_nouns"]:
            if (former or ex) and lemma not in cfg["spouse_nouns"]:
                continue  # "her late father": no relation ends with it
            name = _name_of(token)
            this, other = (_entity(a, name), _other_party(token, name, a, lemma in cfg["spouse_nouns"])) if name is not None \
                else (None, None)
            couple = _couple_of(a, token, cfg) if lemma in cfg["child_nouns"] and name is not None else []
            if couple and this is not None and _kind(a, this) == "PERSON" and this not in couple:
                for parent in couple:  # "with her husband, X, and their daughter, Y": both are Y's parents
                    b.add("parent", parent, this, evidence=_evidence(a, doc, token, name))  # type: ignore[arg-type]
                continue
            after = doc[token.i + 2] if token.i + 2 < len(doc) and doc[token.i + 1].text == "," else \
                (doc[token.i + 1] if token.i + 1 < len(doc) else token)
            if name is None and lemma in cfg["child_nouns"] and token.tag_ == "NNS" and after.pos_ == "PROPN":
                _children_named_after(b, doc, token)  # "his wife and sons Felix and Otto"
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
                for sibling in name.conjuncts:
                    if (more := _entity(a, sibling)) not in (None, other) and _kind(a, more) == "PERSON":
                        b.add("parent", other, more, evidence=_evidence(a, doc, token, sibling))
                continue
            if not this or not other or this == other or _kind(a, this) != "PERSON" or _kind(a, other) != "PERSON":
                continue
            ev = _evidence(a, doc, token, name)
            if lemma in cfg["child_nouns"]:  # "her daughters, Ann and Mia"
                for sibling in name.conjuncts:
                    if (more := _entity(a, sibling)) not in (None, this, other) and _kind(a, more) == "PERSON":
                        b.add("parent", other, more, evidence=ev)
            if lemma in cfg["spouse_nouns"]:
                fact = b.add("spouse", other, this, evidence=ev)
                if former or ex:  # "her ex-husband": over, at a time not given -- no current spouse
                    fact.valid_to = fact.valid_to or PAST
            elif lemma in cfg["child_nouns"]:
                born = _birth_time(a, doc, token, name, cfg)
                b.add("parent", other, this, evidence=ev, valid_from=born)
                for with_ in objects_of(token, {"with"}):  # "her son with (the singer) Tom Reed, X": the other parent
                    second = _entity(a, with_) or _entity(a, _appos_name(with_))
                    if second not in (None, this, other) and _kind(a, second) == "PERSON":
                        b.add("parent", second, this, evidence=ev, valid_from=born)
            else:
                b.add("parent", this, other, evidence=ev)


def _children_named_after(b: _Builder, doc: Doc, kin: Token) -> None:
    """"survived by his wife and sons Felix and Otto": the people named right after a plural child
    noun, joined by "and" or commas, are children of the noun's possessor (or of the possessor of
    the noun it is coordinated with)."""
    a = b.analysis
    cfg = config()["statements"]
    poss = next((c for c in kin.children if c.dep_ == "poss"), None)
    parent = _entity(a, poss)
    if parent is None and kin.dep_ == "conj":  # "his wife, X, and their three children, A and B": his
        parent = _entity(a, next((c for c in kin.head.children if c.dep_ == "poss"), None))
    if parent is None and kin.dep_ == "dobj" and kin.head.lemma_.lower() in config()["parent"]["stative_lemmas"]:
        parent = _entity(a, subject_of(kin.head))  # "the couple share three children, A, B and C"
    if parent is None or _kind(a, parent) != "PERSON":
        return
    parents = [parent]
    if kin.dep_ == "conj" and kin.head.lemma_.lower() in cfg["spouse_nouns"] and poss is not None and poss.lower_ == "their":
        spouse = _entity(a, _name_of(kin.head))  # "his wife, X, and their children": X is a parent too
        if spouse not in (None, parent) and _kind(a, spouse) == "PERSON":
            parents.append(spouse)  # type: ignore[arg-type]
    children: list[str] = []
    listed = False
    i = kin.i + 1 + (kin.i + 1 < len(doc) and doc[kin.i + 1].text == ",")  # "three children, A, B and C"
    while i < len(doc) and i - kin.i < 12:
        found = _entity(a, doc[i])
        if found is not None and _kind(a, found) == "PERSON" and doc[i].pos_ == "PROPN":
            if found not in children and found != parent:
                children.append(found)
            while i + 1 < len(doc) and _entity(a, doc[i + 1]) == found:
                i += 1
        elif doc[i].pos_ == "PROPN" and doc[i].dep_ in ("conj", "appos", "compound"):
            listed = True  # a name the entity layer missed or mistyped: the list goes on
        elif doc[i].lower_ not in ("and", ",") or not (children or listed):
            break
        i += 1
    for child in children:
        for one in parents:
            if child != one:
                b.add("parent", one, child, evidence=_evidence(a, doc, kin, doc[i - 1]))


def _child_of_a_sentence_birth(b: _Builder, doc: Doc, kin: Token, name: Token, child: str, cfg: dict[str, Any]) -> None:
    """"Their daughter, X, was born in 2015, and their son, Y, followed in 2019" with "their" linked
    to no one: Y's parents are those of the birth the same sentence tells of."""
    a = b.analysis
    if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in kin.children):
        return
    sentence = a.sentence_at(kin.idx)
    parents = [arg.entity for e in a.events if sentence is not None and e.sentence == sentence.index
               and e.type in config()["parent"]["types"] and e.polarity == "POS"
               for arg in e.args if arg.role in config()["parent"]["parent_roles"] and arg.entity]
    for parent in dict.fromkeys(parents):
        if parent != child and _kind(a, parent) == "PERSON":
            b.add("parent", parent, child, evidence=_evidence(a, doc, kin, name), valid_from=_birth_time(a, doc, kin, name, cfg))


def _birth_time(a: Analysis, doc: Doc, kin: Token, name: Token, cfg: dict[str, Any]) -> str | None:
    """"their son, Tobin, was born in 2019" / "... and their son, Y, followed in January 2019" (a
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


@lru_cache(maxsize=1)
def _title_sets() -> tuple[frozenset[str], frozenset[str]]:
    titles = frozenset(config()["statements"]["titles"])
    return titles, frozenset(w for title in titles for w in title.split())


def title_value(token: Token) -> str | None:
    """The post a title noun names, as written ("chief executive", "junior treasury minister"),
    without the modifiers that only say where the post is: a name or an organisation / work noun
    and what precedes it ("Acme CEO" -> "ceo", "morning show host" -> "host").  None when the
    noun names no known post."""
    titles, title_words = _title_sets()
    if token.lower_ not in title_words and token.lemma_.lower() not in title_words:
        return None  # the head of a post is one of its words: most nouns are no post
    lex = lexicon()
    left = token.i
    while left > 0 and token.doc[left - 1].dep_ in ("compound", "amod") and token.doc[left - 1].head.i >= token.i \
            and not token.doc[left - 1].is_punct:
        left -= 1
    tokens = list(token.doc[left : token.i + 1])
    cut = max((k + 1 for k, t in enumerate(tokens[:-1]) if t.lower_ not in title_words and (
        t.ent_type_ or t.pos_ in ("PROPN", "VERB", "PUNCT", "NUM") or t.lemma_.lower() in lex.type_of_noun
        or t.lower_ in lex.title_adjectives or (t.pos_ == "ADJ" and k == 0 and t.tag_ in ("JJ", "JJS") and t.i < token.i - 1
                                                 and token.doc[t.i + 1].pos_ in ("ADJ", "VERB")))), default=0)
    # "the Paris-born chef" -> chef, "first paid manager" -> manager
    words = " ".join(t.lower_ for t in tokens[cut:]).replace(" - ", "-")
    if words in titles:
        return words + _of_field(token)
    if tokens[-1].lower_ in titles or tokens[-1].lemma_.lower() in titles:
        return words + _of_field(token)
    joined = words.split()
    for k in range(1, len(joined)):  # "head of buying" is not met here; "vice-chair" is
        if " ".join(joined[k:]) in titles:
            return words
    return None


def _of_field(token: Token) -> str:
    """" of marketing" in "head of marketing", "professor of economics", "head of the prison
    service": a field or unit that is part of the post, not an organisation named ("chief
    executive of Acme": Acme is the employer)."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if pobj is None or pobj.pos_ != "NOUN" or any(t.ent_type_ or t.pos_ in ("PROPN", "NUM") for t in pobj.subtree):
        return ""
    if any(c.dep_ in ("poss", "prep", "relcl", "acl") for c in pobj.children):
        return ""  # "head of its new unit", "chief of staff to the president": not a plain field
    if lexicon().type_of_noun.get(pobj.lemma_.lower()) in ("ORG", "FAC", "GPE"):
        return ""  # "the chairman of the club": the employer, said with a noun
    return " of " + " ".join(t.lower_ for t in pobj.subtree if not t.is_punct)


def _occupation(token: Token) -> bool:
    """A noun naming someone by what they do: a person noun of the lexicon, or a word made like
    one ("glaciologist", "auditor", "historian")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.tag_ == "NNS":
        return False
    lex = lexicon()
    if lemma in lex.crowd_nouns or lemma in lex.bystander_nouns or lemma in lex.relation_of \
            or lemma in config()["statements"]["not_occupations"]:
        return False
    return lex.is_person_noun(lemma) or lemma.endswith(tuple(config()["statements"]["occupation_endings"]))


def _titles(b: _Builder, doc: Doc, token: Token, cfg: dict[str, Any], former: bool = False) -> None:
    """Role and employer from a title or occupation next to a name ("Acme's chief executive,
    X", "X, an astrophysicist at Y"): a known post makes a role, any person noun with "at / of Y"
    an employee of Y.  A former one ended at a time the text does not give: its end is `PAST_REF`
    (over by the article's date), which `asof` reads as "ended before the latest report of it"."""
    a = b.analysis
    title = title_value(token)
    if title is None and not _occupation(token):
        return
    if any(c.lower_ in cfg["opponent_adjectives"] for c in token.children if c.dep_ == "amod"):
        return  # "a vocal critic of Acme"
    name = _name_of(token)
    person = _entity(a, name)
    if person is None or _kind(a, person) != "PERSON":
        return
    if token.lemma_.lower() in lexicon().relation_of and any(_kind(a, _entity(a, c)) == "PERSON" for c in token.children
                                                             if c.dep_ == "poss"):
        return  # "her partner, X": a relation, not a post
    org = None
    before = [c for c in name.children if c.dep_ in ("nmod", "compound") and c.i < token.i]  # type: ignore[union-attr]
    for child in [*token.children, *(c for c in name.children if c.dep_ == "prep"), *before]:  # type: ignore[union-attr]
        if child.dep_ == "prep" and child.lower_ in cfg["org_preps"]:  # "at the carmaker Voltra" -> Voltra
            org = next((_entity(a, p) or _entity(a, _appos_name(p)) for p in child.children if p.dep_ == "pobj"), None) or org
        elif child.dep_ in ("poss", "compound", "nmod") and _kind(a, _entity(a, child)) == "ORG":
            org = _entity(a, child)
        elif child.dep_ == "poss" and child.pos_ == "NOUN" and _entity(a, child) is None:
            org = _org_by_noun(a, child)  # "the school's director" far from "the Crescent Jazz School"
    if org is not None and _kind(a, org) not in ("ORG", "FAC"):
        org = None
    if title is None and org is None:
        return
    ev = _evidence(a, doc, token, name)  # type: ignore[arg-type]
    if token.dep_ == "attr" and any(c.dep_ == "advmod" and c.lower_ in config()["verbs"]["ended_adverbs"] for c in token.head.children):
        former = True  # "X was previously deputy governor": over, end not given
    when = None if former else interval(a, doc, token.head if token.dep_ == "attr" else token)
    # "has been mayor since 2019", "X, the party's leader since 2015,"
    start = when.start if when else None
    if when is not None and start is None and token.head.lemma_ == "become":  # "became chief executive in 2015"
        start = when.point
    facts = [b.add("role", person, org, title, evidence=ev, valid_from=start)] if title else []
    if org:
        facts.append(b.add("employee", person, org, evidence=ev, valid_from=start))
    for fact in facts if former else []:  # "a former engineer at Voltra", "a retired headteacher": over, end not given
        if fact.valid_to is None:
            fact.valid_to = PAST
    for fact in facts:
        if when is not None and when.end and fact.valid_to is None:
            fact.valid_to = when.end


def _owned_business(b: _Builder, doc: Doc, token: Token) -> None:
    """"Lyle's firm, Clearwell Services" / "her company, Acme": the person works there."""
    a = b.analysis
    if token.pos_ != "NOUN" or lexicon().type_of_noun.get(token.lemma_.lower()) != "ORG" \
            or token.lemma_.lower() not in config()["statements"]["business_nouns"]:
        return
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    person = _entity(a, owner)
    name = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    org = _entity(a, name)
    if person and org and _kind(a, person) == "PERSON" and _kind(a, org) == "ORG":
        b.add("employee", person, org, evidence=_evidence(a, doc, owner, name))  # type: ignore[arg-type]


def _org_by_noun(a: Analysis, noun: Token | None) -> str | None:
    """The one organisation of the article a definite noun names: by a word of its name ("the
    school" -> "Crescent Jazz School") or by its description ("the co-operative")."""
    if noun is None or noun.pos_ != "NOUN" or not any(c.lower_ == "the" for c in noun.children):
        return None
    word = noun.lemma_.lower()
    found = [e.id for e in a.entities if e.type in ("ORG", "FAC")
             and (word in e.name.lower().split() or word in e.attrs.get("roles", []))]
    return found[0] if len(found) == 1 else None


def _appos_name(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)


def _location(b: _Builder, doc: Doc, token: Token, cfg: dict[str, Any]) -> None:
    a = b.analysis
    if token.pos_ != "PROPN" or (token.dep_ == "compound" and token.head.pos_ == "PROPN"):
        return  # the name's last word speaks for it
    inner = _entity(a, token)
    inner_kind = _kind(a, inner)
    if inner is None or inner_kind not in PLACES | {"ORG"}:
        return
    if inner_kind == "FAC" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "in":
        place = _entity(a, doc[token.i + 2])  # "a premiere at the Cine Alcázar in Madrid": a venue is where it is
        if place is not None and place != inner and _kind(a, place) == "GPE":
            b.add("located_in", inner, place, evidence=_evidence(a, doc, token, doc[token.i + 2]))
    if token.i + 3 < len(doc) and doc[token.i + 1].text == "," and doc[token.i + 2].lower_ == "in":
        place = _entity(a, doc[token.i + 3])  # "near the town of Los Alerces, in Mendoza province"
        if place is not None and place != inner and _kind(a, place) in ("GPE", "LOC"):
            b.add("located_in", inner, place, evidence=_evidence(a, doc, token, doc[token.i + 3]))
    lex = lexicon()
    descriptions = [c for c in token.children if c.dep_ in ("appos", "compound") and c.pos_ == "NOUN"
                    and not lex.is_person_noun(c.lemma_.lower())]  # "X, the Denver-based maker"
    described = {g.i for d in descriptions for g in d.children}
    described |= {c.i for c in token.children if c.dep_ == "compound" and any(c.i < d.i for d in descriptions)}  # "the London label X"
    for child in [*token.children, *(g for d in descriptions for g in d.children)]:
        outer_token = None
        if child.dep_ in ("appos", "npadvmod") and child.ent_type_ in PLACES and inner_kind in PLACES:
            outer_token = child  # "Santa Barbara, California"
        elif child.i in described and child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN":
            outer_token = child  # "the Barcelona studio X", "X, a Harlem club"
        elif child.i in described and child.dep_ == "prep" and (child.lower_ == "in" or child.lower_ == "of" and
                                                                 child.head.lemma_.lower() in cfg["place_part_nouns"]):
            outer_token = next((p for p in child.children if p.dep_ == "pobj"), None)  # "X, a stately home in Y", "a suburb of Y"
        elif child.dep_ in ("acl", "amod", "relcl") and child.lemma_.lower() in cfg["location_verbs"]:  # "which is based in Y"
            prep = next((p for p in child.children if p.dep_ == "prep" and p.lower_ == "in"), None)
            if prep is not None:  # "X, based in Y"
                outer_token = next((p for p in prep.children if p.dep_ == "pobj"), None)
            else:  # "the Y-based maker"
                outer_token = next((p for p in child.children if p.dep_ in ("npadvmod", "compound", "nmod")), None)
        elif child.dep_ == "prep" and child.lower_ == "in" and inner_kind in ("ORG", "FAC"):  # "the X Institute in Y"
            outer_token = next((p for p in child.children if p.dep_ == "pobj" and p.ent_type_ in PLACES), None)
        outer = _entity(a, outer_token)
        if outer and child.i in described and inner_kind in ("GPE", "LOC") and _kind(a, outer) != "GPE":
            continue  # "Tromsø, the Arctic city": a region describes a place, a city or country locates it
        if outer and outer != inner and _kind(a, outer) in PLACES:
            b.add("located_in", inner, outer, evidence=_evidence(a, doc, token, outer_token))  # type: ignore[arg-type]



def ended_marriages(b: _Builder, doc: Doc) -> None:
    """"The marriage ended in divorce in 1970", "their marriage collapsed in 2009": the marriage of
    the possessor, else the one marriage the article has told of before that sentence, ends then
    (a later death no longer ends it)."""
    cfg = config()["statements"]
    a = b.analysis
    for noun in tokens_of(doc):
        if noun.lemma_.lower() not in cfg["marriage_nouns"] or noun.dep_ not in ("nsubj", "nsubjpass") \
                or noun.head.lemma_.lower() not in cfg["marriage_end_verbs"] or any(c.dep_ == "neg" for c in noun.head.children):
            continue
        end = interval(a, doc, noun.head).point
        owner = next((_entity(a, c) for c in noun.children if c.dep_ == "poss"), None)
        told = [f for f in b.facts.values() if f.relation == "spouse" and f.evidence and min(e.start for e in f.evidence) < noun.idx
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
               lambda x, y: _evidence(a, doc, x, y), title_value)  # "has worked at the museum": the one museum named
