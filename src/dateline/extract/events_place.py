"""Where a typed event happened when no frame says so: a place a few prepositions further down.

"at the premiere of her film X in Toronto", "photographed holding hands at a restaurant in
Montecito", "launched from French Guiana", "got engaged during a trip to Lake Como", "elected as the member
for X", "won at the Cannes festival": the first place entity found breadth-first under the trigger (and under the copula of a
predicate, or the noun a relative clause describes), through prepositions, appositions and the
participles the trigger governs, never into the trigger's subject nor into another clause -- but
for the clauses that tell the circumstances of the event itself: a participle clause with no
subject of its own ("pictured leaving a restaurant in X") and a "when" / "while" clause ("arrested
when officers stopped a van near X", "met while touring X").  A named venue after "at" or "in"
is a place too, when the NER typed it as an organisation or an event ("married at St Mark's
Church", "sworn in at the Presidential Palace", "premiered at the X Film Festival").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from spacy.tokens import Token

from ..model import Analysis, Argument, Event
from ..nlp import char_span, children_of, doc_text, with_lemmas
from .events_args import Context, is_place, make_args
from .events_premises import PREMISES
from .gazetteer import is_region
from .name_cues import MATCH_VERBS

AT = {"in", "at", "near", "outside", "inside", "on", "off"}  # a place is where it happened ("on the Amalfi Coast", "on a yacht off X")
UNDER_NOUN = {"to", "for", "of"}  # "a trip to X", "the member for X", "mayor of X": only below a noun
UNDER_TRIGGER = {"from"}  # "launched from X": only right under the trigger
SKIP_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "relcl", "ccomp", "advcl", "conj", "parataxis", "cc", "punct", "mark"}
THROUGH_DEPS = {"prep", "pobj", "appos", "dobj", "xcomp", "acl", "compound", "npadvmod", "attr", "oprd", "pcomp",
                "dative"}  # "popped the question to X in Venice": the "to" the parser took for a dative
MAX_DEPTH = 6
PREDICATE_DEPS = {"acomp", "attr", "oprd"}
LIGHT_VERBS = {"be", "get", "become"}
CIRCUMSTANCE_MARKS = {"when", "while", "whilst"}  # "arrested when police stopped a van near X"
TRAVEL_VERBS = {"tour", "visit"}  # "met while touring X": the place is the object
# buildings and grounds the NER often types as organisations: where something happens, not who
# does it (an employer's own building -- a university, a museum, a hospital -- is left out)
VENUE_NOUNS = {"palace", "church", "cathedral", "chapel", "abbey", "basilica", "mosque", "synagogue", "temple",
               "stadium", "arena", "castle", "square", "park", "gardens", "racecourse", "circuit",
               "court", "festival"}  # "jailed at Ipswich Crown Court": where the case was heard; "shown at the X Festival"
VENUE_PREPS = {"at", "in"}
DECIDERS = {"judge", "jury", "magistrate", "court", "sheriff", "tribunal", "recorder"}  # "a judge at X Crown Court jailed Y": there
# "Police in X arrested Y", "detectives in X charged Y": the force's place is where it acted
DECIDERS |= {"police", "officer", "detective", "trooper", "gendarme"}
PANEL_NOUNS = {"panel", "bench"}  # "a panel of three judges at X found him guilty"
OTHER_TIME_PREPS = {"after", "before", "since", "until", "till"}


def _held(noun: Token) -> bool:
    """An event noun that is the subject of "take place" or "be held" ("The wedding took place at X on Saturday")."""
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass") or verb.i == noun.i:
        return False
    if verb.lemma_ == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "place" for c in children_of(verb))
    return verb.lemma_ == "hold" and noun.dep_ == "nsubjpass"


CAMPUS_NOUNS = frozenset({"university", "college", "school", "academy", "conservatoire", "conservatory"})  # where
# people meet as students ("met at the University of X"; but "joined X College" names an employer)
CARE_NOUNS = frozenset({"hospital", "hospice", "infirmary", "clinic"})  # where one is born or dies ("died at X Hospital"; but
# "began her career at X Hospital" names an employer)


def nearby_place(trigger: Token, ctx: Context, named_venues: bool = False, care: bool = False,
                 campus: bool = False) -> list[Argument]:
    """The place argument of `trigger` found below it, or nothing (with `named_venues`, any named body after "at" or "in"
    right under the trigger is the venue: "premiered at Sundance", "opened at the Almeida Theatre"; with `care`, a named
    hospital is: "died at X General Hospital"; with `campus`, a named university or school: "met as students at the
    University of X")."""
    frontier = [(child, 1) for child in children_of(trigger)]
    if trigger.dep_ in PREDICATE_DEPS and trigger.head.lemma_ in LIGHT_VERBS:  # "got engaged during a trip to X"
        frontier += [(child, 1) for child in children_of(trigger.head) if child.i != trigger.i]
    if purpose_of_match(trigger):  # "beat X in Orvale on Sunday to win the Y": where the match was
        frontier += [(child, 1) for child in children_of(trigger.head) if child.i != trigger.i]
    frontier += [(child, 1) for child in _fronted_participle_preps(trigger)]
    if _held(trigger):  # "The wedding took place / was held at X": where the verb puts it
        frontier += [(child, 1) for child in children_of(trigger.head) if child.i != trigger.i]
    clause = trigger.head if trigger.dep_ == "xcomp" else trigger
    if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in children_of(clause)):  # "the city where X was born"
        noun = clause.head
        place = noun.head if noun.dep_ == "appos" else noun
        if is_place(place, ctx) or _named_body(place, ctx):  # (a "where" makes its noun a place: "Glenbrae, where they wed")
            return make_args("place", place, ctx, conjuncts=False) + _within(place, ctx)
        before = _place_before(next(c for c in children_of(clause) if c.lower_ == "where"), ctx)
        if before is not None:  # "lived in Berlin for most of the 1990s, where she met": the parser hung "where" on the time
            return make_args("place", before, ctx, conjuncts=False)
    if clause.dep_ == "relcl" and clause.head.pos_ == "NOUN":  # "a factory in X that they plan to open"
        frontier += [(child, 1) for child in children_of(clause.head) if child.dep_ == "prep" and child.i < clause.i]
    frontier += [(place, 1) for child in children_of(trigger) if child.dep_ == "nsubj" for decider in _deciders(child)
                 for place in children_of(decider) if place.dep_ == "prep" and place.lower_ in VENUE_PREPS]  # "a judge at X jailed"
    while frontier:
        token, depth = frontier.pop(0)
        through = token.dep_ == "acomp" and token.head.i == trigger.i  # "pleaded guilty to fraud at X Crown Court"
        if depth > MAX_DEPTH or not (through or _circumstance(token) or (token.dep_ not in SKIP_DEPS and token.dep_ in THROUGH_DEPS)):
            continue
        if token.dep_ == "prep" and token.lower_ in OTHER_TIME_PREPS and token.head.i == trigger.i:
            continue  # "After six years at a flour mill in Footscray, he founded X": where something else happened
        if token.dep_ == "pobj" and _place_prep(token.head, trigger):
            if is_place(token, ctx) or (token.head.lower_ in VENUE_PREPS and is_venue(token, ctx, care, campus)) or _trip_place(token, ctx) \
                    or (token.head.lower_ == "near" and _named_body(token, ctx)) \
                    or (named_venues and _right_under(token.head, trigger) and token.head.lower_ in VENUE_PREPS and _named_body(token, ctx)):
                return make_args("place", token, ctx, conjuncts=False) + _within(token, ctx) + _town_in_name(token, ctx)
            named = [c for c in _modifiers(token) if is_place(c, ctx)]
            if named and token.head.lower_ in AT:  # "at the Cannes festival", "in a Texas court", "in Leeds's old corn exchange"
                return make_args("place", named[-1], ctx, conjuncts=False)
            named = [c for c in children_of(token) if c.dep_ in ("compound", "nmod", "amod") and _names_venue(c, token, ctx)]
            if named and token.head.lower_ in VENUE_PREPS:  # "detained at Dorvan airport": the town the NER took for a firm
                return make_args("place", named[-1], ctx, conjuncts=False)
        if token.dep_ == "dobj" and token.head.lemma_ in TRAVEL_VERBS and token.head.i != trigger.i and is_place(token, ctx):
            return make_args("place", token, ctx, conjuncts=False)  # "met while touring X"
        if token.dep_ == "dobj" and token.head.i != trigger.i and token.head.tag_ == "VBG":  # "seen leaving a Miami hotel"
            named = [c for c in children_of(token) if c.dep_ in ("compound", "amod") and is_place(c, ctx)]  # (or "a Malibu
            # hotel", the town tagged an adjective)
            if named:
                return make_args("place", named[-1], ctx, conjuncts=False)
        frontier.extend((child, depth + 1) for child in children_of(token))
    return _there(trigger, ctx)


def _there(trigger: Token, ctx: Context) -> list[Argument]:
    """"closed its office in Tampere in January and cut 60 jobs there", "moved to Leeds ... They married there": the place
    "there" points back to -- the last one put after "in", "at", "near" or "to" before the trigger, in its sentence or
    the one before."""
    if not any(c.dep_ == "advmod" and c.lower_ == "there" for c in children_of(trigger)):
        return []
    start = trigger.sent.start
    if start > 0:
        start = ctx.doc[start - 1].sent.start
    for i in range(trigger.i - 1, start - 1, -1):
        token = ctx.doc[i]
        if token.dep_ == "pobj" and token.head.lower_ in THERE_PREPS and is_place(token, ctx):
            return make_args("place", token, ctx, conjuncts=False)
    return []


THERE_PREPS = frozenset({"in", "at", "near", "to"})


def _town_in_name(token: Token, ctx: Context) -> list[Argument]:
    """The town a venue or an event is named after, when the text names that town as a place of its own ("at the
    Wellmouth International Film Festival", Wellmouth the town the story is filed from): where it happened, too."""
    entity, span = ctx.ents.of(token), ctx.ents.mention_span(token)
    if entity is None or entity.type not in ("ORG", "FAC", "EVENT") or span is None:
        return []
    text = doc_text(ctx.doc)[span[0] : span[1]]  # (the doc's text joined once, not at every read of `Doc.text`)
    for town in ctx.analysis.entities:
        if town.type == "GPE" and town.id != entity.id and entity.name.startswith(town.name + " "):
            at = text.find(town.name + " ")
            if at >= 0:
                return [Argument("place", span[0] + at, span[0] + at + len(town.name), town.name, town.id)]
    return []


# the last words of a contest held in one town every time, and so named after it ("the Valborg Indoor Open", "the Kelso
# Marathon"; not "the Booker Prize", given wherever its dinner is)
CONTEST_WORDS = frozenset({"open", "classic", "marathon", "masters", "championship", "championships", "regatta", "derby",
                           "half-marathon", "invitational"})


def town_of_contest(args: list[Argument], ctx: Context) -> list[Argument]:
    """"VALBORG -- X won the Valborg Indoor Open on Sunday": a contest named after a town the text names as a place of
    its own is held there -- where it was won (not a country's or a region's: "the US Open", "the Scottish Open")."""
    for arg in args:
        if arg.role != "award" or arg.text.lower().rsplit(None, 1)[-1] not in CONTEST_WORDS:
            continue
        span = char_span(ctx.doc, arg.start, arg.end)
        if span is not None and len(span):
            return [town for town in _town_in_name(span.root, ctx) if not is_region(town.text)]
    return []


PRIZE_NOUNS = frozenset({"award", "prize", "medal", "trophy"})
HANDING_LEMMAS = frozenset({"present", "announce", "hand", "give", "confer", "award"})


def ceremony_places(events: list[Event], ctx: Context, clause_time: Callable[[Token], str | None]) -> None:
    """"X won the Y Prize for Z ... The award was presented on Tuesday at a ceremony at the Assembly Rooms in Dunvarrick":
    the prize handed over at a venue was won there (and then, when the win is told undated).  The place goes to the
    article's one asserted win of a prize that names none, dated as the handing is (or undated), or else told as news
    (within a month of the article's date: not "the 2009 winner, X") -- with several such wins (a night of awards), the
    prize handed is not told apart."""
    wins = [e for e in events if e.type == "career.win" and e.polarity == "POS" and e.certainty == "asserted"
            and any(a.role == "award" for a in e.args)]
    for noun in with_lemmas(ctx.doc, PRIZE_NOUNS) if wins else ():  # (the words with the lemma, in order: no Token per word)
        verb = noun.head
        if noun.dep_ != "nsubjpass" or noun.lemma_.lower() not in PRIZE_NOUNS or verb.lemma_ not in HANDING_LEMMAS \
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(noun)):
            continue
        when = clause_time(verb)
        won = [e for e in wins if e.sentence <= ctx.sentence(verb)
               and (e.time is None or e.time == when or (when is None and _news(e.time, ctx.analysis.document.dct)))]
        place = nearby_place(verb, ctx, named_venues=True) if len(won) == 1 and not any(a.role == "place" for a in won[0].args) else []
        if place:
            won[0].args = [*won[0].args, *place]
            if won[0].time is None and when is not None:
                won[0].time, won[0].timex, won[0].time_source = when, None, "clause"
            return


NEWS_DAYS = 31


def _news(value: str, dct: str | None) -> bool:
    """A day within a month before the article's date ("2022-03-26" in an article of 2022-03-28)."""
    if dct is None or len(value) != 10 or not value[:4].isdigit():
        return False
    try:
        return 0 <= (date.fromisoformat(dct) - date.fromisoformat(value)).days <= NEWS_DAYS
    except ValueError:
        return False


def _right_under(prep: Token, trigger: Token) -> bool:
    """A preposition of the trigger's own, or one the parser hung on its object ("married X at Chatsworth House")."""
    owner = prep.head
    return owner.i == trigger.i or (owner.dep_ == "dobj" and owner.head.i == trigger.i)


def _modifiers(noun: Token) -> list[Token]:
    """The compounds and the possessor before a noun, with the compounds of its compounds ("at its Cardiff call
    centre": the town named before "call"), and a name the parser hung before an adjective ("at the Velmont junior
    event") or as one ("at its Bergen sorting hub")."""
    out = [c for c in children_of(noun) if c.dep_ in ("compound", "poss") or (c.dep_ in ("nmod", "amod") and c.pos_ == "PROPN")]
    return out + [g for c in out if c.dep_ == "compound" and c.pos_ == "NOUN" for g in children_of(c) if g.dep_ == "compound"]


# a business's premises where jobs go ("redundancies at its Leeds plant", "will close its Bury depot with the loss of 200 jobs")
SITE_NOUNS = PREMISES | {"offices", "store", "centre", "center", "headquarters", "shipyard", "mine", "base", "bakery",
                         "brewery", "distillery", "hospital", "studio", "studios", "hq"}
CLOSING_VERBS = frozenset({"close", "shut", "mothball", "shutter"})


def site_of_cuts(trigger: Token, ctx: Context) -> list[Argument]:
    """Where jobs are cut told beside the noun that cuts them: "confirmed 120 redundancies at its plant in Wigan" (the
    parser hangs "at" on the verb), "will close its Leeds factory with the loss of 200 jobs" (the site closed)."""
    if trigger.pos_ == "VERB":  # "would close its plant in Quiverton, Ohio, and cut about 600 jobs": the site the verb
        # coordinated with it closes
        closing = trigger.head if trigger.dep_ == "conj" and trigger.head.lemma_ in CLOSING_VERBS else None
        site = next((c for c in children_of(closing) if c.dep_ == "dobj" and c.lemma_.lower() in SITE_NOUNS), None) if closing else None
        return (_site_place(site, ctx) or []) if site is not None else []
    if trigger.pos_ != "NOUN":
        return []
    if trigger.dep_ == "dobj":
        verb = trigger.head
    elif trigger.dep_ == "pobj" and trigger.head.lower_ == "with" and trigger.head.head.pos_ == "VERB":
        verb = trigger.head.head
    else:
        return []
    for child in children_of(verb):
        site = None
        if child.dep_ == "dobj" and child.i != trigger.i and verb.lemma_ in CLOSING_VERBS:
            site = child
        elif child.dep_ == "prep" and child.lower_ in ("at", "across") and child.i > trigger.i:
            site = next((g for g in children_of(child) if g.dep_ == "pobj"), None)
        if site is None or site.lemma_.lower() not in SITE_NOUNS:
            continue
        if (place := _site_place(site, ctx)) is not None:
            return place
    return []


def _site_place(site: Token, ctx: Context) -> list[Argument] | None:
    """The town a business's site is in: named before it ("its Leeds factory") or after "in", "at", "near" (None when
    the site has neither a name before it nor such a phrase)."""
    named = [c for c in _modifiers(site) if is_place(c, ctx)]
    if named:
        return make_args("place", named[-1], ctx, conjuncts=False)
    for prep in children_of(site):
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "near"):
            return [a for g in children_of(prep) if g.dep_ == "pobj" and is_place(g, ctx) for a in make_args("place", g, ctx, conjuncts=False)]
    return None


def court_of_verdict(trigger: Token, ctx: Context) -> list[Argument]:
    """"convicted of conspiracy to defraud after a 14-week trial at X Crown Court", "found guilty of fraud by abuse of
    position at X Crown Court": a named court after "at" or "in" anywhere in the verdict's own clause (not in a clause
    with a subject of its own) is where the verdict or sentence was given."""
    for token in trigger.subtree:
        if token.dep_ != "pobj" or token.head.lower_ not in VENUE_PREPS or token.lower_ != "court" or not is_venue(token, ctx):
            continue
        clause = token
        while clause.i != trigger.i and not (clause.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause))):
            clause = clause.head
        if clause.i == trigger.i:
            return make_args("place", token, ctx, conjuncts=False)
    return []


def _deciders(subject: Token) -> list[Token]:
    """The judge, jury or court a subject names: itself, or the members of its panel ("a panel of three judges at X")."""
    if subject.lemma_.lower() in DECIDERS:
        return [subject]
    if subject.lemma_.lower() not in PANEL_NOUNS:
        return []
    return [subject] + [g for c in children_of(subject) if c.dep_ == "prep" and c.lower_ == "of"
                        for g in children_of(c) if g.dep_ == "pobj" and g.lemma_.lower() in DECIDERS]


def _fronted_participle_preps(trigger: Token) -> list[Token]:
    """"Born on May 3, 1941, in the mining town of X, Wahl studied law": the parser hangs the place
    of an opening participle clause on the main verb; a preposition between the participle and the
    main verb's subject is the participle's."""
    head = trigger.head
    if trigger.dep_ != "advcl" or trigger.tag_ != "VBN" or trigger.i != trigger.sent.start or head.i <= trigger.i:
        return []
    subject = next((c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < trigger.i:
        return []
    return [c for c in children_of(head) if c.dep_ == "prep" and trigger.i < c.i < subject.left_edge.i]


def purpose_of_match(trigger: Token) -> bool:
    """"to win" hanging off the beating of an opponent: the win happened where the match did."""
    return trigger.dep_ in ("advcl", "xcomp") and trigger.head.lemma_ in MATCH_VERBS and trigger.head.i < trigger.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(trigger))


def _place_before(where: Token, ctx: Context) -> Token | None:
    """The place "where" stands for when the parser hung it elsewhere: the nearest place named
    before it in its sentence, right after "in" or "at"."""
    for token in reversed(where.doc[where.sent.start : where.i]):
        if token.dep_ == "pobj" and token.head.lower_ in AT and is_place(token, ctx):
            return token
    return None


GOING_VERBS = frozenset({"leave", "arrive", "enter", "exit", "walk", "step", "head"})  # a going "as" tells when and where


def _circumstance(clause: Token) -> bool:
    """A clause telling the circumstances of the one it hangs off: a participle with no subject
    of its own ("pictured leaving a restaurant in X"), or a "when" / "while" clause."""
    if clause.dep_ != "advcl":
        return False
    if any(c.lower_ in CIRCUMSTANCE_MARKS and c.dep_ in ("mark", "advmod") for c in children_of(clause)):
        return True
    if clause.lemma_.lower() in GOING_VERBS and any(c.lower_ == "as" and c.dep_ == "mark" for c in children_of(clause)):
        return True  # "photographed wearing a ring as she left a restaurant in Mayfair": there, as she left
    return clause.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(clause))


def is_venue(token: Token, ctx: Context, care: bool = False, campus: bool = False) -> bool:
    """A named building or ground ("St Mark's Church", "the Presidential Palace") or a named event
    ("the X Film Festival") the NER did not type as a place (with `care`, a hospital too; with `campus`, a
    university or a school: "the University of X", "X Technical College")."""
    entity = ctx.ents.of(token)
    if entity is None or entity.type not in ("ORG", "FAC", "EVENT"):
        return False
    words = entity.name.lower().split()
    return entity.type == "EVENT" or words[-1] in VENUE_NOUNS or (care and words[-1] in CARE_NOUNS) \
        or (campus and not CAMPUS_NOUNS.isdisjoint(words))


def _named_body(token: Token, ctx: Context) -> bool:
    """A name the NER typed as an organisation, a building or an event ("Sundance", "the Royal Opera House")."""
    entity = ctx.ents.of(token)
    return entity is not None and entity.type in ("ORG", "FAC", "EVENT")


NAMED_VENUE_NOUNS = VENUE_NOUNS | {"airport", "station", "prison", "courthouse",
                                   "area", "district", "suburb", "neighbourhood", "neighborhood"}  # "in the Ashcroft area of Leeds"


# a stay away somewhere: the one-word name it is "in" is a place whatever the NER typed it ("a holiday in Vallorsa")
TRIP_NOUNS = frozenset({"holiday", "trip", "vacation", "visit", "break", "honeymoon", "getaway", "stay", "cruise", "beach"})


def _trip_place(name: Token, ctx: Context) -> bool:
    """"proposed during a holiday in Vallorsa", "on a beach in Vallorsa", the town read as an organisation: the name
    a holiday or a trip is in is where it was."""
    prep, entity = name.head, ctx.ents.of(name)
    return prep.lower_ == "in" and prep.head.lemma_.lower() in TRIP_NOUNS and name.pos_ == "PROPN" and entity is not None \
        and entity.type in ("ORG", "PRODUCT", "WORK_OF_ART", "PERSON") and " " not in entity.name


def _names_venue(name: Token, noun: Token, ctx: Context) -> bool:
    """"at Dorvan airport", "at the Dorvan regional court": a name before a building's noun, whatever
    type the NER gave it."""
    entity = ctx.ents.of(name)
    return noun.lemma_.lower() in NAMED_VENUE_NOUNS and entity is not None and entity.type in ("ORG", "FAC", "GPE", "LOC")


def _within(place: Token, ctx: Context) -> list[Argument]:
    """The places a place is said to be in: "at the X theatre in Madrid", "in Y, Italy", "in Leeds's Kirkgate"."""
    out: list[Argument] = []
    for child in children_of(place):
        if child.dep_ in ("appos", "poss") and is_place(child, ctx):
            out += make_args("place", child, ctx, conjuncts=False)
        elif child.dep_ == "prep" and child.lower_ in ("in", "at"):
            out += [a for g in children_of(child) if g.dep_ == "pobj" and is_place(g, ctx) for a in make_args("place", g, ctx, conjuncts=False)]
    return out


def places_within(args: list[Argument], ctx: Context) -> list[Argument]:
    """For the place arguments found by the frames, the places they are in."""
    out: list[Argument] = []
    for arg in args:
        if arg.role == "place" and arg.entity:
            span = char_span(ctx.doc, arg.start, arg.end)
            if span is not None and len(span):
                out += _within(span.root, ctx) + _town_in_name(span.root, ctx)
    return out


def place_before_region(args: list[Argument], trigger: Token, ctx: Context) -> list[Argument]:
    """"launched from Sinnamary in French Guiana": the parser hangs both phrases on the verb, and the frames take the
    region after "in"; the place right before it, after "from" (or after an "at" hung on a noun between), is where the
    event was (the region holds it)."""
    for arg in args:
        if arg.role != "place":
            continue
        span = char_span(ctx.doc, arg.start, arg.end)
        if span is None or not len(span) or span.root.dep_ != "pobj":
            continue
        prep = span.root.head
        before = ctx.doc[prep.i - 1] if prep.i > 0 else None
        if prep.lower_ != "in" or prep.head.i != trigger.i or before is None or before.dep_ != "pobj":
            continue
        if is_region(arg.text) and before.head.lower_ == "from" and before.head.head.i == trigger.i and is_place(before, ctx):
            return make_args("place", before, ctx, conjuncts=False)
        if before.head.lower_ == "at" and before.head.head.i != trigger.i and (is_place(before, ctx) or is_venue(before, ctx)):
            return make_args("place", before, ctx, conjuncts=False)  # "married in front of 120 guests at X Castle in Perthshire":
            # the venue, hung on the guests, is where the wedding was (in the county the verb took)
    return []


def _place_prep(prep: Token, trigger: Token) -> bool:
    word = prep.lower_
    if word in AT:
        return True
    if word in UNDER_NOUN:  # (a title the tagger took for a name: "elected MP for Bristol North")
        return prep.head.i != trigger.i and (prep.head.pos_ == "NOUN" or (prep.head.pos_ == "PROPN" and prep.head.is_upper))
    return word in UNDER_TRIGGER and prep.head.i == trigger.i


CUT_NOUNS = frozenset({"cut", "cuts", "layoff", "layoffs", "redundancy", "redundancies", "losses", "loss"})
FALLING_VERBS = frozenset({"fall", "come", "hit", "affect"})
CUTS_TOLD_BACK = 3  # how many sentences back the cuts may have been told (the headline's among them)


def where_cuts_fall(events: list[Event], ctx: Context) -> None:
    """"... will cut 140 jobs. The cuts fall mostly on its factory in Rotherham", "Most of the cuts will fall at its
    packing centre in Brandon": the site a sentence says the cuts fall on or at is where the last job cuts told a few
    sentences before, with no place of their own, are made."""
    layoffs = [e for e in events if e.type == "business.layoff" and not any(a.role == "place" for a in e.args)]
    if not layoffs:
        return
    for noun in ctx.doc:
        if noun.lower_ not in CUT_NOUNS or noun.pos_ != "NOUN":
            continue
        subject = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # ("Most of the cuts")
        verb = subject.head
        if subject.dep_ != "nsubj" or verb.lemma_.lower() not in FALLING_VERBS:
            continue
        site = next((g for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in ("on", "at")
                     for g in children_of(p) if g.dep_ == "pobj" and g.lemma_.lower() in SITE_NOUNS), None)
        place = _site_place(site, ctx) if site is not None else None
        sentence = ctx.sentence(noun)
        told = [e for e in layoffs if sentence - CUTS_TOLD_BACK <= e.sentence < sentence]
        if place and told:
            max(told, key=lambda e: e.start).args.extend(place)


LAUNCHED_THINGS = {"WORK": "work", "PRODUCT": "work", "FAC": "work", "GPE": "place", "LOC": "place"}


def launchers(events: list[Event], analysis: Analysis) -> None:
    """"A second satellite, Sandaig-2, is expected to launch next spring, the university said", "the lighter Vouwer II
    launched in 1971": the subject of an opening or a launch told with no one doing it is what was launched (a work) or
    where (a place), not its agent -- the agent is the one body the sentence tells of (the one before, when it tells of
    none), or no one."""
    for event in events:
        if event.type != "business.launch":
            continue
        agents = [a for a in event.args if a.role == "agent"]
        things = [a for a in agents if a.entity and (e := analysis.entity(a.entity)) is not None and e.type in LAUNCHED_THINGS]
        if not things or len(things) != len(agents) or any(a.role == "work" for a in event.args):
            continue  # (not "Ravensholt opened a second campus": what it opened told, the subject its opener)
        event.args = [a for a in event.args if a.role != "agent"] + [
            Argument(LAUNCHED_THINGS[analysis.entity(a.entity).type], a.start, a.end, a.text, a.entity) for a in things
            if not any(b.role == LAUNCHED_THINGS[analysis.entity(a.entity).type] for b in event.args)]
        for sentence in (event.sentence, event.sentence - 1):
            bodies = {e.id for e in analysis.entities if e.type == "ORG" and not e.attrs.get("members")
                      and any(m.sentence == sentence for m in e.mentions)}
            if len(bodies) == 1:
                body = analysis.entity(bodies.pop())
                mention = next(m for m in body.mentions if m.sentence == sentence)
                event.args.append(Argument("agent", mention.start, mention.end, mention.text, body.id))
                break
            if bodies:
                break
