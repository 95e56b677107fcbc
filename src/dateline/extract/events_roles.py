"""From frame hits to an event's arguments: the role each frame fills for a type (its schema
roles, per-lemma overrides, reroutes by head noun or entity type), the arguments found inside
another ("chief executive of X", "her memoir"), and the roles' exclusions."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..model import Argument, Entity
from ..nlp import children_of, memo, tokens
from ..resolve_base import COPULAS
from .entity_lexicon import lexicon
from .events_args import (
    NOT_TITLES,
    RELATIVE_TAGS,
    Context,
    is_place,
    is_work,
    make_args,
    named,
    relative_covers_conjuncts,
    resolve_arg_token,
)
from .events_hits import Hit
from .events_place import VENUE_PREPS, is_venue
from .events_schema import EventType, Schema
from .events_sought import tipped_to
from .events_tokens import bare_post, is_passive, set_off_participle, trigger_key
from .name_cues import party_name

COLLECTIVES = {"group", "team", "lab", "laboratory"}  # a research group, led by someone
LEADING = {"lead", "head"}
GIVEN_NOT_WRITTEN = {"interview", "conversation", "podcast"}
IDIOM_DEPS = {"dobj", "oprd", "acomp", "attr", "advmod", "ccomp"}  # "tied the knot", "was found guilty", "pleaded guilty"
# (and "a jury found him guilty", "guilty" parsed as a small clause with "him" its subject)



def _clause_subject(noun: Token) -> Token | None:
    """The subject of the clause an event noun is the object of ("X had / was given its premiere", "X, which opened the
    festival in its world premiere": X, the antecedent of "which")."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        return verb.head
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None

def _recipient(word: Token) -> bool:
    """A giving verb's recipient: "handed X a sentence", "gave a sentence to X" (not "was given a life sentence for the
    killing": the parser tags the reason's "for" a dative too)."""
    return (word.dep_ == "dative" and (word.pos_ != "ADP" or word.lower_ == "to")) or (word.dep_ == "prep" and word.lower_ == "to")


def idiom_match(token: Token, sch: Schema) -> tuple[str, Token] | None:
    """The schema idiom a verb heads and its object: "tie the knot" ("tie knot"), "was found not
    guilty" ("find not guilty"), "was taken into custody" ("take into custody": the object of a
    preposition, the preposition in the key).  Once per token and schema (typing the trigger and
    each of its types' arguments ask again), kept as the key and the object's index."""
    known = memo(token.doc, "idiom_match")
    key = (token.i, id(sch))
    if key in known:
        found = known[key]
        return (found[0], tokens(token.doc)[found[1]]) if found is not None else None
    match = _idiom_match(token, sch)
    known[key] = (match[0], match[1].i) if match is not None else None
    return match


def _idiom_match(token: Token, sch: Schema) -> tuple[str, Token] | None:
    lemma = token.lemma_.lower()
    if lemma.partition(" ")[0] not in sch.idiom_verbs:
        return None  # every idiom key begins with its verb's lemma
    it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in children_of(token))
    particle = next((c.lower_ for c in children_of(token) if c.dep_ == "prt" or (
        it and c.dep_ == "prep" and c.lower_ == "off" and c.i >= 1 and token.doc[c.i - 1].lower_ == "it")), "")
    # ("called it off the following year": the particle the parser took for a preposition of the time after it)
    for c in children_of(token):
        if it and c.dep_ in (*IDIOM_DEPS, "npadvmod") and f"{lemma} it {c.lemma_.lower()}" in sch.by_idiom:
            return f"{lemma} it {c.lemma_.lower()}", c  # "called it a day", "called it quits": the object "it" in the key
        if c.dep_ in IDIOM_DEPS:
            for n in children_of(c):
                if n.dep_ == "neg" and f"{lemma} not {c.lemma_.lower()}" in sch.by_idiom:
                    return f"{lemma} not {c.lemma_.lower()}", c
                if n.dep_ in ("amod", "compound") and f"{lemma} {n.lower_} {c.lemma_.lower()}" in sch.by_idiom:
                    return f"{lemma} {n.lower_} {c.lemma_.lower()}", c  # "was given his marching orders": the object's modifier in the key
            if particle and f"{lemma} {particle} {c.lemma_.lower()}" in sch.by_idiom:
                return f"{lemma} {particle} {c.lemma_.lower()}", c  # "gave up the job": the particle in the key
            key = f"{lemma} {c.lemma_.lower()}"
            if key in sch.idiom_preps and not any(p.dep_ == "prep" and p.lower_ in sch.idiom_preps[key]
                                                  for p in (*children_of(c), *children_of(token))):
                continue  # the object's preposition missing (the parser hangs "with cancer" on the object or the verb)
            if key in sch.idiom_counted and (not any(n.dep_ == "nummod" for n in children_of(c))
                                             or any(n.dep_ == "prep" and n.lower_ == "of" for n in children_of(c))):
                continue  # "received six years", not "received years of abuse", "two years of funding"
            if key in sch.idiom_bare and any(n.dep_ in ("det", "amod", "poss") for n in children_of(c)):
                continue  # "was given life", not "give him a better life"
            if key in sch.by_idiom:
                return key, c
            if f"{lemma} {c.lower_}" in sch.by_idiom:  # an idiom of one written form: "joined forces", not "joined the force"
                return f"{lemma} {c.lower_}", c
        elif c.dep_ == "prep":
            if f"{lemma} {c.lower_}" in sch.by_idiom and any(g.dep_ == "prep" for g in children_of(c)):
                return f"{lemma} {c.lower_}", c  # "is up for best actress at the X Awards": "up" parsed as a preposition
            for g in children_of(c):
                if g.dep_ == "pobj" and f"{lemma} {c.lower_} {g.lemma_.lower()}" in sch.by_idiom:
                    return f"{lemma} {c.lower_} {g.lemma_.lower()}", g
                # a particle verb's idiom, the particle in the key: "came out on top" (not "came on top of")
                if g.dep_ == "pobj" and (key := f"{lemma} {particle} {c.lower_} {g.lemma_.lower()}") in sch.by_idiom:
                    return key, g
                if g.dep_ == "prep" and c.lower_ == "out":  # "was voted out of office": "out of" a preposition of two words
                    for o in children_of(g):
                        if o.dep_ == "pobj" and (key := f"{lemma} out {g.lower_} {o.lemma_.lower()}") in sch.by_idiom:
                            return key, o
        elif c.dep_ in ("xcomp", "advcl"):  # "have taken the company to court": "to court" parsed as an infinitive
            to = next((a.lower_ for a in children_of(c) if a.dep_ == "aux" and a.lower_ in ("to", "into")), None)
            if to is not None and f"{lemma} {to} {c.lower_}" in sch.by_idiom:
                return f"{lemma} {to} {c.lower_}", c
    return None


def idiom_object(token: Token, sch: Schema) -> Token | None:
    """The object that makes a verb an idiom of the schema: "tie the knot", "enter parliament"."""
    match = idiom_match(token, sch)
    return match[1] if match else None


def _says_that(verb: Token) -> bool:
    """"The captain, X, announced on Tuesday that he will retire", parsed as a participle on "captain":
    a verb with a that-clause of its own is active, the noun its subject."""
    return verb.dep_ == "acl" and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))
                                      for c in children_of(verb))


def _main_verb_misparsed(verb: Token) -> bool:
    """"The fund X invested in Y in 2019", parsed as a noun phrase with a participle: a sentence whose root is a
    common noun with the name the "participle" hangs on in apposition, with no "by" agent, told an active verb (not a
    headline's "X appointed chief executive", a passive with its auxiliary left out)."""
    if verb.dep_ != "acl" or any(c.dep_ in ("agent", "dobj") for c in children_of(verb)):
        return False
    noun = verb.head
    if noun.dep_ == "appos" and noun.pos_ == "PROPN" and noun.head.dep_ == "ROOT" and noun.head.pos_ == "NOUN":
        return True
    # "Sequoia invested in Y.": a name as the root, a verb with no passive sense, a full stop (a headline has none)
    last = noun.sent[-1]
    # ("X, the finance director, left last month to become ...": "left" tagged a past tense, not a participle)
    active = verb.lemma_.lower() in ACTIVE_ONLY or (verb.tag_ == "VBD" and verb.lemma_.lower() in PAST_TENSE_ACTIVE)
    return noun.dep_ == "ROOT" and active and last.text == "."


GIVING = frozenset({"give", "hand"})
ACTIVE_ONLY = frozenset({"invest", "resign", "retire", "die", "quit", "arrive", "collapse", "merge"})
PLACE_TIME_RELATIVES = frozenset({"where", "when", "whereupon"})  # a relative clause on a place or a time, no object on it
PAST_TENSE_ACTIVE = frozenset({"leave", "depart"})  # active when tagged a past tense ("left"), passive as a participle


def _stranded_preposition(trigger: Token, sch: Schema) -> str | None:
    """"the label she signed with in 2017", "the firm he worked for": a relative clause whose preposition has lost
    its object -- the noun the clause hangs on is that preposition's object, not the verb's."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(trigger)):
        return None
    prep = next((c for c in children_of(trigger) if c.dep_ == "prep" and c.i > trigger.i and not any(children_of(c))), None)
    names = sch.frames["prep"].names.get(prep.lower_, ()) if prep is not None else ()
    return names[0] if names else None


# frames of a participle told as new of a post tagged a name ("newly elected MP X"): where each finds the name and the
# post (the argument, the trigger's head, or the argument's head)
TITLED_NAME_FRAMES = {"described_name": ("arg", None), "described_title": ("head", "arg"), "described_title_head": ("arg_head", "arg"),
                      "described_under_title": ("arg", "head")}


def _titled_name(hit: Hit, trigger: Token, ctx: Context) -> bool:
    """The name a post-as-name frame found is a person's, and the post a word outside that name."""
    pick = {"arg": hit.arg, "head": trigger.head, "arg_head": hit.arg.head, None: None}
    name, post = (pick[k] for k in TITLED_NAME_FRAMES[hit.frame])
    person = ctx.ents.of(name) if name is not None else None
    return person is not None and person.type == "PERSON" and (post is None or ctx.ents.of(post) is not person)


def _main_clause_conjunct(trigger: Token, ctx: Context) -> bool:
    """"X sacked Y on Sunday, the morning after a heavy defeat left the club bottom, and appointed Z": a verb the parser
    coordinated with a subordinate clause whose subject is no one (a thing, not a name, a pronoun or a person) -- after
    the clause's closing comma, it is the main verb's conjunct, its subject the main verb's."""
    clause = trigger.head
    if trigger.dep_ != "conj" or clause.dep_ != "advcl" or not any(c.dep_ == "mark" for c in children_of(clause)):
        return False
    cc = next((c for c in children_of(clause) if c.dep_ == "cc" and c.i < trigger.i), None)
    if cc is None or cc.i < 1 or trigger.doc[cc.i - 1].text != ",":
        return False
    subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ == "NOUN" and ctx.ents.of(subject) is None \
        and not lexicon().is_person_noun(subject.lemma_.lower()) and lexicon().type_of_noun.get(subject.lemma_.lower()) is None


TIME_WORDS = frozenset({"later", "earlier", "again", "before", "after", "since"})


def _timed(noun: Token, own: bool = False) -> bool:
    """A time told with the noun itself, outside its appositions and relative clauses ("Y two years later", "Y in 2003")
    -- or, `own`, by the token and what hangs on it (a time phrase the parser hung on the verb after the noun)."""
    todo = [noun] if own else [c for c in children_of(noun) if c.dep_ not in ("appos", "relcl", "acl")]
    while todo:
        t = todo.pop()
        if t.ent_type_ in ("DATE", "TIME") or t.lower_ in TIME_WORDS:
            return True
        todo.extend(c for c in children_of(t) if c.dep_ not in ("relcl", "acl"))
    return False


def _finite(verb: Token) -> bool:
    """A verb of a clause of its own: a finite form, or one with its own auxiliary ("was elected")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in children_of(verb))


SAID_CLAUSE_AUX = frozenset({"is", "are", "was", "were", "will", "would", "has", "had"})


def _said_object_clause(trigger: Token) -> bool:
    """"Quillomark said co-founder Y, known as Z, is stepping aside": an adverbial clause with a finite auxiliary and no
    subject, on a speech verb whose object is a person named before it -- a reported clause misparsed, its subject that
    person."""
    verb = trigger.head
    return trigger.dep_ == "advcl" and verb.lemma_.lower() in ("say", "announce", "confirm") \
        and any(c.dep_ == "aux" and c.lower_ in SAID_CLAUSE_AUX for c in children_of(trigger)) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(trigger)) \
        and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" and c.i < trigger.i for c in children_of(verb))


TELLING_SUPPORTS = frozenset({"confirm", "announce"})  # light verbs that tell of an event (a subject who may only speak for it)
SPOKESPEOPLE = frozenset({"publicist", "spokesman", "spokeswoman", "spokesperson", "representative", "rep", "lawyer", "attorney",
                          "solicitor", "agent", "manager", "aide", "source"})  # one who speaks for another


def _frame_role(hit: Hit, trigger: Token, sch: Schema, roles: dict[str, str], ctx: Context,
                unplaced: str | None = None) -> str | None:
    frame = sch.frames[hit.frame]
    if hit.arg.i == trigger.i:
        return None  # "The merger ... was completed": the noun is the light verb's subject itself, no one doing it
    if hit.frame in ("conj_subject", "main_clause_conj_subject") and (hit.frame == "conj_subject") == _main_clause_conjunct(trigger, ctx):
        return None  # (the subordinate clause's subject, a thing, is not the conjunct's; the main verb's is)
    if hit.frame in TITLED_NAME_FRAMES and not _titled_name(hit, trigger, ctx):
        return None  # "newly elected MP X": a person's name (not "the newly elected Parliament"), the post a word outside it
    if hit.frame == "participle_list_conj_subject" and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(trigger.head)):
        return None  # "X was fired after Y was arrested and charged": a clause with a subject or conjunction of its own
    if hit.frame == "conj_conj_subject" and (any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in children_of(trigger.head))
                                             or not (_finite(trigger) and _finite(trigger.head)) or trigger.head.head.lemma_ == "be"):
        return None  # "A joined X, and B was elected and became mayor": B's own; "did not know which one had been located,
        # interviewed and released": participles of a clause the parser broke up, not verbs of the subject up the chain; "X
        # was a drug addict ... and her mother divorced him and remarried": a subject lost in the parse, far from a copula's
    if hit.frame in ("purpose_conj_subject", "control_conj_subject", "control_chain_conj_subject") and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in children_of(trigger.head)):
        return None  # "A lost the vote and B quit in May to join Y": B's own
    if hit.frame in ("prep_clause_conj_subject", "prep_clause_adverbial_subject") \
            and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(trigger.head.head)):
        return None  # "A joined X and B spent years there before retiring": B's own (and "..., while B was playing, before
        # retiring": a clause of its own)
    if hit.frame == "conj_object" and (_timed(hit.arg) or any(_timed(c, own=True) for c in children_of(trigger) if c.i > hit.arg.i)):
        return None  # "won X in 2001 and Y two years later": the event again, with its own time (`gapped_events`)
    if hit.frame == "shared_object" and (trigger.i + 1 >= len(trigger.doc) or trigger.doc[trigger.i + 1].lower_ not in ("and", "or", ",")):
        return None  # "founded and ran X" (not "resigned in 2019 and joined X": the first verb's clause goes on)
    if hit.frame == "participle_head" and trigger.tag_ == "VBD" and any(c.dep_ in ("nsubj", "mark", "aux") for c in children_of(trigger)):
        return None  # "a statement that his father died": a clause with its own subject, no participle
    if hit.frame == "relative_head" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in children_of(trigger)):
        return None  # "Wimbledon, which starts on June 23": the relative pronoun already says what the noun is
    if hit.frame == "relative_head" and any(c.dep_ == "advmod" and c.lower_ in PLACE_TIME_RELATIVES for c in children_of(trigger)):
        return None  # "the chapel at Glenbrae, where they married": the noun is where (or when), not whom
    if hit.frame == "adverbial_object" and hit.arg.head.i != trigger.head.i:
        return None  # (the object of the verb the participle hangs on)
    if hit.frame == "adverbial_subject" and _said_object_clause(trigger):
        return None  # "X said Y is stepping aside": Y's, not the speaker's
    if hit.frame == "said_object_subject" and not _said_object_clause(trigger):
        return None
    if hit.frame == "adverbial_subject" and _set_off_after_object(trigger):
        return None  # "appointed X, sacked by Y in March,": the participle is X's, not the subject's
    if frame.fallback and any(c.dep_ in frame.fallback and (c.pos_ != "PRON" or ctx.ents.of(c)) for c in children_of(trigger)):
        return None  # the trigger's own argument wins, unless it is a pronoun standing for no one known ("its")
    name = frame.acts_as or frame.name
    if hit.frame == "relative_head":
        name = _stranded_preposition(trigger, sch) or name
    if frame.voice == "inherit":
        inherited = hit.arg
        if hit.frame == "relative_conj_subject" and trigger.tag_ == "VBN":  # "X, who was elected in 2009 and re-elected in
            # 2013": the voice of "who" (a past tense is active: "who was nominated in 1978 and won the following year")
            inherited = next((c for c in children_of(trigger.head) if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")),
                             hit.arg)
        name = "passive_subject" if is_passive(trigger, inherited) and not _says_that(trigger) and not _main_verb_misparsed(trigger) \
            else "subject"
    elif frame.voice == "participle":  # "got engaged", "was fired": a participle is passive, "was married" not
        name = "passive_subject" if trigger.tag_ == "VBN" else "subject"
    elif name == "subject" and hit.arg.dep_ == "nsubj" and trigger.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(trigger)):
        name = "passive_subject"  # "A, X, and B, Y, were let go": a subject the parser missed as passive, by its "were"
    elif name == "subject" and hit.arg.dep_ == "nsubj" and set_off_participle(trigger):
        name = "passive_subject"  # "X, appointed minister in 2021, was sacked": the parser made X the participle's subject
    if name == "support_subject" and "support_giver" in roles and trigger.head.lemma_.lower() in GIVING \
            and any(_recipient(c) for c in children_of(trigger.head)):
        name = "support_giver"  # "the judge handed X a life sentence", "handed down a life sentence to X": the one giving it,
        # where the type tells the giver apart
    if name == "support_subject" and trigger.head.lemma_.lower() in TELLING_SUPPORTS and hit.arg.lemma_.lower() in SPOKESPEOPLE:
        return None  # "Her publicist, X, confirmed the engagement": one who speaks for the engaged, not one of them
    if name == "support_of_subject" and not organisation(ctx.ents.of(hit.arg)):
        return None  # "Pellow Rovers confirmed the departure of X": the body X leaves (not "her agent confirmed the exit of X")
    if name == "support_subject" and "support_of_subject" in roles and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" for g in children_of(c)) for c in children_of(trigger)):
        return None  # ... and no one leaving but X, whom the noun's "of" names
    if name == "object" and hit.arg.dep_ == "dative" and "dative" in roles:
        name = "dative"  # "the novel earned X the prize": the one it was earned for, where the type says so
    if name == "passive_subject" and hit.arg.dep_ == "nsubjpass" and "dative" in roles \
            and any(c.dep_ == "dobj" for c in children_of(trigger)):
        name = "dative"  # "X was handed the award": a passive that keeps its object, its subject the one given it
    if frame.places_only:
        return "place" if is_place(hit.arg, ctx) else None
    if frame.entity_only and ctx.ents.of(hit.arg) is None:
        return None
    role = roles.get(name)
    if role == "place" and not is_place(hit.arg, ctx) and not _at_venue(hit.arg, ctx):
        if unplaced and organisation(ctx.ents.of(hit.arg)):
            return unplaced  # "elected for the Green Alliance": a party, where the type says so
        return None  # "elected for Rarrowfield" names a place, "elected for a second term" none
    if role == "organization" and _at_venue(hit.arg, ctx) and ctx.ents.of(hit.arg).type != "EVENT":  # type: ignore[union-attr]
        return "place"  # "sworn in at the Presidential Palace": where, not the body appointing
    return role


def _margin_by(arg: Token, trigger: Token) -> bool:
    """"by" after an active verb ("won the seat by 312 votes", "X won by a wide margin", which the parser may read as a
    passive with no "was"): the margin, not the doer (who is only "by" a passive: "was won by X", "the title, won by X")."""
    by = arg.head
    return by.lower_ == "by" and by.head.i == trigger.i and trigger.pos_ == "VERB" and not (
        by.dep_ == "agent" and (trigger.dep_ == "acl" or any(c.dep_ == "auxpass" for c in children_of(trigger))))


def _second_object(token: Token, trigger: Token) -> bool:
    """"made Nils Trerg their captain", "named the Danish defender X its captain": a second object of the verb, owned ("their"),
    after a first one -- the post the first is given (the parser reads no object predicate there)."""
    return token.dep_ == "dobj" and any(c.dep_ == "poss" for c in children_of(token)) \
        and any(c.dep_ == "dobj" and c.i < token.i for c in children_of(trigger))


def _post_of_named(token: Token, trigger: Token, ctx: Context) -> bool:
    """"X was named the club's new head coach": a post after the verb that the nominal coreference took for the one named
    (the verb's subject or object is that same person) -- the post, not a second mention of X."""
    if token.pos_ != "NOUN":
        return False
    entity = ctx.ents.of(token)
    return entity is not None and any(c.dep_ in ("nsubjpass", "dobj") and c.i != token.i and ctx.ents.of(named(c)) is entity
                                      for c in children_of(trigger))


def args_for(trigger: Token, hits: list[Hit], etype: EventType | None, ctx: Context, sch: Schema) -> list[Argument]:
    if etype is None:
        roles = sch.untyped_roles
    else:
        lemma, bare = trigger_key(trigger)  # a verb with its particle first: "took on X" is not "took a job"
        roles = {**etype.roles, **etype.lemma_roles.get(lemma, etype.lemma_roles.get(bare, {}))}
    args: list[Argument] = []
    idiom = idiom_object(trigger, sch) if etype is not None and etype.idioms else None
    for hit in hits:
        if idiom is not None and hit.arg.i == idiom.i and ctx.ents.of(hit.arg) is None \
                and not (etype is not None and hit.arg.lemma_.lower() in etype.bodies) and idiom.head.lower_ != "as":
            continue  # "the knot" is part of the trigger (but "lifted the FA Trophy" names what was won, "entered
            # parliament" the chamber, and "was returned as mayor / as MP" the post)
        first = _first_to(hit.arg, trigger, ctx) if hit.frame == "relative_head" and etype is not None and etype.name == "career.win" else None
        if hit.type_name:
            if etype is None or hit.type_name != etype.name or _subject_of_the_clause_above(hit.arg, trigger):
                continue
            role: str | None = hit.role
        elif first is not None:
            role = "agent"
        else:
            role = _frame_role(hit, trigger, sch, roles, ctx, etype.unplaced if etype is not None else None)
        if not role:
            continue
        if role == "agent" and etype is not None and etype.name == "career.win" and _margin_by(hit.arg, trigger):
            continue  # "won the seat by 312 votes", "won by two lengths": a margin, no winner
        if role == "partner" and etype is not None and etype.symmetric and _in_capacity(hit.arg):
            continue  # "were married in June, with his brother, X, as best man": a witness, not the one married
        token, possessor, is_kin = resolve_arg_token(hit.arg, trigger, sch.kin_nouns, lambda t: ctx.ents.of(t) is not None)
        if role == "work" and hit.arg.tag_ in RELATIVE_TAGS and token is not hit.arg and not is_work(ctx.ents.of(named(token))):
            token = _work_holding(token, ctx) or token  # "X, a collection of songs about the west coast of Ireland that was
            # released in March": the parser hung the clause on the last noun, a place, inside the work's description
        if role == "work" and hit.frame == "possessor" and hit.arg.lower_ in ("its", "their"):
            token = _clause_subject(trigger) or token  # "X had its world premiere at the Y Festival": X's own, not the festival's
        if first is not None:
            token = first  # "X became the first woman to win the race": X, not "woman"
        if (role in ("organization", "joined") or _board_acting(token, role, etype)) and ctx.ents.of(named(token)) is None:
            token = _owner(token, ctx) or token  # "joined X's board / the board of X" -> X; "the board of X rejected a bid from Y" -> X
        if token.dep_ == "oprd" and token.lower_ == "effective":
            continue  # "was named CEO effective immediately": when the post is taken, no second post
        if etype is not None and etype.object_when_passive and hit.frame == "object" and (
            is_passive(trigger) or token.dep_ == "oprd"  # "was named chief executive", "named X chief executive"
            or _indefinite(token)  # "will appoint a new police commissioner": the post, no one yet
            or (trigger.dep_ == "conj" and bare_post(token))  # "was elected in 1995 and appointed deputy governor"
            or _second_object(token, trigger)  # "made the Danish defender X their captain": the parser's two objects
        ):
            if (ctx.ents.of(named(token)) is None or _post_of_named(token, trigger, ctx)) \
                    and token.lemma_.lower() not in NOT_TITLES:  # ("was handed the reins": the thing handed)
                role = etype.object_when_passive
        if hit.frame == "object" and _kind_before(token, trigger):  # "joined from the consultancy X & Y": X is the "from"
            role = roles.get(token.doc[token.left_edge.i - 1].head.lower_)
            if not role:
                continue
        if role == "agent" and hit.frame == "possessor" and _done_by(trigger) and roles.get("object"):
            role = roles["object"]  # "X's hiring by Y": with the doer told by "by", the possessor is the one it is done to
        elif role == "agent" and hit.frame == "possessor" and etype is not None and etype.name in OWN_HIRING_TYPES \
                and roles.get("object") == "patient" and _own_hiring(trigger, hit.arg, ctx):
            role = "patient"  # "Her hiring follows ...", "Tavares's signing was confirmed": a person's own hiring, the one hired
        elif hit.frame == "possessor" and role == "patient" and roles.get("of") == role and "agent" in roles.values() \
                and etype is not None and etype.roles.get("possessor") == role and _done_of(trigger, ctx):
            role = "agent"  # "the club's sacking of X": with the one it is done to told by "of", the possessor does it
            # (a noun of its own frame, "X's sale of Y", keeps its roles)
        elif hit.frame == "subject" and hit.arg.dep_ == "nsubj" and roles.get("object") and role != roles["object"] \
                and roles.get("passive_subject") == roles["object"] and _noun_like_gerund(hit.arg, trigger):
            role = roles["object"]  # "after Elkowski sacking", "the Pike sacking": a name before a bare "-ing" is the one it is done to
        role = _rerouted(role, token, ctx, sch, etype)
        if role == "agent" and hit.arg.dep_ == "nsubjpass" and _given_to_someone(trigger, token, etype, ctx):
            role = "award"  # "the academy's fellowship was presented to X": what was handed over, X the winner
        if role == "agent" and etype is not None:
            token = _leader(token, ctx) or _officers_body(token, ctx, etype.name in ENVOY_TYPES) \
                or (_client(token, ctx) if etype.name == "legal.sue" else None) or token
        if role == "role" and token.pos_ == "ADJ" and not (token.dep_ == "oprd" and is_passive(trigger)):
            continue  # "named X its chief executive, effective June 1": a post is a noun ("was made dean": one tagged ADJ)
        if role == "role" and token.pos_ == "ADJ" and token.lower_.endswith("ed"):
            continue  # "was re-elected unopposed", "returned uncontested": how, not a post
        whole = not hit.frame or sch.frames[hit.frame].conjuncts
        if whole and token is not hit.arg and hit.arg.tag_ in RELATIVE_TAGS:
            whole = relative_covers_conjuncts(hit.arg, token)
        elif whole and trigger.dep_ == "relcl" and trigger.head.i == token.i:  # the clause's head noun
            whole = relative_covers_conjuncts(trigger, token)
        members = _included_members(role, token, trigger, ctx) if role in MEMBER_ROLES else []
        args.extend(members or make_args(role, token, ctx, whole))
        if is_kin and possessor is not None and role in ("child", "patient"):
            args.extend(make_args("parent", possessor, ctx))
        args.extend(_role_extras(role, token, roles, etype, ctx))
    speaker = _speaker_set_off(trigger) if etype is not None and "agent" in roles.values() else None
    if speaker is not None:  # (a subject shared with the clause the verb is joined to is not the speaker)
        args = [a for a in args if a.role != "agent"] + make_args("agent", speaker, ctx)
    if etype is not None and "agent" in roles.values() and not any(a.role == "agent" for a in args):
        writer = _fronted_writer(trigger) or _led_by(trigger) or _raided_by(trigger)
        if writer is not None:  # "In a review published in X on Sunday, the critic Y called ...": Y's review
            args.extend(make_args("agent", _leader(writer, ctx) or _officers_body(writer, ctx) or writer, ctx))
    own = etype.self_roles.get(trigger.lemma_.lower()) if etype is not None else None
    if own is not None and named(trigger) is not trigger:  # "his girlfriend, the model Y": Y
        args.extend(make_args(own, trigger, ctx, conjuncts=False))
    elif own is not None and not any(a.role == own for a in args):
        subject = _copular_subject(trigger)
        if subject is not None:  # "X is an investor in Y", "X is among the backers of Y": X
            args.extend(make_args(own, subject, ctx))
    tipped = tipped_to(trigger) if etype is not None and etype.name == "career.appoint" else None
    if tipped is not None:  # "X is the favourite to succeed him / to take over": X, not "the favourite" (read as what is taken)
        noun, person = tipped
        args = [a for a in args if not a.start <= noun.idx < a.end] + make_args("patient", person, ctx)
    if etype is not None and etype.name in PRIZE_TYPES:  # "nominated for the Booker Prize for "Malt Lines"": a quoted title is the work
        text = ctx.analysis.document.text
        for arg in args:
            if arg.role == "award" and arg.start > 0 and text[arg.start - 1] in QUOTES and text[arg.end : arg.end + 1] in QUOTES:
                arg.role = "work"
    targets = {a.entity for a in args if a.role == "target" and a.entity}  # "X closed a round led by Y": X is funded, not funding
    venues = _venues(hits, ctx)
    return dedupe([a for a in args if (not _excluded(a, ctx, sch, venues) or _unnamed_body(a, etype))
                   and not (a.role == "agent" and a.entity in targets)])




def _venues(hits: list[Hit], ctx: Context) -> set[str]:
    """The entities named as venues among the hits ("married at St Mark's Church"), once per list of hits (see
    `Context.venues`).  Callers must not change the set."""
    cached = ctx.venues.get(id(hits))
    if cached is not None and cached[0] is hits:
        return cached[1]
    venues = {e.id for h in hits if (h.frame or h.role == "place") and h.arg.dep_ == "pobj" and _at_venue(h.arg, ctx)
              and (e := ctx.ents.of(h.arg)) is not None}  # (a type's own pattern may name the place: "after a trial at X")
    ctx.venues[id(hits)] = (hits, venues)
    return venues


def _subject_of_the_clause_above(arg: Token, trigger: Token) -> bool:
    """"X, chief executive since the company was founded, stepped down": a pattern for a fronted participle ("Founded in
    2019 by Y, X now ...") takes the subject of the clause above, but not for a clause with a subject of its own."""
    return trigger.dep_ == "advcl" and arg.dep_ in ("nsubj", "nsubjpass") and arg.head.i == trigger.head.i \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(trigger)) \
        and any(c.dep_ in ("aux", "auxpass") for c in children_of(trigger))  # (a finite clause: not "appeared at X Court accused
    # of fraud", the court misread as the participle's subject)


RANKING_WORDS = frozenset({"first", "second", "third", "last", "only", "latest", "youngest", "oldest"})


def _first_to(noun: Token, trigger: Token, ctx: Context) -> Token | None:
    """The subject of "X became the first woman to win Y", "became the youngest player to win it": an infinitive on a
    ranked common noun X became -- X does it then, not the noun (not "X is the only player to win it twice", a record
    summed up, its wins told apart)."""
    if trigger.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.dep_ != "attr" or noun.head.lemma_ != "become" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(trigger)) \
            or not any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in RANKING_WORDS) for c in children_of(noun)):
        return None  # (ranked among those who did it: not "the favourite to win", "a player to watch")
    return next((c for c in children_of(noun.head) if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON")), None)


def _copular_subject(noun: Token) -> Token | None:
    """The named subject a noun is said of by a copula: "X is an early investor in Y", "X became the founder of Y",
    "X is among the backers of Y", "X is one of the backers of Y"; or the name it is said to be ("Its founder is X")."""
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        return next((c for c in children_of(noun.head) if c.dep_ == "attr" and c.pos_ == "PROPN"), None)
    if noun.dep_ == "attr":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.dep_ == "prep":
        verb = noun.head.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one" and noun.head.head.dep_ == "attr":
        verb = noun.head.head.head
    else:
        return None
    if verb.lemma_ not in COPULAS:
        return None
    return next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)


def _done_by(noun: Token) -> bool:
    """An event noun whose doer a "by" phrase names ("X's hiring by Y", "Y's takeover by Z")."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in children_of(c))
                                       for c in children_of(noun))


def _set_off_after_object(verb: Token) -> bool:
    """A passive participle set off by a comma right after the named object of the verb it hangs on ("appointed X,
    sacked by Y in March, as manager", "signed X, released by Y,"): it tells of the object."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return False
    before = verb.doc[verb.i - 2]
    return before.dep_ == "dobj" and before.pos_ == "PROPN" and before.head.i == verb.head.i


def _noun_like_gerund(subject: Token, verb: Token) -> bool:
    """A bare "-ing" form the parser made a verb with its subject right before it and nothing after ("after Elkowski
    sacking", "the Pike sacking"): a noun of the event, its "subject" the one it is done to (a doer would have an object)."""
    return verb.tag_ == "VBG" and subject.i == verb.i - 1 and subject.pos_ == "PROPN" \
        and not any(c.dep_ in ("dobj", "aux", "auxpass", "nsubjpass", "prt", "ccomp", "xcomp", "dative", "oprd") for c in children_of(verb))


OWN_HIRING_TYPES = frozenset({"career.hire"})
PERSONAL_POSSESSIVES = frozenset({"his", "her"})


def _own_hiring(noun: Token, possessor: Token, ctx: Context) -> bool:
    """"Her hiring follows the departure of ...", "Ohene's recruitment was unanimous": a bare hiring noun whose possessor is
    a person, with no one else told as hired -- that person was hired (not "the club's signing", nor "Pellow's first signing,
    X", "his signing of X": a manager's or a body's recruits)."""
    if noun.pos_ != "NOUN" or any(c.dep_ in ("appos", "amod", "compound", "nummod") or (c.dep_ == "prep" and c.lower_ == "of")
                                  for c in children_of(noun)):
        return False
    if possessor.lower_ in PERSONAL_POSSESSIVES:
        return True
    entity = ctx.ents.of(possessor)
    return entity is not None and entity.type == "PERSON"


def _done_of(noun: Token, ctx: Context) -> bool:
    """An event noun whose "of" phrase names the one it is done to ("X's sacking of Y", "X's dismissal of Y")."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and ctx.ents.of(g) is not None
                                                                                    for g in children_of(c))
                                       for c in children_of(noun))


def _in_capacity(arg: Token) -> bool:
    """"with X as best man", "with X as a witness": the one a "with" names is there in the capacity the
    "as" after it tells (on the person, or on the verb right after the "with" phrase)."""
    prep = arg.head
    if arg.dep_ != "pobj" or prep.lower_ != "with":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in children_of(arg)):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i == prep.right_edge.i + 1 for c in children_of(prep.head))


MEMBER_ROLES = frozenset({"patient", "agent", "partner", "winner"})
CLAUSE_ENDS = frozenset({".", ";", ":", "?", "!"})


def _included_members(role: str, token: Token, trigger: Token, ctx: Context) -> list[Argument]:
    """"signed three players, including the striker X and the goalkeeper Y", "arrested four men, among
    them X": the people (or organisations) named of an unnamed plural, each an argument in its place."""
    if token.tag_ != "NNS" or ctx.ents.of(token) is not None:
        return []
    lemma = token.lemma_.lower()
    wanted = "PERSON" if lexicon().is_person_noun(lemma) else "ORG" if lexicon().type_of_noun.get(lemma) == "ORG" else None
    if wanted is None:
        return []
    doc = token.doc
    start = None
    for j in range(token.right_edge.i + 1, min(token.right_edge.i + 7, len(doc) - 1)):
        word = doc[j].lower_
        if word in CLAUSE_ENDS or (doc[j].tag_.startswith("VB") and word != "including"):
            break
        if word == "including" or (word == "among" and doc[j + 1].lower_ in ("them", "whom")):
            start = j + (1 if word == "including" else 2)
            break
    if start is None:
        return []
    out: list[Argument] = []
    seen: set[str] = set()
    for j in range(start, len(doc)):
        if doc[j].text in CLAUSE_ENDS or (doc[j].tag_.startswith("VB") and j != trigger.i):
            break
        entity = ctx.ents.of(doc[j]) if doc[j].pos_ == "PROPN" else None
        if entity is not None and entity.type == wanted and entity.id not in seen:
            seen.add(entity.id)
            out.extend(make_args(role, doc[j], ctx, conjuncts=False))
    return out


def _unnamed_body(arg: Argument, etype: EventType | None) -> bool:
    """"elected to the city council", "to the provincial legislature": a body the type names by its noun,
    the organisation though no name is given."""
    words = arg.text.lower().split()
    return etype is not None and arg.role == "organization" and arg.entity is None and bool(words) and words[-1] in etype.bodies


def _kind_before(token: Token, trigger: Token) -> bool:
    """A name the parser took for the verb's object, right after the common noun of one of the verb's
    prepositions ("joined from the consultancy Vörös & Sundt"): the name is that noun's."""
    start = token.left_edge.i
    if token.pos_ != "PROPN" or start == 0:
        return False
    noun = token.doc[start - 1]
    return noun.pos_ == "NOUN" and noun.is_lower and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == trigger.i


PRIZE_TYPES = frozenset({"career.nominate", "career.win"})
QUOTES = frozenset('"“”‘’\'')
AUTHOR_VERBS = frozenset({"lead", "write", "co-write", "author", "co-author", "coauthor", "direct", "conduct", "carry", "undertake", "compile"})


def _speaker_set_off(trigger: Token) -> Token | None:
    """'"…," Baek's lawyer, Adriana Pellizzari, told the magazine X': after a quote the parser may hang the
    speaker's phrase on the quote (or on a clause before it) and leave "told" with no subject; the name set
    off by commas right before the speech verb is who spoke."""
    if trigger.lemma_.lower() not in SPEECH_TO or trigger.i < 3 or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(trigger)):
        return None
    doc = trigger.doc
    name = doc[trigger.i - 2]
    if doc[trigger.i - 1].text != "," or name.pos_ != "PROPN" or name.dep_ != "appos" or name.head.i >= name.i:
        return None
    return name if doc[name.head.i + 1].text == "," else None


SPEECH_TO = frozenset({"tell", "speak"})


def _led_by(trigger: Token) -> Token | None:
    """"The study, led by X and published in Y", "the research, carried out by X and published in Y": a participle coordinated
    with one that names the work's author; also "A paper co-authored by X and published last month in Y describes ...", the
    parser taking the first participle for the sentence's subject and the second for a past tense."""
    if trigger.dep_ != "conj" or trigger.tag_ not in ("VBN", "VBD") or trigger.head.lemma_.lower() not in AUTHOR_VERBS \
            or trigger.head.tag_ != "VBN" or trigger.head.dep_ not in ("acl", "nsubj") or (trigger.tag_ == "VBD") != (trigger.head.dep_ == "nsubj"):
        return None
    return next((g for c in children_of(trigger.head) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"), None)


def _fronted_writer(trigger: Token) -> Token | None:
    """"In a review published in X, the critic Y called ...", "in a statement released on Monday,
    the company said ...": a participle with no agent of its own, on the noun of an "in" phrase of
    a verb, was done by that verb's subject."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or any(c.dep_ == "agent" for c in children_of(trigger)):
        return None
    noun = trigger.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.dep_ != "prep" or noun.lemma_.lower() in GIVEN_NOT_WRITTEN:
        return None  # "X told Y in an interview published last month": Y published what X said
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)


OFFICERS = frozenset({"officer", "detective", "investigator", "agent", "trooper", "gendarme", "constable", "police"})
BODY_PREPS = frozenset({"from", "of", "with"})
RAIDS = frozenset({"raid", "operation", "swoop", "sweep", "crackdown"})


ENVOYS = frozenset({"scout", "recruiter", "representative", "official", "executive"})
ENVOY_TYPES = frozenset({"career.hire"})


def _officers_body(token: Token, ctx: Context, envoys: bool = False) -> Token | None:
    """The force that officers come from: "arrested by detectives from the X Constabulary", "raids
    carried out by officers from X Police" (the "from" hung on the verb) -> X.  So, for a hiring, the body a scout or
    an official comes from: "A scout from X Records signed him that night" -> X."""
    if token.lemma_.lower() not in (ENVOYS if envoys else OFFICERS) or ctx.ents.of(token) is not None:
        return None
    heads = [token]
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        heads.append(token.head.head)  # "carried out by officers from X": the parser's "from" is the verb's
    for head in heads:
        for prep in children_of(head):
            if prep.dep_ != "prep" or prep.lower_ not in BODY_PREPS:
                continue
            body = next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
            if body is not None and (entity := ctx.ents.of(named(body))) is not None and entity.type == "ORG":
                return body
    return None


LAWYERS = frozenset({"lawyer", "lawyers", "attorney", "attorneys", "solicitor", "solicitors", "barrister", "barristers", "counsel"})


def _client(token: Token, ctx: Context) -> Token | None:
    """"Lawyers for X filed a lawsuit": X sues, through them (a named lawyer stays the one named)."""
    if token.lemma_.lower() not in LAWYERS or ctx.ents.of(token) is not None:
        return None
    for child in children_of(token):  # "lawyers for X", "attorneys representing X"
        if (child.dep_ == "prep" and child.lower_ in ("for", "representing")) or (child.dep_ == "acl" and child.lemma_.lower() == "represent"):
            client = next((g for g in children_of(child) if g.dep_ in ("pobj", "dobj")), None)
            if client is not None and ctx.ents.of(named(client)) is not None:
                return client
    return None


def _raided_by(trigger: Token) -> Token | None:
    """"were detained during raids carried out by officers from X", "arrested in an operation by
    police": who ran the raid made the arrest (the "by" of the raid's noun or of its participle)."""
    for prep in children_of(trigger):
        if prep.dep_ != "prep" or prep.lower_ not in ("during", "in"):
            continue
        for raid in children_of(prep):
            if raid.dep_ != "pobj" or raid.lemma_.lower() not in RAIDS:
                continue
            by = next((g for t in raid.subtree if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by" and t.head.i == raid.i)
                       for g in children_of(t) if g.dep_ == "pobj"), None)
            if by is not None:
                return by
    return None


def _leader(token: Token, ctx: Context) -> Token | None:
    """The person a research group stands for: "her group published", "the team, led by X,
    described ..." -> her, X."""
    if token.lemma_.lower() not in COLLECTIVES or ctx.ents.of(token) is not None:
        return None
    for child in children_of(token):
        if child.dep_ == "poss" and token.lemma_.lower() != "team" and (entity := ctx.ents.of(child)) is not None \
                and entity.type == "PERSON":  # "his team won": a side, perhaps not his to lead
            return child
        if child.dep_ == "acl" and child.lemma_.lower() in LEADING:
            by = next((g for c in children_of(child) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"), None)
            if by is not None and (entity := ctx.ents.of(named(by))) is not None and entity.type == "PERSON":
                return by
    return None


def _indefinite(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(token))


GIVING_LEMMAS = frozenset({"award", "present", "give", "hand"})


def _given_to(trigger: Token) -> bool:
    return any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(g.dep_ == "pobj" for g in children_of(c)) for c in children_of(trigger))


def _given_to_someone(trigger: Token, subject: Token, etype: EventType | None, ctx: Context) -> bool:
    """A prize given "to" someone in the passive: its subject is the prize (not a person or a body)."""
    if etype is None or etype.name != "career.win" or trigger.lemma_.lower() not in GIVING_LEMMAS or not _given_to(trigger):
        return False
    entity = ctx.ents.of(named(subject))
    return entity is None or entity.type not in ("PERSON", "ORG", "NORP", "GPE")


APPOSED_WORK_TYPES = frozenset({"career.win", "career.nominate"})


def _rerouted(role: str, token: Token, ctx: Context, sch: Schema, etype: EventType | None) -> str:
    """The role a filler takes instead, by its head noun or its entity type ("nominated for her role
    in X": a work, not an award)."""
    table = (etype.reroute.get(role) if etype is not None else None) or sch.reroute.get(role)
    if not table or any(c.dep_ == "amod" and c.lower_ == "best" for c in children_of(token)):
        return role  # ("shortlisted for best installation", "best album": a category of the prize, not a work)
    entity = ctx.ents.of(named(token))
    kind = next((table[c.lemma_.lower()] for c in children_of(token) if token.pos_ == "PROPN" and c.dep_ in ("compound", "amod")
                 and c.pos_ in ("NOUN", "ADJ") and c.is_lower and c.lemma_.lower() in table), None)  # "for their album Iron Bloom",
    # "their single Paper Moon" (tagged an adjective): the noun the parser made part of the name says what it is
    if kind is None and token.pos_ == "PROPN" and token.dep_ in ("nsubj", "nsubjpass") and etype is not None and etype.name in APPOSED_WORK_TYPES:
        # "Iron Bridge, her third novel, won": the noun in apposition to a prize's subject says what it is
        kind = next((table[c.lemma_.lower()] for c in children_of(token) if c.dep_ == "appos" and c.pos_ == "NOUN"
                     and c.lemma_.lower() in table), None)
    return table.get(token.lemma_.lower()) or kind or (table.get(entity.type) if entity is not None else None) or role


def _joined_own_body(token: Token, ctx: Context) -> list[Argument]:
    """"The band's guitarist, X, joined in 2021": a "joined" with no object of its own joined the
    body its subject is described as belonging to."""
    noun = token.head if token.dep_ == "appos" else token
    verb = noun.head
    clause = next((c for c in children_of(noun) if c.dep_ == "relcl" and c.lemma_.lower() == "join"), None)
    post: list[Argument] = []
    if clause is not None and verb.lemma_.lower() == "be" and noun.dep_ in ("attr", "nsubj"):
        # "The company's new finance chief is X, who joins from Y" / "X, who joined from Y, is its finance chief":
        # the body of the post the copula gives X, and that post
        verb, noun = clause, next((c for c in children_of(noun.head) if c.dep_ == ("nsubj" if noun.dep_ == "attr" else "attr")), noun)
        if noun is token or noun.pos_ != "NOUN" or not lexicon().is_person_noun(noun.lemma_.lower()):
            return []
        post = make_args("role", noun, ctx, conjuncts=False)
    elif noun.dep_ != "nsubj" or verb.lemma_.lower() != "join":
        return []
    if any(c.lower_ not in ("in", "on", "after", "before", "from", "as") for c in children_of(verb) if c.dep_ in ("dobj", "prep")):
        return []
    left = {e.id for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "from" for o in children_of(p)
            if o.dep_ == "pobj" and (e := ctx.ents.of(o)) is not None}
    for child in children_of(noun):
        if child.dep_ == "poss" and organisation(body := ctx.ents.of(child)) and body.id not in left:  # (not the body left)
            return make_args("joined", child, ctx, conjuncts=False) + make_args("organization", child, ctx, conjuncts=False) + post
    return []


def _role_extras(role: str, token: Token, roles: dict[str, str], etype: EventType | None, ctx: Context) -> list[Argument]:
    """Arguments found inside another one: the person named inside a title, the organisation of a
    title ("chief executive of X", "its chief executive"), the owner of a work ("her memoir")."""
    out: list[Argument] = []
    if role == "role":
        for child in children_of(token):
            entity = ctx.ents.of(child) if child.dep_ in ("nmod", "compound", "poss") else None
            if entity is None:
                continue
            if entity.type == "PERSON" and child.dep_ != "poss":  # "named [Jane Doe] chief executive"
                out.extend(make_args(roles.get("object", "patient"), child, ctx, conjuncts=False))
            elif child.dep_ == "poss" and organisation(entity):  # "its chief executive"
                out.extend(make_args("organization", child, ctx, conjuncts=False))
            elif child.dep_ in ("compound", "nmod") and child.i < token.i and entity.type == "ORG":  # "sacked as [Harwood Town] manager"
                # (or "as [Halvern Bank] chief executive": the parser's nmod before a title of two words)
                out.extend(make_args("organization", child, ctx, conjuncts=False))
        for prep in children_of(token):  # "chief executive of X"; "mayor of X", X a town: where the post is
            if prep.dep_ == "prep" and prep.lower_ in ("of", "at"):
                for pobj in children_of(prep):
                    if pobj.dep_ == "pobj" and (entity := ctx.ents.of(pobj)) is not None:
                        where = entity.type in ("GPE", "LOC") or (_at_venue(pobj, ctx) and entity.type != "EVENT")  # "at the X Palace"
                        out.extend(make_args("place" if where else "organization", pobj, ctx))
    if role in HELD_POST_ROLES and etype is not None and etype.name in LEAVING_TYPES and token.pos_ == "NOUN" \
            and token.lemma_.lower() in HELD_POST_NOUNS and ctx.ents.of(token) is None:
        out.extend(_held_post(token, ctx))  # "quit her role as chief executive of X", "relieved of his duties as coach"
    if role == "patient" and etype is not None and etype.name == "career.appoint" and _new_post_named_beside(token, ctx):
        first = min((c.left_edge.i for c in token.lefts if c.dep_ in ("compound", "amod") and c.lower_ != "new"), default=token.i)
        start, end = token.doc[first].idx, token.idx + len(token.text)  # "has named a new chief executive: X" -> "chief executive"
        out.append(Argument("role", start, end, ctx.analysis.document.text[start:end]))
    if role == "patient" and "role" in roles.values():  # "named X its chief executive": the post in apposition
        name = next((c for c in children_of(token) if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
                     and (e := ctx.ents.of(c)) is not None and e.type == "PERSON"), None) if token.pos_ == "NOUN" else None
        if name is not None and name.i < token.i:  # "appointed [Jane Doe] chief executive", parsed as one noun phrase
            first = next((t.i for t in token.doc[name.i + 1 : token.i + 1] if t.pos_ in ("ADJ", "NOUN")), token.i)
            start, end = token.doc[first].idx, token.idx + len(token.text)
            out.append(Argument("role", start, end, ctx.analysis.document.text[start:end]))
        for child in children_of(token):  # (not "named X, its finance chief, as chief executive": the post held before)
            if child.dep_ == "appos" and child.pos_ == "NOUN" and any(c.dep_ == "poss" for c in children_of(child)) \
                    and not any(t.text == "," for t in token.doc[token.i + 1 : child.left_edge.i]):
                first = min((c.left_edge.i for c in child.lefts if c.dep_ in ("compound", "amod")), default=child.i)
                start, end = token.doc[first].idx, child.idx + len(child.text)
                out.append(Argument("role", start, end, ctx.analysis.document.text[start:end]))
                out.extend(_role_extras("role", child, roles, etype, ctx))
    if role == "patient" and etype is not None and etype.name == "career.hire":
        out.extend(_joined_own_body(token, ctx))
    if role == "award" and roles.get("with") == "work":  # "won the league title with Trestrel Rovers": the team won it too
        for prep in children_of(token):
            if prep.dep_ == "prep" and prep.lower_ == "with":
                out.extend(a for pobj in children_of(prep) if pobj.dep_ == "pobj" and organisation(ctx.ents.of(named(pobj)))
                           for a in make_args("agent", pobj, ctx))
    if role == "award" and (roles.get("for") == "work" or (etype is not None and etype.name == "career.nominate")):
        # "won best actor for "Tharmattan"", "nominated for an Oscar for "X"": the work the prize was for
        for prep in children_of(token):
            if prep.dep_ == "prep" and prep.lower_ == "for":
                out.extend(a for pobj in children_of(prep) if pobj.dep_ == "pobj" and is_work(ctx.ents.of(named(pobj)))
                           for a in make_args("work", pobj, ctx))
        if token.dep_ == "dobj" and roles.get("for") == "work":
            out.extend(a for pobj in _work_after_setting(token.head, ctx) for a in make_args("work", pobj, ctx))
    if role == "agent" and roles.get("for") == "work" and etype is not None and etype.name == "career.win":
        # "the prize went to the veteran X for "W"", the parser hanging "for W" on the winner's name: the work won with
        for t in (token, *[c for c in children_of(token) if c.dep_ == "appos"]):
            for prep in children_of(t):
                if prep.dep_ == "prep" and prep.lower_ == "for":
                    out.extend(a for pobj in children_of(prep) if pobj.dep_ == "pobj" and is_work(ctx.ents.of(named(pobj)))
                               for a in make_args("work", pobj, ctx))
    if role == "work" and etype is not None and etype.work_owner:  # "her fourth cookbook will be published"
        owner = _work_owner(token)
        entity = ctx.ents.of(owner) if owner is not None else None
        if entity is not None and entity.type in ("PERSON", "ORG"):  # (not a pronoun taken for the work itself)
            out.extend(make_args(etype.work_owner, owner, ctx, conjuncts=False))
    if role == "work" and etype is not None and etype.work_maker:  # "the premiere of X, a cantata by Y": Y's
        out.extend(a for maker in _work_makers(token, ctx) for a in make_args(etype.work_maker, maker, ctx, conjuncts=False))
    return out


SETTING_PREPS = frozenset({"at", "in", "on"})  # where and when a prize was taken


def _work_after_setting(verb: Token, ctx: Context) -> list[Token]:
    """"received the award at a ceremony at X in London on Tuesday night for W": a named work after "for" that the parser
    hung on the setting of the win (its place or its day) rather than on the verb: the work the prize was won for."""
    out, frontier = [], [p for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in SETTING_PREPS and p.i > verb.i]
    for _ in range(3):
        nouns = [o for p in frontier for o in children_of(p) if o.dep_ == "pobj"]
        frontier = []
        for noun in nouns:
            for prep in (c for c in children_of(noun) if c.dep_ == "prep"):
                if prep.lower_ == "for":
                    out.extend(o for o in children_of(prep) if o.dep_ == "pobj" and is_work(ctx.ents.of(named(o))))
                elif prep.lower_ in SETTING_PREPS:
                    frontier.append(prep)
    return out


MAKER_PREPS = frozenset({"by", "from"})  # "a play by X", "the new film from X"


def _work_makers(token: Token, ctx: Context) -> list[Token]:
    """Who a work is by: a person or a band after "by" on the work or on the noun in apposition to it ("X, a cantata by
    the composer Y", "a play by the playwright Y"), or after "from" on that noun ("X, the new film from Y"); not
    "released by a label" (the verb's) nor "by 2019"."""
    out = []
    for noun in (token, *(c for c in children_of(token) if c.dep_ == "appos" and c.pos_ == "NOUN")):
        for prep in children_of(noun):
            if prep.dep_ != "prep" or prep.lower_ not in MAKER_PREPS or (prep.lower_ == "from" and noun is token):
                continue
            for pobj in children_of(prep):
                if pobj.dep_ != "pobj":
                    continue
                name = next((c for c in children_of(pobj) if c.dep_ == "appos"), pobj) if pobj.pos_ == "NOUN" else pobj
                entity = ctx.ents.of(name)  # ("by the playwright Y": the name in apposition to the noun)
                if entity is not None and entity.type in ("PERSON", "ORG"):
                    out.append(name)
    return out


def _work_holding(token: Token, ctx: Context) -> Token | None:
    """The named work whose description holds a place noun ("about the west coast of Ireland"), up through phrases only."""
    if token.ent_type_ not in ("LOC", "GPE"):
        return None
    while token.dep_ in ("pobj", "prep", "appos") and token.head.i != token.i:
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and is_work(ctx.ents.of(named(token))):
            return token
    return None


def _work_owner(token: Token) -> Token | None:
    """Whose a work is: its possessor ("her fourth cookbook"), through a relative clause ("X, whose
    ninth book was published": X; "her tenth novel, Y, which will be published": her)."""
    owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
    if owner is None:  # "her third, "Low Tide Ballads", came out" (the ordinal parsed as the title's modifier, or apposed)
        nouns = [c for c in children_of(token) if c.dep_ in ("nmod", "amod") or (c.dep_ == "appos" and token.dep_ in ("nsubj", "nsubjpass"))] \
            + ([token.head] if token.dep_ == "appos" else [])  # ("Iron Bridge, Ada Kuill's third novel, won": the owner of the noun
        # in apposition to the subject; not a list read as appositions, "publishes the Journal, Barron's magazine, ...")
        owner = next((c for n in nouns for c in children_of(n) if c.dep_ == "poss" and c.tag_ != "WP$"), None)
    clause = token.head if token.dep_ in ("nsubj", "nsubjpass") else None
    if owner is not None and owner.tag_ == "WP$" and clause is not None and clause.dep_ == "relcl":
        return clause.head  # "the novelist, whose ninth book ... was published"
    if owner is None and clause is not None and clause.dep_ == "relcl" and any(
            c.dep_ == "dobj" and c.i < token.i and any(p.tag_ == "WP$" for p in children_of(c)) for c in children_of(clause)):
        return clause.head  # "X, whose memoir Grey Water won the Y Prize": "whose memoir" read as the verb's object before it
    if owner is None and ((token.tag_ == "WDT" and clause is not None and clause.dep_ == "relcl")
                          or any(c.dep_ == "relcl" for c in children_of(token))):
        noun = token if token.tag_ != "WDT" else clause.head  # type: ignore[union-attr]
        noun = noun if noun.dep_ != "appos" else noun.head  # "her tenth novel, "Y", which ..."
        i = noun.left_edge.i - 1
        while i >= 0 and noun.doc[i].is_punct:  # (or the title parsed apart from the noun it names)
            i -= 1
        if noun.dep_ != "appos" and noun.pos_ == "PROPN" and i >= 0 and noun.doc[i].pos_ == "NOUN":
            noun = noun.doc[i]
        return next((c for c in children_of(noun) if c.dep_ == "poss" and c.tag_ != "WP$"), None)
    return owner


def _new_post_named_beside(noun: Token, ctx: Context) -> bool:
    """"has named a new chief executive: X", "appointed a new chairman, X": the object a post told as new (or with "a"),
    the person named beside it in apposition -- the post the person is named to."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and lexicon().is_person_noun(noun.lemma_.lower()) and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") or (c.dep_ == "amod" and c.lower_ == "new")
                                       for c in children_of(noun)) \
        and any(c.dep_ == "appos" and c.pos_ == "PROPN" and (e := ctx.ents.of(c)) is not None and e.type == "PERSON"
                for c in children_of(noun))


LEAVING_TYPES = frozenset({"career.resign", "career.fire"})
HELD_POST_ROLES = frozenset({"organization", "left", "post", "parted"})
HELD_POST_NOUNS = frozenset({"role", "post", "position", "job", "seat", "duty", "office"})


def _held_post(noun: Token, ctx: Context) -> list[Argument]:
    """A post left or taken away, told by a noun for it ("quit her role as chief executive of X", "stepped down from his
    position as chair", "was relieved of her duties as head coach", "resigned her seat on the board of X", "quit her job
    at X"): the post after "as" (and its body), the body after "at" or on whose board the seat is."""
    out: list[Argument] = []
    for prep in children_of(noun):
        if prep.dep_ != "prep" or prep.lower_ not in ("as", "at", "on", "with"):
            continue
        for pobj in children_of(prep):
            if pobj.dep_ != "pobj":
                continue
            if prep.lower_ == "as" and pobj.pos_ == "NOUN" and ctx.ents.of(pobj) is None:
                out.extend(make_args("role", pobj, ctx, conjuncts=False))
                out.extend(_role_extras("role", pobj, {}, None, ctx))
            elif prep.lower_ == "on" and pobj.lemma_.lower() == "board":
                owner = _owner(pobj, ctx)
                if owner is not None:
                    out.extend(make_args("organization", owner, ctx, conjuncts=False))
            elif prep.lower_ in ("at", "with") and organisation(ctx.ents.of(pobj)):
                out.extend(make_args("organization", pobj, ctx, conjuncts=False))
    return out


OTHER_SIDE_NOUNS = frozenset({"rival", "rivals", "arch-rival", "arch-rivals", "neighbour", "neighbours", "neighbor", "neighbors",
                              "competitor", "competitors", "opponent", "opponents", "counterpart", "counterparts"})


ACTING_BOARD_NOUNS = frozenset({"board", "directors"})  # a company's board acts for it ("the board of X rejected a takeover bid from Y")
BOARD_PARTY_ROLES = frozenset({"agent", "patient", "target"})


def _board_acting(token: Token, role: str, etype: EventType | None) -> bool:
    """A company's board as a party to a deal or a suit, which the company itself is (not its shareholders: "the
    shareholders of X sued it" are a party of their own)."""
    return role in BOARD_PARTY_ROLES and token.lemma_.lower() in ACTING_BOARD_NOUNS and etype is not None \
        and (etype.name.startswith("business.") or etype.name == "legal.sue")


def _owner(token: Token, ctx: Context) -> Token | None:
    """The named possessor of a noun: "X's board", "the board of X" (never the one a rival is of: "joined X's
    rivals", "moved to its neighbours Y" is no move to X)."""
    if token.lower_ in OTHER_SIDE_NOUNS:
        return None
    for child in children_of(token):
        if child.dep_ == "poss" and organisation(ctx.ents.of(child)):
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            owner = next((g for g in children_of(child) if g.dep_ == "pobj" and organisation(ctx.ents.of(g))), None)
            if owner is not None:
                return owner
    return None


def organisation(entity: Entity | None) -> bool:
    return entity is not None and entity.type not in ("PERSON", "GPE", "LOC", "FAC")


COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "north-east", "north-west", "south-east", "south-west",
                           "northeast", "northwest", "southeast", "southwest", "upper", "lower"})


def seat_named(entity: Entity | None) -> bool:
    """A place an election is won in: a place, or a bare one-word name the recognizer took for a body or a
    person ("elected for Ollerby", "won her Brackley seat", "re-elected in Cholvik North") -- not a party ("for
    Labour", "for the Green Alliance"), an acronym or a name whose word says a kind of body."""
    if entity is None:
        return False
    if entity.type in ("GPE", "LOC"):
        return True
    words = entity.name.split()
    if len(words) == 2 and words[1].lower() in COMPASS_WORDS:
        words = words[:1]
    if entity.type not in ("ORG", "PERSON") or len(words) != 1 or words[0].isupper() or not words[0][:1].isupper():
        return False
    word = words[0].lower()
    return not party_name(word) and not party_name(word + "s") and lexicon().org_kind_of_word.get(word) is None  # ("the Liberal seat")


def _at_venue(token: Token, ctx: Context) -> bool:
    """A named building, ground or event after "at" / "in" ("married at St Mark's Church")."""
    return token.dep_ == "pobj" and token.head.lower_ in VENUE_PREPS and is_venue(token, ctx)


DATELINE = re.compile(r"(?m)^[ \t]*[A-ZÀ-ÖØ-ÞĀ-ž][A-ZÀ-ÖØ-ÞĀ-ž.'’\- ]+(?:,[ \t]*[A-Z][\w.'’\- ]*){0,2}[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[—–-]{1,2}[ \t](?=[A-Z\"“‘'])")


@lru_cache(maxsize=16)
def datelines(text: str) -> tuple[tuple[int, int], ...]:
    """"PORTRUSH, Northern Ireland — ...", "EDINBURGH (Reuters) - ...", "GDAŃSK — ...": where a report was filed, at a
    paragraph's start; never a participant of what the sentence tells."""
    return tuple((m.start(), m.end()) for m in DATELINE.finditer(text))


def _excluded(arg: Argument, ctx: Context, sch: Schema, venues: set[str]) -> bool:
    if arg.entity is None and arg.role in sch.entity_only_roles:
        return True
    if arg.role != "place" and any(s <= arg.start and arg.end <= e for s, e in datelines(ctx.analysis.document.text)):
        return True
    banned = sch.role_excludes.get(arg.role)
    if not banned or arg.entity is None or (arg.role == "place" and arg.entity in venues):
        return False
    entity = ctx.analysis.entity(arg.entity)
    return entity is not None and entity.type in banned


def dedupe(args: list[Argument]) -> list[Argument]:
    out, seen = [], set()
    for arg in args:
        key = (arg.role, arg.entity or (arg.start, arg.end))
        if key not in seen:
            seen.add(key)
            out.append(arg)
    return out
