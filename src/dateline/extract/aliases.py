"""Another name for someone already named: "Yasiel Cartagena, better known as Yasi C", "her son, known
as Yasi C", "the gangster Michael Olmedo, nicknamed The Hammer", "Ana Ruiz, who performs as Luna"; and a body's new name: "the charity, which was renamed Bright Futures in 2022".

Runs after coreference, so that a description ("her son") already belongs to its entity; the
alias's cluster is then merged into that entity's: one entity, every name and attribute kept.
Conservative: the one named must be a person (or a body renamed), the alias a name (NER reads a stage name as a person,
a work, an organisation or a nationality; never a place or a group), and their genders must agree.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp import children_of, strings, with_lemmas
from .clusters import ClusterTable

NAMING_PARTICIPLES = frozenset({"know", "nickname", "dub", "call", "name"})  # "(better) known as Y", "nicknamed Y"
NAMING_VERBS = frozenset({"perform", "go", "record", "write", "rap", "sing", "fight", "wrestle"})  # "who performs as Y", "goes by Y"
RENAMING_VERBS = frozenset({"rename", "rebrand"})  # "the charity, which was renamed Y in 2022", "X was rebranded as Y"
NAMING_WORDS = NAMING_PARTICIPLES | NAMING_VERBS | RENAMING_VERBS


def _alias_token(verb: Token) -> Token | None:
    """The name the participle or verb gives: the object of its "as" / "by", or its predicate."""
    for child in children_of(verb):
        if child.dep_ == "prep" and child.lower_ in ("as", "by"):
            return next((g for g in children_of(child) if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if child.dep_ in ("oprd", "dobj", "attr") and child.pos_ == "PROPN":
            return child
    return None


def _described(verb: Token, lemma: str) -> Token | None:
    """Whom the naming clause is about: the noun it is attached to ("X, known as"), or the subject of a
    relative clause "X, who performs as Y"."""
    if verb.dep_ in ("acl", "appos") and lemma in NAMING_PARTICIPLES and verb.tag_ == "VBN":
        return verb.head
    if verb.dep_ == "relcl" and lemma in NAMING_VERBS:
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("who", "that"):
            return verb.head
    if lemma in RENAMING_VERBS and verb.tag_ == "VBN":  # a body renamed: the same body under its new name
        if verb.dep_ == "acl":
            return verb.head  # "the charity, renamed Y in 2022,"
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
        if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
            return verb.head  # "the charity, which was renamed Y"
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            return subject  # "X was renamed Y in 2022"
    return None


def merge_aliases(doc: Doc, table: ClusterTable) -> None:
    lemmas = strings(doc, "lemma_lower")
    owner = table.owner
    for verb in with_lemmas(doc, NAMING_WORDS):
        lemma = lemmas[verb.i]
        described = _described(verb, lemma)
        alias = _alias_token(verb) if described is not None else None
        if described is None or alias is None:
            continue
        keep, drop = owner[described.i], owner[alias.i]
        if keep < 0 or drop < 0 or keep == drop:
            continue
        kept, dropped = table.clusters[keep], table.clusters[drop]
        renamed = lemma in RENAMING_VERBS
        if kept.label != ("ORG" if renamed else "PERSON") or not any(m.kind == "name" for m in dropped.mentions):
            continue
        if dropped.label not in ("PERSON", "WORK_OF_ART", "ORG", "NORP") or dropped.members or kept.members:
            continue  # a stage name may be read as anything; a place or a group is no alias
        if kept.gender and dropped.gender and kept.gender != dropped.gender:
            continue
        attrs = dict(dropped.attrs)
        table.merge(keep, drop)
        kept.gender_votes.update(dropped.gender_votes)
        for key, value in attrs.items():  # "The 27-year-old" said of the stage name: the person's age
            if key not in kept.attrs:
                kept.attrs[key] = value
            elif isinstance(value, list) and isinstance(kept.attrs[key], list):
                kept.attrs[key] += [v for v in value if v not in kept.attrs[key]]
        dropped.attrs = {}
