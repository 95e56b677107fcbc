"""Which schema type a trigger is: candidate types by lemma, particle or idiom; the type whose
conditions hold with the most arguments; its promotions ("joined the board" is an appointment)
and the final roles of two-person events ("X and Y married": X marries, Y is the partner)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from ..model import Analysis, Argument, Entity
from ..nlp import char_span, children_of, strings
from .entity_lexicon import lexicon, title_head
from .events_args import Context, Group, couple_partner, make_args
from .events_hits import Hit
from .events_names import named
from .events_polarity import modality
from .events_roles import args_for, dedupe, idiom_match
from .events_rules import listed_among_people, rejected, satisfied
from .events_schema import EventType, Schema, schema
from .events_tokens import is_passive, trigger_key
from .first_names import is_first_name

POSSESSIVES = {"her", "his", "their", "my", "our", "its"}


def _pos_class(token: Token) -> str | None:
    doc, i = token.doc, token.i
    pos, deps = strings(doc, "pos")[i], strings(doc, "dep")  # (the cached columns: asked for every trigger)
    if pos == "AUX" and strings(doc, "lemma")[i] == "be" and deps[i] not in ("aux", "auxpass"):
        return "verb"  # "have been together since 2016": the schema's idioms of "be"
    if pos == "VERB" or (pos == "ADJ" and strings(doc, "tag")[i] == "VBN"):
        return "verb"
    if pos == "NOUN" and (deps[i] != "compound" or (token.lower_ in TITLE_DOERS and token.head.pos_ == "PROPN")):
        return "noun"
    if pos == "ADJ":
        return "verb"  # "engaged", "married" tagged as adjectives
    return None


# "Kelso Labs founder Ana Ruiz", "Rovers' latest recruit Tom Gale", "the club's new signing Uzo Okeke": a title before a
# name, a noun of its own
TITLE_DOERS = frozenset({"founder", "co-founder", "cofounder", "signing", "recruit", "hire"})


COUNTING_PREFIXES = frozenset({"twice", "thrice", "much", "often", "oft"})


def _compound_modifier(token: Token) -> bool:
    """"the Oscar-nominated actress", "the Grammy-winning band", "the twice-married tycoon": a participle
    joined by a hyphen to a noun or a count, modifying a noun, describes someone (no time, no one acting):
    no event of its own.  (Births so told, "the Leeds-born composer", are read by `hyphen_births`.)"""
    if token.dep_ != "amod" or token.i < 2 or token.doc[token.i - 1].tag_ != "HYPH":
        return False
    prefix = token.doc[token.i - 2]
    return prefix.head.i == token.i and (prefix.pos_ in ("NOUN", "PROPN", "NUM") or prefix.lower_ in COUNTING_PREFIXES)


def _candidate_types(token: Token, sch: Schema) -> list[EventType]:
    klass = _pos_class(token)
    if klass is None or (klass == "verb" and _compound_modifier(token)):
        return []
    index = sch.by_verb if klass == "verb" else sch.by_noun
    key, lemma = trigger_key(token)
    if klass == "verb" and (match := idiom_match(token, sch)) is not None:  # "was found guilty": the idiom first
        if " not " not in match[0] and any(c.dep_ == "neg" for c in children_of(match[1])):
            return []  # "pleaded not guilty" is no conviction, nor a denied one
        return sch.by_idiom[match[0]]
    # a particle verb the schema does not list is another verb ("dropped out", "opened up"), not its bare lemma
    found = index.get(key, []) if key != lemma else index.get(lemma, [])
    if not found and len(lemma) <= 2 and token.lower_ != lemma:  # a lemmatizer slip: "wed" -> "we" (not "found" -> "find")
        found = index.get(token.lower_, [])
    if not found and token.pos_ == "ADJ" and token.tag_ == "JJ" and lemma.endswith("ed"):
        # a participle tagged as an adjective keeps its -ed ("became engaged to X"): the verb's own types
        found = next((index[v] for v in (lemma[:-1], lemma[:-2], lemma[:-3] + "y") if v in index), [])
    return found


def is_event_noun(token: Token, sch: Schema) -> bool:
    lemma = token.lemma_.lower()
    if lemma in sch.event_nouns or lemma in sch.by_noun:
        return True
    return len(lemma) > 6 and lemma.endswith(sch.noun_suffixes) and not token.ent_type_


def _has_kin(hits: list[Hit], sch: Schema) -> bool:
    """A kin noun among the arguments, or before a name ("welcomed baby Felix", "their son Arlo arrived")."""
    return any(h.arg.lemma_.lower() in sch.kin_nouns or _little_one(h.arg)
               or (h.arg.pos_ == "PROPN" and any(c.dep_ in ("compound", "nmod") and c.lemma_.lower() in sch.kin_nouns for c in children_of(h.arg)))
               for h in hits)  # ("welcomed a daughter, Juniper, in 2016": the parser's "daughter" a modifier of the name)


def _little_one(noun: Token) -> bool:
    """"the little one arrived last Thursday", "Our little Marigold arrived on Sunday": a baby (a name told as "our little",
    "our baby" is the parents' newborn)."""
    if noun.lower_ == "one":
        return any(c.dep_ == "amod" and c.lower_ in ("little", "tiny") for c in children_of(noun))
    return noun.pos_ == "PROPN" and any(c.dep_ == "poss" and c.lower_ in ("our", "their") for c in children_of(noun)) \
        and any(c.dep_ in ("amod", "compound") and c.lower_ in ("little", "tiny", "baby", "beautiful") for c in children_of(noun))


NEW_WORDS = frozenset({"newly", "recently", "just", "freshly"})


def _told_new(trigger: Token) -> bool:
    """"the newly crowned champion", "newly sworn-in mayor": a participle told as new of the noun it describes, a passive."""
    return trigger.tag_ == "VBN" and trigger.dep_ == "amod" and any(
        c.dep_ == "advmod" and c.lower_ in NEW_WORDS for c in children_of(trigger))


def _removed_as(trigger: Token) -> bool:
    """"The board removed X as managing director": an object taken out "as" a post, the active told as the passive."""
    return any(c.dep_ == "dobj" for c in children_of(trigger)) and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" and g.pos_ == "NOUN" for g in children_of(c))
        for c in children_of(trigger))


def _modified(trigger: Token, words: frozenset[str]) -> bool:
    """The trigger carries one of `words` as an adverb ("was first shown"), as a noun's adjective ("the first performance of
    X") or in "for the first time"."""
    for c in children_of(trigger):
        if (c.dep_ == "advmod" or (c.dep_ == "amod" and trigger.pos_ == "NOUN")) and c.lower_ in words:
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(
                o.dep_ == "pobj" and o.lower_ == "time" and any(m.lower_ in words for m in children_of(o)) for o in children_of(c)):
            return True  # "was performed for the first time in 1951"
    return False


NO_RULES: tuple[tuple[dict[str, Any], ...], tuple[dict[str, Any], ...]] = ((), ())


def headline_index(analysis: Analysis) -> int | None:
    """The first sentence when it is a headline: a line of its own with no final stop."""
    if not analysis.sentences:
        return None
    first = analysis.sentences[0]
    text = analysis.document.text
    body = text[first.start : first.end].rstrip()
    ends_line = "\n" in text[first.start + len(body) : first.end + 2] or first.end >= len(text.rstrip())
    return 0 if ends_line and not body.endswith((".", "!", "?", '"', "”")) else None


HEADLINE_PASSIVES = frozenset({"career.appoint", "politics.elect", "career.fire",  # ("Rovers manager X sacked")
                               "legal.arrest", "legal.charge", "legal.convict", "legal.sentence", "legal.acquit"})  # ("X arrested over Y")


def _headline_patients(trigger: Token, etype: EventType, args: list[Argument], ctx: Context) -> None:
    """"Orlen Daskby charged with arson": a headline drops the auxiliary, so the one person the parser takes for the subject
    of a past form with no object is the one charged -- read so before the type's requirements (a charge needs someone
    charged); `events._headline_passives` reads the headlines typed without it."""
    if etype.name not in HEADLINE_PASSIVES or trigger.tag_ not in ("VBD", "VBN") or not trigger.lower_.endswith("ed") \
            or any(a.role == "patient" for a in args) or any(c.dep_ in ("dobj", "dative") for c in children_of(trigger)):
        return
    if ctx.sent_of[trigger.i] != 0 or headline_index(ctx.analysis) != 0:
        return
    agents = [a for a in args if a.role == "agent"]
    if len(agents) == 1 and (e := ctx.analysis.entity(agents[0].entity)) is not None and e.type == "PERSON":
        agents[0].role = "patient"


MOVING_LEMMAS = frozenset({"move", "switch", "transfer", "return"})
# the last word of a body a person may move to, named elsewhere in the article in full ("Esklund University")
INSTITUTION_WORDS = frozenset({"university", "college", "institute", "hospital", "school", "academy", "polytechnic"})


WORK_WORDS = frozenset({"team", "lab", "laboratory", "group", "research", "job", "post", "position", "role", "professor",
                        "professorship", "chair", "department", "faculty", "students", "staff", "tenure", "fellowship"})
WORK_INFINITIVES = frozenset({"lead", "run", "head", "become", "take", "join", "teach", "direct", "set"})


def _work_told(trigger: Token) -> bool:
    """The move is told as a career step: its post ("as provost"), its work ("bringing her team", "to lead a lab")."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in children_of(trigger)) or any(
        t.lemma_.lower() in WORK_WORDS for t in trigger.sent) or any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in WORK_INFINITIVES for c in children_of(trigger))


def _short_body_moved_to(trigger: Token, etype: EventType, args: list[Argument], ctx: Context) -> None:
    """"Esklund University named X its president ... She moved to Esklund in 2014": a place a person moved to whose name
    opens the name of an institution the article names is that institution's short name (the one body so named)."""
    if etype.name != "career.hire" or trigger.lemma_.lower() not in MOVING_LEMMAS or not _work_told(trigger):
        return
    for arg in args:
        place = ctx.analysis.entity(arg.entity) if arg.role == "organization" else None
        if place is None or place.type not in ("GPE", "LOC"):
            continue
        bodies = [e for e in ctx.analysis.entities if e.type == "ORG" and e.name.startswith(place.name + " ")
                  and e.name.split()[-1].lower() in INSTITUTION_WORDS]
        if len(bodies) == 1:
            arg.entity = bodies[0].id


def type_event(trigger: Token, hits: list[Hit], ctx: Context, sch: Schema) -> tuple[EventType, list[Argument]] | None:
    best: tuple[EventType, list[Argument]] | None = None
    lemma = trigger.lemma_.lower()
    for etype in _candidate_types(trigger, sch):
        if lemma in etype.passive_only and not is_passive(trigger) and not _told_new(trigger) and not _removed_as(trigger):
            continue
        if lemma in etype.progressive_only and not (trigger.tag_ == "VBG" and (any(
                c.dep_ == "aux" and c.lemma_ == "be" for c in children_of(trigger))
                or (trigger.dep_ == "xcomp" and trigger.head.lemma_ in ("start", "begin")))):
            continue  # "has been seeing X", "started seeing each other" date; "saw X" and "seeing X off" do not
        if lemma in etype.kin_required and not _has_kin(hits, sch):
            continue
        if trigger.pos_ == "NOUN" and lemma in etype.pattern_lemmas and lemma not in etype.nouns \
                and not any(h.type_name == etype.name for h in hits):
            continue  # a lemma listed only for a pattern of the type ("tied the knot") that did not match: "ties to Baghdad"
        if lemma in etype.modifier_required and not _modified(trigger, etype.modifier_required[lemma]):
            continue  # "was first shown at the festival": a premiere; "was shown on television" tells none
        if (etype.reject_kin or lemma in etype.reject_kin_lemmas) and _has_kin(hits, sch):
            continue  # ("their son, X, arrived at the hospital": a birth, no one joining it)
        args = args_for(trigger, hits, etype, ctx, sch)
        if etype.symmetric and (_together(trigger) or (lemma in etype.coordinated_pair and _people_subjects(args, ctx) > 1)):
            for extra in sorted((a for a in args if a.role == "agent" and a.entity), key=lambda a: a.start)[1:]:
                extra.role = "partner"  # "X and Y recorded the album together": the pair, each the other's partner
        if not participant(args) and not any(a.role != "place" and not a.entity for a in args) and not anaphoric(trigger):
            continue  # an event with no participant tells no one's story
        _headline_patients(trigger, etype, args, ctx)
        _short_body_moved_to(trigger, etype, args, ctx)
        requires, rejects = etype.rules_of.get(lemma, NO_RULES)
        if not all(satisfied(rule, args, ctx, sch, trigger) for rule in requires if _applies(rule, lemma, trigger)):
            continue
        refused = [rule for rule in rejects if _applies(rule, lemma, trigger) and rejected(rule, args, ctx, trigger)]
        if refused:
            if any(rule.get("keeps_pair") for rule in refused):
                remember_couple(trigger, etype, args, ctx)  # "a son from his relationship with Y. The former couple split"
            continue
        if etype.symmetric and etype.name.startswith("life.") and not _people_as_partners(args, ctx, sch):
            continue  # "met the test", "linked to a strand of hair": a thing is no one's partner
        if etype.name == "politics.elect" and trigger.pos_ == "NOUN":
            _polity_as_place(trigger, args, ctx)
        if etype.name in PEOPLE_PATIENT_TYPES and not _people_as_patients(args, ctx, sch):
            continue  # "made the promise to the president", "plans to install 3,000 centrifuges": no one named to a post
        if best is None or (participant(args), len(args)) > (participant(best[1]), len(best[1])):
            best = (etype, args)
    return best


def _people_as_partners(args: list[Argument], ctx: Context, sch: Schema) -> bool:
    """Drop from `args` each participant that is a thing: no entity, and its head neither a name, a pronoun nor a noun of
    people ("met the test", "linked to a strand of hair", "a group linked with X", "Rumours that X is dating Y"; not "her
    husband", "a banker", "the couple").  False when things were dropped and fewer than two people are left."""
    things = [a for a in args if a.role in ("agent", "partner") and a.entity is None and _thing_phrase(a, ctx, sch)]
    for arg in things:
        args.remove(arg)
    return not things or sum(a.role in ("agent", "partner") for a in args) >= 2


PEOPLE_PATIENT_TYPES = frozenset({"career.appoint", "career.hire", "career.fire"})
NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "PRODUCT", "WORK", "EVENT"})


def _people_as_patients(args: list[Argument], ctx: Context, sch: Schema) -> bool:
    """Drop from `args` each patient that is a thing or a body, not a person ("the promise", "3,000 centrifuges", "the
    General Post Office", an "it" no one stands for: "It joined the FTSE 250 in 2010"); False when patients were told and
    none is left."""
    told = [a for a in args if a.role == "patient"]
    things = [a for a in told if (a.entity is None and (_thing_phrase(a, ctx, sch) or a.text.lower() in ("it", "itself")))
              or (a.entity is not None and (e := ctx.analysis.entity(a.entity)) is not None and _no_person(e)
                  and not listed_among_people(a, args, ctx, None))]  # ("hired A, B and C" with B read as a firm: a person too)
    for arg in things:
        args.remove(arg)
    return not things or len(things) < len(told)


def _polity_as_place(trigger: Token, args: list[Argument], ctx: Context) -> None:
    """"Iraq's parliamentary elections", "in Zanzibar's elections": a country or region owning the noun holds the
    election, it is not the one elected -- its place (a person or party owning it is: "Mkapa's election")."""
    owners = {c.idx for c in children_of(trigger) if c.dep_ == "poss"}
    for arg in args:
        if arg.role == "patient" and arg.start in owners and arg.entity is not None \
                and (e := ctx.analysis.entity(arg.entity)) is not None and e.type in ("GPE", "LOC"):
            arg.role = "place"


def _no_person(entity: Entity) -> bool:
    """A place, a work or an event, or a body whose name says so ("Reserve Bank of X", "General Post Office"); not a bare
    surname the recognizer took for a firm's ("the Ilkowski sacking")."""
    if entity.type == "ORG":
        lex = lexicon()
        return any(w in lex.org_suffixes or lex.type_of_noun.get(w) == "ORG" for w in entity.name.lower().split())
    return entity.type in NOT_PEOPLE


def _thing_phrase(arg: Argument, ctx: Context, sch: Schema) -> bool:
    span = char_span(ctx.doc, arg.start, arg.end)
    if span is None:
        return False
    head = span.root
    lemma = head.lemma_.lower()
    lex = lexicon()
    return head.pos_ == "NOUN" and not (lex.is_person_noun(lemma) or lemma in lex.titles or lemma in lex.group_nouns or lemma in lex.relation_of
                                        or lemma in lex.crowd_nouns or lemma in lex.bystander_nouns or lemma in sch.kin_nouns
                                        or lemma in sch.people or lemma in sch.relatives or lemma in MORE_PEOPLE)


# people the lexicon's person nouns leave out (they are read there for typing names; here only to tell a person from a thing)
MORE_PEOPLE = frozenset({"lover", "sweetheart", "newlywed", "lovebird", "ex", "classmate", "adult", "individual", "guy", "gentleman",
                         "rebel", "recruit", "signing", "newcomer", "finalist", "hire", "talent", "local", "citizen", "client", "guest",
                         "visitor", "pilgrim", "refugee", "migrant", "fighter", "militant", "detainee", "aide", "staffer", "colleague",
                         "member", "associate", "ally", "loyalist", "incumbent", "challenger", "prospect", "hopeful", "graduate",
                         "trialist", "loanee", "understudy", "replacement", "successor", "deputy", "staff", "team", "squad", "crew",
                         "personnel", "workforce", "prodigy", "starlet", "principal", "freelancer", "volunteer", "worker",
                         # posts ("appointed its first female chair")
                         "chair", "chairperson", "convenor", "convener", "head", "boss", "dean", "coo", "cto", "provost", "rector",
                         "warden", "vice-chancellor", "registrar", "non-executive", "skipper", "lead", "vocalist", "sommelier"})


def _people_subjects(args: list[Argument], ctx: Context) -> int:
    """How many people fill the agent role ("X and the cellist Y recorded an album": two)."""
    return sum(1 for a in args if a.role == "agent" and (e := ctx.analysis.entity(a.entity)) is not None and e.type == "PERSON")


def _together(trigger: Token) -> bool:
    """"X and Y recorded it together" (the parser may hang "together" on a phrase of the verb: "together in 2019"), "X and Y
    co-directed it"."""
    return trigger.lower_.startswith("co-") or any(c.dep_ == "advmod" and c.lower_ == "together" for c in children_of(trigger)) or any(
        g.dep_ == "advmod" and g.lower_ == "together" for c in children_of(trigger) if c.dep_ == "prep" for g in children_of(c))


def _applies(rule: dict[str, Any], lemma: str, trigger: Token) -> bool:
    """A `requires` / `rejects` rule holds for these lemmas, and with `pos` for a trigger of that part of
    speech only ("his release" the noun, not "released an album"), and with `voice` in that voice only
    ("X replaces Y" needs the post; "X was replaced by Y" tells a successor), with `deps` only for a trigger so attached,
    with `with_deps` only for a trigger with a dependent so attached,
    and with `unless_deps` not for a
    trigger so attached, or with a dependent so attached ("X, the winner in 2020," and "the 2014 winner, X," need no
    prize named), and with `keys` only for these particle verbs ("stepped away from X", not "stepped down")."""
    if lemma not in rule["lemmas"]:
        return False  # (first: most rules are for other lemmas, and the tests below read the parse)
    unless = rule.get("unless_deps", ())
    if "deps" in rule and trigger.dep_ not in rule["deps"]:
        return False  # a rule for a trigger so attached only ("the newly appointed head": a participle describing a noun)
    if "with_deps" in rule and not any(c.dep_ in rule["with_deps"] for c in children_of(trigger)):
        return False  # a rule for a trigger with such a dependent only ("was asked by X to lead the review")
    return ("pos" not in rule or trigger.pos_ == rule["pos"]) and (
        "voice" not in rule or (rule["voice"] == "passive") == is_passive(trigger)) and trigger.dep_ not in unless \
        and not (unless and any(c.dep_ in unless for c in children_of(trigger))) \
        and not ("prt" in unless and trigger_key(trigger)[0] != trigger.lemma_.lower()) \
        and ("keys" not in rule or trigger_key(trigger)[0] in rule["keys"])  # "brought X in from Y": a particle parsed as a preposition


def anaphoric(trigger: Token) -> bool:
    """"The lawsuit, filed on Tuesday in Boston, ...": a definite event noun, the event told before."""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children_of(trigger))


def participant(args: list[Argument]) -> bool:
    """A known entity takes part (a place alone is only where it happened), or someone's relative
    ("her mother died in 2013"), or unnamed people ("a second man was arrested")."""
    return any(a.entity and a.role != "place" for a in args) or any(_relative(a) for a in args)


def _relative(arg: Argument) -> bool:
    """"her mother", "a second man", "two teenagers": someone, named or not."""
    words = arg.text.lower().split()
    if arg.role in ("place", "role", "award", "work") or not words:
        return False
    sch = schema()
    return (len(words) == 2 and (words[0] in POSSESSIVES or words[0].endswith("'s")) and words[1] in sch.relatives) or (
        words[-1] in sch.people
    )


def remember_couple(trigger: Token, etype: EventType, args: list[Argument], ctx: Context) -> None:
    """The people of a two-person event ("X married Y") are what a later "the two" refers to."""
    if not etype.symmetric:
        return
    ordered = sorted(args, key=lambda a: a.role != "agent")  # the agent first: "the couple" keeps who is who
    people = [e for e in (ctx.analysis.entity(a.entity) for a in ordered) if e is not None and e.type == "PERSON"]
    unique = list({e.id: e for e in people}.values())
    known = next((g for g in ctx.groups if {m.id for m in g.members} == {e.id for e in unique}), None)
    if known is not None:
        unique = known.members  # the pair as first named: who is agent stays the same
    if len(unique) >= 2:  # (someone's parents stay so: "her parents, A and B, married there in 1988")
        ctx.groups.append(Group(trigger.i, ctx.sentence(trigger), unique, parents=known is not None and known.parents))


def _named_body(noun: Token, rule: dict[str, Any], ctx: Context) -> bool:
    """"joined the board" where the board is the organisation itself, named for what it is ("the Oxbury
    Water Board"): an organisation joined, not a seat on the board of one."""
    lemma = noun.lemma_.lower()
    if lemma not in rule.get("unless_named", ()):
        return False
    entity = ctx.ents.of(noun)
    return entity is not None and entity.type == "ORG" and entity.name.split()[-1].lower() == lemma


def _promotes(rule: dict[str, Any], trigger: Token, hits: list[Hit], args: list[Argument], ctx: Context) -> bool:
    """Whether a `promote` rule of the schema applies: its lemmas, its role filled (by an entity of
    its types), an object among its words ("joined the board")."""
    if "lemmas" in rule and trigger.lemma_.lower() not in rule["lemmas"]:
        return False
    if "without_role" in rule and any(a.role == rule["without_role"] for a in args):
        return False
    if any(c.lower_ in rule.get("unless_modifiers", ()) for c in children_of(trigger)):
        return False  # "shares opened higher"
    if "unless_prep_objects" in rule and any(c.dep_ == "prep" and any(
            o.dep_ == "pobj" and o.lower_ in rule["unless_prep_objects"] for o in children_of(c)) for c in children_of(trigger)):
        return False  # "will release X in cinemas in May": a film, whatever NER made of its title
    if "agent_words" in rule and not any(
        a.role == "agent" and (e := ctx.analysis.entity(a.entity)) is not None and e.name.split()[-1].lower() in rule["agent_words"]
        for a in args
    ):
        return False  # "the X Bridge opened in 1971": a structure by its name's last word
    if "unless_agent_words" in rule and any(
        a.role == "agent" and (e := ctx.analysis.entity(a.entity)) is not None and e.name.split()[-1].lower() in rule["unless_agent_words"]
        for a in args
    ):
        return False  # "Craltgrass Records released X": a label puts out a record, it lets no player go
    if rule.get("own_subject") and not any(c.dep_ == "nsubj" for c in children_of(trigger)):
        return False  # "a factory that X expects to open": the object is told elsewhere
    if rule.get("unless_planned") and modality(trigger, schema().cues) is not None:
        return False  # "plans to open a second studio", "the centre will open in January": a launch ahead, no founding
    if "unless_object_words" in rule and any(
        h.frame == "object" and _kind_words(h.arg) & set(rule["unless_object_words"]) for h in hits
    ):
        return False
    if "object_words" in rule and not any(
        h.frame == "object" and any((n.lemma_.lower() in rule["object_words"] or (rule.get("object_kinds") and _kind_and_modifiers(n) & set(rule["object_words"])))
                                    and not _named_body(n, rule, ctx) for n in _object_nouns(h.arg, trigger))
        for h in hits
    ):  # (with `object_kinds`, the words compounded or modifying before it too: "debuted the musical X")
        return False
    if "unless_object_modifiers" in rule and any(
        h.frame == "object" and any(c.lower_ in rule["unless_object_modifiers"] for c in children_of(h.arg)) for h in hits
    ):
        return False  # "opened its first shop": a shop of a business already there, no business founded
    if "object_types" in rule and not any(
        _undergoer(h) and (e := _named(h.arg, ctx)) is not None and e.type in rule["object_types"] for h in hits
    ):
        return False  # "released the goalkeeper X", "X was released by Y": a person let go, no record put out
    if "agent_types" in rule and not any(
        a.role == "agent" and (e := ctx.analysis.entity(a.entity)) is not None and e.type in rule["agent_types"] for a in args
    ):
        return False
    if "undergoer_words" in rule and not any(_undergoer(h) and h.arg.lemma_.lower() in rule["undergoer_words"] for h in hits):
        return False  # "the veteran defender X was released": a player's noun heads the one it is done to
    if "if_role" not in rule:
        return True
    if rule.get("entity_types") == ["PERSON"] and any(_undergoer(h) and h.arg.lower_ == "which" for h in hits):
        return False  # "X, which was bought by Y": "which" stands for a thing, never the person a hiring takes
    for arg in args:
        if arg.role == rule["if_role"]:
            entity = ctx.analysis.entity(arg.entity)
            if "entity_types" in rule and (entity is None or entity.type not in rule["entity_types"]) and not _described(arg, rule, ctx):
                continue
            if rule.get("first_named") and entity is not None and not is_first_name(entity.name.split()[0]) \
                    and arg.text.lower() not in PERSONAL_PRONOUNS:  # "He was sold to Y": a person, whatever his first name
                continue  # "bought Fennick Parts": a company the tagger took for a person, no one's first name
            if "phrases" in rule and not any(p in arg.text.lower() for p in rule["phrases"]) and not _followed_by(arg, rule, ctx) \
                    and not _apposed_to(arg, rule["phrases"], ctx) and not _owner_is(arg, rule.get("owner_roles", ()), ctx):
                continue
            if "role_heads" in rule and not _top_post(arg.text, rule):
                continue
            return True
    return False


PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})


def _owner_is(arg: Argument, roles: Iterable[str], ctx: Context) -> bool:
    """The work's possessor is someone the text calls by one of `roles` ("Her debut, X, came out in 2009" of a
    novelist: a book)."""
    if not roles:
        return False
    span = char_span(ctx.doc, arg.start, arg.end)
    if span is None:
        return False
    root = span.root
    nouns = [root, *([root.head] if root.dep_ == "appos" else []), *(c for c in children_of(root) if c.dep_ == "appos")]
    owner = next((c for n in nouns for c in children_of(n) if c.dep_ == "poss"), None)  # (or the noun it is apposed to)
    entity = ctx.ents.of(owner) if owner is not None else None
    return entity is not None and entity.type == "PERSON" and any(
        role.split()[-1] in roles for role in entity.attrs.get("roles", []))


def _undergoer(hit: Hit) -> bool:
    """The object of an active verb, or the subject of a passive one ("X was released by Y")."""
    return hit.frame == "object" or hit.arg.dep_ == "nsubjpass"


def _followed_by(arg: Argument, rule: dict[str, Any], ctx: Context) -> bool:
    """The words right after the argument are one of the rule's `phrases_after` ("won the race for mayor")."""
    after = ctx.analysis.document.text[arg.end : arg.end + 40].lower()
    return any(after.startswith(p) for p in rule.get("phrases_after", ()))


APPOSED_BEFORE = re.compile(r"\b([a-z][a-z -]*?)(?:,\s*|\s+)[\"“‘']?$")  # "the shortlisted book, " or "the collection \"" before the name
# ", the third record," or ", Ruth Okoye's third novel," after it
APPOSED_AFTER = re.compile(r"^[\"”’']?,\s*(?:the|a|an|her|his|their|its|[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}['’]s)\s+([a-z][a-z -]*?)[,.;]")


def _apposed_to(arg: Argument, phrases: list[str], ctx: Context) -> bool:
    """A name in apposition to a noun phrase with one of the phrases: "The shortlisted book, X, came out",
    "X, her third novel, appeared", "the short-story collection "X" appeared" (the noun right before the name; not a
    common noun: "left at the end of the season to become head of performance" names no prize of the season)."""
    if arg.text[:1].islower():
        return False
    text = ctx.analysis.document.text
    before = APPOSED_BEFORE.search(text[max(0, arg.start - 40) : arg.start])
    after = APPOSED_AFTER.match(text[arg.end : arg.end + 60])
    return any(p in f" {m.group(1)} " for m in (before, after) if m is not None for p in phrases)


def _named(noun: Token, ctx: Context) -> Entity | None:
    """The entity a noun phrase names: itself, or the name it stands before ("the goalkeeper X"); for
    "who" of a relative clause, the one the clause is told of ("the winger X, who was released by Y")."""
    found = ctx.ents.of(noun) or ctx.ents.of(named(noun))
    if found is None and noun.lower_ in ("who", "whom") and noun.head.dep_ == "relcl" and noun.head.head.i != noun.i:
        return _named(noun.head.head, ctx)
    return found


def _object_nouns(noun: Token, trigger: Token) -> tuple[Token, ...]:
    """The object and the nouns that say what it is: the noun a relative pronoun stands for ("the earbuds, which X
    released") and an apposition ("released X 2, its leak sensor")."""
    if noun.tag_ in ("WDT", "WP") and trigger.dep_ == "relcl":
        return (noun, trigger.head)
    return (noun, *(c for c in children_of(noun) if c.dep_ == "appos"))


def _kind_words(noun: Token) -> set[str]:
    """The noun and the nouns compounded before it: "the container line X" is a line; "rival X" a rival (the parser
    tags "rival" before a name an adjective)."""
    return {noun.lemma_.lower(), *(c.lemma_.lower() for c in children_of(noun) if c.dep_ == "compound"
                                   or (c.dep_ == "amod" and c.i < noun.i and c.lower_ == "rival"))}


def _kind_and_modifiers(noun: Token) -> set[str]:
    """The noun and the words compounded or modifying before it: "the musical X" (the parser tags "musical" an adjective)
    is a musical, "her new opera X" an opera."""
    return {noun.lemma_.lower(), *(c.lower_ for c in children_of(noun) if c.dep_ in ("compound", "amod") and c.i < noun.i)}


def _described(arg: Argument, rule: dict[str, Any], ctx: Context) -> bool:
    """A name the noun before it says the kind of ("a deal with the streaming service X"): one of the
    rule's `described_by` words, whatever type the recognizer gave the name."""
    if not arg.entity or "described_by" not in rule:
        return False
    before = ctx.analysis.document.text[max(arg.start - 30, 0) : arg.start].split()
    return bool(before) and before[-1].lower() in rule["described_by"]


def _top_post(text: str, rule: dict[str, Any]) -> bool:
    """A post title headed by one of the rule's `role_heads` ("chief executive", "head of research":
    the word before "of", else the last) or opening with one of `role_first` ("chief operating
    officer"), and with none of `unless_role_words` ("assistant manager")."""
    words = [w for w in text.lower().replace(",", " ").split() if w not in ("a", "an", "the", "its", "their", "his", "her")]
    if not words or any(w in rule.get("unless_role_words", ()) for w in words):
        return False
    return title_head(words) in rule["role_heads"] or words[0] in rule.get("role_first", ())


NEW_PARTNER_LEMMAS = frozenset({"remarry"})  # "X has since remarried": to someone new, not the one X was paired with before
CHECK_ONLY_ROLES = frozenset({"led_by", "backer", "to_lead"})  # "the partner who led the investment", "a round from X", "picked X to lead
# the company": read by requires / rejects


SELF_EXCLUDED = frozenset({"business.acquire", "business.invest", "legal.sue"})
GROUP_HEADS = frozenset({"group", "consortium", "coalition", "syndicate", "alliance", "collective", "club", "band", "body"})


def _group_leaders(args: list[Argument], ctx: Context) -> list[Argument]:
    """"a group of shareholders led by the X Pension Fund", "a consortium led by Y": no one named acts but the body named
    as leading the group -- it fills the group's role too."""
    out: list[Argument] = []
    for arg in args:
        if arg.entity is not None or arg.role not in ("agent", "target", "patient"):
            continue
        span = char_span(ctx.doc, arg.start, arg.end)
        if span is None or span.root.lemma_.lower() not in GROUP_HEADS:
            continue
        for led in children_of(span.root):
            if led.dep_ == "acl" and led.lemma_.lower() == "lead" and led.tag_ == "VBN":
                leaders = [g for by in children_of(led) if by.dep_ == "agent" for g in children_of(by) if g.dep_ == "pobj"]
                out += [a for g in leaders for a in make_args(arg.role, g, ctx) if a.entity]
    return out


def finish_roles(
    etype: EventType, trigger: Token, hits: list[Hit], args: list[Argument], ctx: Context, types: dict[str, EventType]
) -> tuple[str, list[Argument]]:
    name = etype.name
    args = [a for a in args if a.role not in CHECK_ONLY_ROLES]  # (they decided the type; no argument of the event)
    for rule in etype.promote:
        if _promotes(rule, trigger, hits, args, ctx):
            name = rule["type"]
            rename = rule.get("rename", {})
            args = [Argument(rename.get(a.role, a.role), a.start, a.end, a.text, a.entity) for a in args]
            if "object_role" in rule:  # "joined the board": the body joined; "released the goalkeeper X": X
                body = next(h.arg for h in hits if (h.frame == "object" and h.arg.lemma_.lower() in rule.get("object_words", ()))
                            or (_undergoer(h) and (e := _named(h.arg, ctx)) is not None and e.type in rule.get("object_types", ())))
                if body.lower_ in ("who", "whom") and body.head.dep_ == "relcl":
                    body = body.head.head  # "X, who was released by Y": X
                args += make_args(rule["object_role"], body, ctx, conjuncts=False)
            break
    args = [a for a in args if not (a.role == "agent" and not a.entity and a.text.lower().split()[-1:] in (["consent"], ["agreement"]))]
    # ("was released by mutual consent", "left by agreement": the manner of it, no doer)
    copies = etype.lemma_copies.get(trigger.lemma_.lower(), {})
    only = schema().entity_only_roles  # a copy into an entity-only role keeps that role's condition
    args += [Argument(role, a.start, a.end, a.text, a.entity) for a in args if a.role in copies
             for role in ([copies[a.role]] if isinstance(copies[a.role], str) else copies[a.role])
             if a.entity or role not in only or (role == "organization" and a.text.lower().split()[-1:] in ([b] for b in etype.bodies))]
    args += _group_leaders(args, ctx)  # "sued by a group of shareholders led by the X Pension Fund": X
    source = types[name].agent_from
    if source and not any(a.role == "agent" and a.entity for a in args):  # "hired X as its designer" with "it" unknown
        args += [Argument("agent", a.start, a.end, a.text, a.entity) for a in args if a.role == source and a.entity][:1]
    if types[name].symmetric or etype.symmetric:
        agents = sorted((a for a in args if a.role == "agent"), key=lambda a: a.start)
        for extra in agents[1:]:  # "X and Y married": X marries, Y is the partner
            extra.role = "partner"
        partners = sorted((a for a in args if a.role == "partner"), key=lambda a: a.start)
        if partners and not agents:
            partners[0].role = "agent"
        agent = next((a.entity for a in args if a.role == "agent"), None)
        args = [a for a in args if not (a.role == "partner" and a.entity and a.entity == agent)]
        if agent and not any(a.role == "partner" for a in args) and trigger.lemma_.lower() not in NEW_PARTNER_LEMMAS:
            args += couple_partner(trigger, agent, ctx)  # "X proposed in Lisbon": to the one X is paired with
    elif name in SELF_EXCLUDED:  # "a consortium led by X bought the club" with "the club" taken for X: no body buys itself
        doers = {a.entity for a in args if a.role == "agent" and a.entity}
        args = [a for a in args if not (a.role in ("patient", "target") and a.entity in doers)]
    return name, dedupe(args)
