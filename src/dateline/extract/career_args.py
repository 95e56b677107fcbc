"""Arguments of career events that the dependency frames leave out or get wrong (used by `events`):

- the post someone leaves, named by a title next to their name: "The chief operating officer, X,
  resigned", "X, the interior minister, resigned", "the foreign minister, X, who quit ...",
  "Finance chief X stepped down" -- the resignation, firing or retirement is from that post (not a title told
  as held before: "X, a former chief executive of Y, stood down");
- a person is no organisation: "X, who stepped down in October" reads the relative clause's head
  as the verb's object, which a resignation maps to the organisation left; and no one hires or
  fires themselves ("X, the club's manager, was sacked" copies the post's holder into the agent);
- the post of "appointed X manager", "appointed him manager" (no preposition to frame it);
- the person a title stands for ("dismissed her finance minister, X"), the post a relative clause
  is about ("X, the Dutch coach who was appointed in June"), and the organisation behind "its
  board", "the university's physics department" or an unresolved "it" (its possessor, else the
  organisation the article is about);
- "joined X ... and was promoted to Y": the promotion is within X;
- "The company said X had been named interim chief executive": an appointment an organisation announces, naming no
  body, is to a post at that organisation;
- "X, who joined from Z": a hiring by the organisation the article is about;
- "X, who left in July to found his own start-up", "had left to train as a nurse": a leaving for a calling is a
  resignation; "the head coach, X, who took over the programme in 2023": a post holder taking over a team or a unit is
  appointed, not buying it;
- "now" is no time of an appointment: "X, now deputy leader, was promoted" dates a state, so the
  event's time is unknown rather than PRESENT_REF;
- the organisation named by a short form (`career_orgs`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..model import Analysis, Argument, Entity, Event
from ..nlp import char_span, children_of, doc_text, token_at, with_lemmas
from ..resolve_base import config
from ..resolve_titles import title_value
from .career_orgs import CAREER_TYPES, full_form, full_organisations
from .entities import entity_containing
from .entity_lexicon import is_dictionary_word, lexicon
from .events_merge import ABBREVIATED_POSTS
from .events_roles import seat_named
from .events_schema import schema
from .events_time_fill import NEWS_MOVE_DAYS, RESHUFFLE_NOUNS
from .name_cues import BAND_ROLE_NOUNS, party_name
from .name_missed import PLAYER_NOUNS

LEAVING_TYPES = frozenset({"career.resign", "career.fire", "career.retire"})
LEAVER_ROLES = {"career.resign": ("agent",), "career.retire": ("agent",), "career.fire": ("patient",)}
AGENT_LEAVES = frozenset({"career.resign", "career.retire"})
NOT_PERSON_ROLES = frozenset({"organization", "left", "joined", "club", "body"})
UNDATED = frozenset({"PRESENT_REF"})
POST_DEPS = frozenset({"dobj", "oprd", "xcomp", "ccomp"})
UNIT_NOUNS = frozenset({"board", "directors", "governors", "trustees", "department", "division", "management", "owners", "owner",
                        "shareholders", "committee"})
BODY_NOUNS = frozenset({"company", "firm", "group", "club", "university", "school", "hospital", "bank", "council", "team", "side"})
def _unit_noun(token: Token) -> bool:
    """A noun of a body's own people or parts ("its board", "the governors", "the school's trustees"), by its form or its
    lemma (the table lists plurals, whose lemma is the singular: "governors" -> "governor")."""
    return token.lower_ in UNIT_NOUNS or token.lemma_.lower() in UNIT_NOUNS


def team_name_words() -> frozenset[str]:
    return frozenset(config()["employment"]["team_name_words"])


RETURN_LEMMAS = frozenset({"return"})
PLACE_MOVES = frozenset({"arrive"})
PROMOTE_LEMMAS = frozenset({"promote", "elevate"})
JOIN_LEMMAS = frozenset({"join", "rejoin"})
BODY_TYPES = frozenset({"career.hire", "career.appoint", "career.fire"})


POST_WORDS = frozenset({"minister", "secretary", "commissioner", "ambassador", "governor", "coach", "captain", "manager", "director",
                        "executive", "chairman", "chairwoman", "chair", "president", "officer", "head", "editor", "principal", "chief",
                        "ceo", "cfo", "coo", "cto", "boss", "headteacher", "dean", "chancellor", "leader", "treasurer", "mayor",
                        "premier", "provost", "rector", "speaker", "superintendent"})


def a_post(value: str | None) -> bool:
    """A post held at one organisation ("chief executive", "health minister"), not a calling one
    takes from job to job ("singer", "software engineer")."""
    words = (value or "").split()
    parts = words[-1].split("-") if words else []  # "editor-in-chief", "vice-chairman": a post by either end
    return bool(words) and (words[-1] in POST_WORDS or words[0] in POST_WORDS or parts[0] in POST_WORDS or parts[-1] in POST_WORDS)


def _title_token(name: Token) -> Token | None:
    """The title noun standing with a person's name: its apposition either way round, or a
    compound before it ("Finance chief X")."""
    if name.dep_ == "appos" and name.head.pos_ == "NOUN":
        return name.head  # "The chief operating officer, X,"
    of = name.head.head if name.dep_ == "appos" and name.head.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.pos_ == "NOUN" and of.head.i < name.i and of.head.dep_ in ("nsubj", "nsubjpass"):
        return of.head  # "The chief executive of the trust, X, has resigned": the name read as the trust's apposition
    for child in children_of(name):
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            return child  # "X, the interior minister,"
    compounds = [c for c in children_of(name) if c.dep_ == "compound" and c.i < name.i
                 and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.lower_ in ABBREVIATED_POSTS))]  # ("CEO X", a PROPN)
    return compounds[-1] if compounds else None



def _relative_title(name: Token) -> Token | None:
    """"X, who had been chief executive since the company was founded, stepped down": the post a relative clause on the
    leaver's name says X held (a copula with a bare post, no article: "who was a keen sailor" tells no post)."""
    clause = next((c for c in children_of(name) if c.dep_ == "relcl" and c.lemma_ == "be"), None)
    if clause is None or not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in children_of(clause)):
        return None
    post = next((c for c in children_of(clause) if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if post is None or any(c.dep_ == "det" for c in children_of(post)):
        return None
    return post


def _name_token(doc: Doc, arg: Argument) -> Token | None:
    span = char_span(doc, arg.start, arg.end)
    if span is None:
        return None
    root = span.root
    if root.pos_ == "PRON" and root.dep_ == "nsubj" and root.tag_ == "WP":  # "X, who quit": the clause's head
        return root.head.head if root.head.dep_ == "relcl" else None
    return root


def _leaver_names(doc: Doc, event: Event, analysis: Analysis | None = None) -> Iterator[Token]:
    """The proper-noun head of each named one who leaves (resigns, retires, is fired); for a pronoun ("the
    education minister, X, announced her resignation"), the same one's name earlier in its sentence."""
    for arg in event.args:
        if arg.role in LEAVER_ROLES.get(event.type or "", ()) and arg.entity:
            name = _name_token(doc, arg)
            if name is not None and name.pos_ == "PROPN":
                yield name
            elif name is not None and name.pos_ == "PRON" and analysis is not None \
                    and (person := analysis.entity(arg.entity)) is not None:
                sent = name.sent
                for mention in person.mentions:
                    if sent.start_char <= mention.start < name.idx:
                        earlier = char_span(doc, mention.start, mention.end)
                        if earlier is not None and earlier.root.pos_ == "PROPN":
                            yield earlier.root
                            break


SERVING_LEMMAS = frozenset({"serve", "act"})


def _post_served_until(doc: Doc, event: Event) -> Token | None:
    """"She served as its artistic director until 1991, when she stepped down": the post a clause on the end of
    a stint names, left by this leaving."""
    verb = token_at(doc, event.start, event.end)
    if verb is None or verb.dep_ != "relcl" or not any(c.lower_ == "when" for c in children_of(verb)):
        return None
    until = verb.head.head
    served = until.head
    if until.lower_ != "until" or served.lemma_ not in SERVING_LEMMAS:
        return None
    as_ = next((c for c in children_of(served) if c.dep_ == "prep" and c.lower_ == "as"), None)
    return next((c for c in children_of(as_) if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if as_ is not None else None


EARLIER_POST_WORDS = frozenset({"former", "ex", "one-time", "onetime", "erstwhile", "retired"})


def _held_before(title: Token) -> bool:
    """"X, a former chief executive of the charity Y, stood down": a title told as held once, left before this leaving."""
    return any(t.lower_ in EARLIER_POST_WORDS or t.lower_.startswith("ex-") for t in title.doc[title.left_edge.i : title.i + 1])


def _left_post(doc: Doc, event: Event, analysis: Analysis | None = None) -> Argument | None:
    """The title of the one who leaves, as a `role` argument (not one told as held before: `_held_before`)."""
    served = _post_served_until(doc, event)
    if served is not None and (value := title_value(served)) is not None and a_post(value):
        return Argument("role", served.idx, served.idx + len(served.text), value)
    for name in _leaver_names(doc, event, analysis):
        title = _title_token(name) or _relative_title(name)
        value = title_value(title) if title is not None and not _held_before(title) else None
        if value is not None and title is not None and a_post(value):  # "the singer X" left a label, not singing
            return Argument("role", title.idx, title.idx + len(title.text), value)
    return None


SUCCESSION_NOUNS = frozenset({"replacement", "successor"})


HANDOVER_LEMMAS = frozenset({"hand", "hand over"})  # "X handed the job to Y": X held it before


def _predecessor(event: Event) -> Argument | None:
    return next((a for a in event.args if (a.role == "predecessor" or a.role == "agent" and event.lemma in HANDOVER_LEMMAS)
                 and a.entity), None)


def _left_by(event: Event, events: list[Event]) -> list[Event]:
    """The resignations, dismissals and retirements told of the one an appointment names as predecessor."""
    before = _predecessor(event)
    return [] if before is None else [other for other in events if other.type in LEAVER_ROLES and any(
        a.role in LEAVER_ROLES[other.type] and a.entity == before.entity for a in other.args)]


def _post_word(text: str) -> str:
    """"his defence minister" -> "defence minister"."""
    words = text.split()
    while words and (words[0].lower() in ("the", "a", "an", "his", "her", "their", "its") or words[0].endswith("'s")):
        words = words[1:]
    return " ".join(words)


def _predecessor_post(doc: Doc, event: Event, events: list[Event], analysis: Analysis) -> Argument | None:
    """"X was replaced by Y", "His replacement is Y": the post Y takes is the one X left, when the
    article says which: the post of X's resignation, dismissal or retirement told ("fired his defence
    minister, X"), else the one post X is described by ("the finance minister, X"), never a guess among several."""
    before = _predecessor(event)
    if before is None:
        return None
    posts = [a for left in _left_by(event, events) for a in left.args
             if (a.role == "role" or (a.role in LEAVER_ROLES[left.type] and not a.entity)) and a_post(_post_word(a.text).lower())]
    posts.sort(key=lambda a: a.role != "role")  # the post told ("sacked X as defence minister") before a description of X
    if posts:
        return Argument("role", posts[0].start, posts[0].end, _post_word(posts[0].text))
    entity = analysis.entity(before.entity)
    if entity is None:
        return None
    described = {r for r in entity.attrs.get("roles", []) if a_post(r)}
    for mention in entity.mentions:  # "the transport minister, X"
        span = doc.char_span(mention.start, mention.end)
        title = _title_token(span.root) if span is not None and span.root.pos_ == "PROPN" else None
        value = title_value(title) if title is not None else None
        if value is not None and a_post(value):
            described.add(value)
    return Argument("role", before.start, before.end, described.pop()) if len(described) == 1 else None


def successor_posts(doc: Doc, events: list[Event], analysis: Analysis) -> None:
    """Appointments that name a predecessor take the post the predecessor left and, undated, a date
    (`_succession_time`); run once mentions are merged (the dismissal's name and date joined)."""
    for event in events:
        if event.type != "career.appoint":
            continue
        if not any(a.role == "role" for a in event.args):
            post = _predecessor_post(doc, event, events, analysis)
            if post is not None and not _plural_post(doc, post, event):
                event.args.append(post)
        _succession_time(event, events, analysis.document.dct)


SUCCESSION_LEMMAS = SUCCESSION_NOUNS | HANDOVER_LEMMAS | {"replace", "succeed"}
NEWS_TYPES = frozenset({"career.appoint", "career.hire", "career.fire", "career.resign"})
NEWS_DAYS = 7


def _succession_time(event: Event, events: list[Event], dct: str) -> None:
    """An undated succession: "X was dismissed on Wednesday ... His replacement is Y" dates from the
    predecessor's leaving; else "X was replaced by Y", "He replaces Z" in a story of posts changing
    hands this week is part of that news: the day of its latest dated change (within a week of the
    article's date), never an older one."""
    if event.time is not None or event.lemma not in SUCCESSION_LEMMAS or event.polarity != "POS" or event.modality is not None:
        return
    left = max((e for e in _left_by(event, events) if e.time is not None and e.polarity == "POS" and e.modality is None),
               key=lambda e: e.time or "", default=None)  # ("announced his resignation in November ... formally stood down on
    # Saturday": the leaving itself, the later)
    if left is None:
        recent = [e for e in events if e is not event and e.type in NEWS_TYPES and e.polarity == "POS" and e.modality is None
                  and e.time is not None and _days_before(e.time, dct) is not None]
        left = max(recent, key=lambda e: e.time or "", default=None)
    if left is not None:
        event.time, event.timex, event.time_source = left.time, left.timex, "event"


def _days_before(value: str, dct: str, within: int = NEWS_DAYS) -> int | None:
    """Days from a full date to the article's date, when 0 to `within`."""
    try:
        days = (date.fromisoformat(dct[:10]) - date.fromisoformat(value)).days
    except ValueError:
        return None
    return days if 0 <= days <= within else None


def _named_post(doc: Doc, event: Event) -> Argument | None:
    """"appointed X manager" (parsed as one noun phrase, the name a compound of the title) and
    "appointed him manager" (the title a second complement): the post as a `role` argument."""
    span = char_span(doc, event.start, event.end)
    if span is None or span.root.pos_ != "VERB":
        return None
    people = {(a.start, a.end) for a in event.args if a.role == "patient" and a.entity}
    for child in children_of(span.root):
        if child.dep_ not in POST_DEPS or child.pos_ != "NOUN" or child.ent_type_:
            continue
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in children_of(child)):
            continue  # "named the junior health minister, X, as her replacement": X described by the post held, not given
        named = [c for c in children_of(child) if c.dep_ == "compound" and c.pos_ in ("PROPN", "PRON")]  # "him manager" too
        if child.dep_ == "dobj" and not any(any(s <= c.idx < e for s, e in people) for c in named):
            continue  # "appointed a manager": the post of no one named here
        value = title_value(child)
        if value:
            return Argument("role", child.idx, child.idx + len(child.text), value)
    return None


def _relative_post(doc: Doc, event: Event) -> Argument | None:
    """"X, the Dutch coach who was appointed in June": the post is the noun the clause is about."""
    span = char_span(doc, event.start, event.end)
    if span is None or span.root.dep_ != "relcl":
        return None
    head = span.root.head
    named = event.type == "career.appoint" and head.pos_ == "PROPN" and head.dep_ == "appos" and head.head.pos_ == "NOUN"
    if named:  # "the jury president, the actress X, 61, who was appointed": the clause hung on the name, the titles above it
        head = head.head
    if head.pos_ != "NOUN" or _held_before(head):
        return None  # ("X, a former finance chief at Y who took over at Z in 2017": the post left, not the one taken)
    if not a_post(title_value(head)) and head.dep_ == "appos" and head.head.pos_ == "NOUN" and a_post(title_value(head.head)):
        head = head.head  # "the jury president, the French actress X, who was appointed": the post, not the calling
    value = title_value(head)
    if named and not a_post(value):
        return None  # ("the actress X, who was appointed": a calling, no post)
    return Argument("role", head.idx, head.idx + len(head.text), value) if value else None


def stranded_as(verb: Token) -> Token | None:
    """"brought in X, the 49-year-old who spent seven years at Y, as chief product officer": the "as"
    after the comma closing a clause on the verb's object, which the parser hangs on that clause's verb --
    the post the verb gives, not the one of the clause."""
    for obj in (c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")):
        for clause in (t for t in obj.subtree if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX")):
            for prep in children_of(clause):
                if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].text == "," \
                        and prep.i > obj.i:
                    return prep
    return None


def stranded_post(doc: Doc, start: int, end: int) -> Argument | None:
    """The post of a stranded "as" (see `stranded_as`) of the verb at start:end, when it is a title."""
    span = char_span(doc, start, end)
    prep = stranded_as(span.root) if span is not None and span.root.pos_ == "VERB" else None
    noun = next((c for c in children_of(prep) if c.dep_ == "pobj"), None) if prep is not None else None
    value = title_value(noun) if noun is not None and noun.pos_ == "NOUN" else None
    if noun is None or not value:
        return None
    first = noun.left_edge
    return Argument("role", first.idx, noun.idx + len(noun.text), value)


POST_NOUNS = frozenset(config()["employment"]["post_nouns"]) - {"work", "duty"}


def _body_of_post_left(doc: Doc, event: Event, analysis: Analysis) -> Argument | None:
    """"has been chief conductor of the Turku City Orchestra since 2005 and will leave that post next
    summer": the body of the post named before in the sentence, the one left."""
    left = next((a for a in event.args if a.role == "left" and not a.entity), None)
    span = char_span(doc, left.start, left.end) if left is not None else None
    if span is None or span.root.lemma_.lower() not in POST_NOUNS or not any(
            c.dep_ in ("det", "poss") and c.lower_ in ("that", "this", "the", "his", "her", "their") for c in children_of(span.root)):
        return None
    bodies = [(t, e) for t in span.root.sent if t.i < span.root.i and t.dep_ == "pobj" and t.head.lower_ in ("of", "at")
              and t.head.head.pos_ == "NOUN" and title_value(t.head.head) is not None
              and (e := analysis.entity(entity_containing(analysis, t.idx, t.idx + len(t.text)))) is not None and e.type == "ORG"]
    if not bodies:
        return None
    tok, entity = bodies[-1]
    mention = next((m for m in entity.mentions if m.start <= tok.idx < m.end), None)
    return Argument("organization", mention.start, mention.end, mention.text, entity.id) if mention is not None else None


LED_LEMMAS = frozenset({"head", "lead", "run", "chair", "manage", "edit", "direct", "coach", "captain", "helm"})  # (not "found": a founder may leave a post alone)


def _body_led(doc: Doc, event: Event, analysis: Analysis) -> Argument | None:
    """"X, who headed Orlen Media for a decade, stepped down", "Y, who had chaired Benlock since 2016, was ousted": the
    organisation the one leaving is told, in a clause on their name, to have led is the one left."""
    for name in _leaver_names(doc, event):
        # (or "X, who stood down in 2021, ran Pund Steel for a decade": the leaver the subject of a past verb of leading)
        past = name.head.tag_ == "VBD" or (name.head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(name.head)))
        led = [name.head] if name.dep_ == "nsubj" and past and name.head.i > name.i and any(
            c.dep_ == "relcl" and c.i < name.head.i and event.start <= c.idx < event.end for c in children_of(name)) else []
        for clause in [*children_of(name), *led]:
            if (clause.dep_ != "relcl" and clause not in led) or clause.lemma_.lower() not in LED_LEMMAS:
                continue
            for obj in children_of(clause):
                entity = analysis.entity(entity_containing(analysis, obj.idx, obj.idx + len(obj.text))) if obj.dep_ == "dobj" else None
                mention = next((m for m in entity.mentions if m.start <= obj.idx < m.end), None) \
                    if entity is not None and entity.type == "ORG" else None
                if mention is not None and not party_name(entity.name):  # type: ignore[union-attr]
                    # (a leader of a party stepping down stays in it: README of the fixtures)
                    return Argument("organization", mention.start, mention.end, mention.text, entity.id)  # type: ignore[union-attr]
    return None


ANNOUNCING_LEMMAS = frozenset({"say", "announce", "confirm"})


def _reporting_body(doc: Doc, event: Event, analysis: Analysis) -> Argument | None:
    """"The company said X, its head of clinical development, had been named interim head of research", "The school's
    governors announced that X had been appointed headteacher": an appointment told in the passive with no body, in what
    an organisation (or its board, governors, trustees) says, is to a post at that organisation -- the one announcing it."""
    span = char_span(doc, event.start, event.end)
    if span is None or span.root.pos_ != "VERB" or any(a.role in ("agent", "organization") and a.entity for a in event.args):
        return None
    verb = span.root
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ANNOUNCING_LEMMAS \
            or not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return None
    subject = next((c for c in children_of(verb.head) if c.dep_ == "nsubj"), None)
    if subject is not None and _unit_noun(subject):  # "the school's governors": the school
        subject = next((c for c in children_of(subject) if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if subject is None:
        return None
    entity = analysis.entity(entity_containing(analysis, subject.idx, subject.idx + len(subject.text)))
    if entity is None or entity.type != "ORG":
        return None
    return _named(entity, "organization", subject.idx, subject.idx + len(subject.text))


def _plural_post(doc: Doc, arg: Argument, event: Event) -> bool:
    """"stepped down, effective immediately, as the struggling chain moves to close 40 stores", "Steps Down as Retailer
    Shutters 40 Stores": a plural noun after "as" is a clause's subject read as a post -- one person holds a post, not
    posts (unless two or more are moving: "were named co-chairs")."""
    words = arg.text.lower().split()
    last = words[-1] if words else ""
    if "of" in words or not last.endswith("s") or last.endswith("ss") or not (
            is_dictionary_word(last[:-1]) or (last.endswith("es") and is_dictionary_word(last[:-2]))):
        return False  # ("head of communications": a post of a field)
    movers = [a for a in event.args if a.role in ("agent", "patient") and a.entity]
    return len(movers) == 1


def _played_for_after(doc: Doc, event: Event, analysis: Analysis) -> Argument | None:
    """"X scored 41 goals in 97 appearances for Kelsale after arriving from Strelby IL in January 2022", "played 200 games
    for Y since joining from Z": a hiring told after "after" or "since" beneath a clause of playing "for" a team is a hiring
    by that team."""
    span = char_span(doc, event.start, event.end)
    if span is None or span.root.pos_ != "VERB" or span.root.dep_ != "pcomp" or span.root.head.lower_ not in ("after", "since"):
        return None
    clause = span.root.head.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    for prep in (t for t in clause.subtree if t.dep_ == "prep" and t.lower_ == "for" and t.i < span.root.i):
        for obj in (c for c in children_of(prep) if c.dep_ == "pobj"):
            entity = analysis.entity(entity_containing(analysis, obj.idx, obj.idx + len(obj.text)))
            if entity is not None and entity.type == "ORG" and _team(entity):
                return _named(entity, "organization", obj.idx, obj.idx + len(obj.text))
    return None


CHARGE_NOUNS = frozenset({"reins", "rein", "helm", "control", "leadership", "running", "stewardship"})


def _body_taken_charge(doc: Doc, event: Event, analysis: Analysis) -> Argument | None:
    """"was tapped / picked / appointed to lead Tremont Capital", "was handed the reins of Grarrow Bank": the organisation an
    appointment's verb gives the charge of, by an infinitive of leading or a noun of control, is the one the post is at."""
    span = char_span(doc, event.start, event.end)
    if span is None or span.root.pos_ != "VERB":
        return None
    for child in children_of(span.root):
        if child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in LED_LEMMAS and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in children_of(child)):
            objects = [o for o in children_of(child) if o.dep_ == "dobj"]
        elif child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in CHARGE_NOUNS:
            objects = [o for p in children_of(child) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj"]
        else:
            continue
        for obj in objects:
            entity = analysis.entity(entity_containing(analysis, obj.idx, obj.idx + len(obj.text)))
            if entity is not None and entity.type == "ORG":
                return _named(entity, "organization", obj.idx, obj.idx + len(obj.text))
    return None


def _at_first_mention(entity: Entity, *roles: str) -> list[Argument]:
    """Arguments in `roles` for the entity at its first mention (the body the article is about, told nowhere in the clause)."""
    first = entity.mentions[0]
    return [Argument(role, first.start, first.end, first.text, entity.id) for role in roles]


def _body_handed_over(doc: Doc, event: Event, analysis: Analysis) -> Argument | None:
    """"Sporewell's chief executive, X, will step down ... and hand over to Y": the post handed over is at the body the one
    handing it over holds a post at."""
    if event.lemma != "hand over":
        return None
    giver = next((e for a in event.args if a.role == "agent" and (e := analysis.entity(a.entity)) is not None and e.type == "PERSON"), None)
    body = analysis.entity(_person_title_body(doc, giver, analysis)) if giver is not None else None
    if body is None or not body.mentions:
        return None
    return _at_first_mention(body, "organization")[0]


def _charge_in_view(doc: Doc, event: Event, analysis: Analysis, main: str | None) -> Argument | None:
    """"X will take charge as caretaker", "Y has been placed in temporary charge": charge of nothing named is charge of the
    body the article is about."""
    span = char_span(doc, event.start, event.end)
    entity = analysis.entity(main) if main is not None else None
    if span is None or entity is None or not entity.mentions or span.root.lemma_.lower() not in ("take", "place", "put"):
        return None
    kids = children_of(span.root)
    charges = [c for c in kids if c.dep_ == "dobj" and c.lower_ == "charge"] \
        + [g for c in kids if c.dep_ == "prep" and c.lower_ == "in" for g in children_of(c) if g.dep_ == "pobj" and g.lower_ == "charge"]
    if not charges or any(c.dep_ == "prep" and c.lower_ in ("of", "at") for g in charges for c in children_of(g)) \
            or any(c.dep_ == "prep" and c.lower_ in ("of", "at") for c in kids):
        return None
    return _at_first_mention(entity, "organization")[0]


UNNAMED_LEAVING = frozenset({"career.resign"})
UNNAMED_LEAVING_LEMMAS = frozenset({"leave", "quit", "depart"})


def _left_in_view(doc: Doc, event: Event, events: list[Event], analysis: Analysis, main: str | None) -> Argument | None:
    """"X, who left in July to become chief executive of a rival", "Y, the head of product, quit in August": a
    leaving with nothing said of what was left is from the organisation whose post the person holds by a possessive
    title, else the one the article is about (as "X, who joined in 1984" joined it) -- never the one the same
    sentence has the person join."""
    purpose = next((a.text.lower() for a in event.args if a.role == "moved_on" and not a.entity), None)
    if event.type not in UNNAMED_LEAVING or event.lemma not in UNNAMED_LEAVING_LEMMAS or (event.time is None and purpose is None) \
            or any(a.role in ("left", "organization") for a in event.args):
        return None  # (a post stepped down from leaves the body kept: "stepped down as leader" stays in the party)
    span = char_span(doc, event.start, event.end)
    if span is None or span.root.pos_ != "VERB" or any(c.dep_ == "dobj" for c in children_of(span.root)):
        return None  # "quit politics", "left her husband"
    verb = span.root
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in children_of(verb)):
        return None  # "stepped down from the board": told
    person = next((a for a in event.args if a.role == "agent" and (e := analysis.entity(a.entity)) is not None and e.type == "PERSON"), None)
    body = _title_body(doc, event, analysis) or (main if person is not None and not _pronoun_title(doc, analysis.entity(person.entity))
                                                  else None)
    entity = analysis.entity(body) if person is not None and body is not None else None
    if entity is None or not entity.mentions:
        return None
    if any(other.type in ("career.hire", "career.appoint") and other.sentence == event.sentence
           and any(a.role in ("organization", "agent") and a.entity == body for a in other.args)
           and any(a.role == "patient" and a.entity == person.entity for a in other.args) for other in events):
        return None  # "left in May to join us": the body in view is the one joined
    return _at_first_mention(entity, "organization")[0]


def _pronoun_title(doc: Doc, person: Entity | None) -> bool:
    """"Its chief executive, X": a title in apposition to the person's name whose owner is a pronoun (the body told
    before, not always the one the article is about)."""
    for mention in person.mentions if person is not None else ():
        span = char_span(doc, mention.start, mention.end)
        if span is None or mention.kind != "name":
            continue
        titles = [span.root.head] if span.root.dep_ == "appos" else [c for c in children_of(span.root) if c.dep_ == "appos"]
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for t in titles if t.pos_ == "NOUN" for c in children_of(t)):
            return True
    return False


def _people_at(analysis: Analysis) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, e.id) for e in analysis.entities if e.type == "PERSON" for m in e.mentions if m.kind == "name"]


def _named_in_apposition(doc: Doc, arg: Argument, people: list[tuple[int, int, str]]) -> str | None:
    """"dismissed her finance minister, X": the person the title stands for (or a count of people told, "One of
    them, X, joined the force")."""
    span = char_span(doc, arg.start, arg.end)
    if span is None or span.root.pos_ not in ("NOUN", "NUM"):
        return None
    for child in children_of(span.root):
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            found = next((pid for s, e, pid in people if s <= child.idx < e), None)
            if found is not None:
                return found
    return None


def _body_of(doc: Doc, arg: Argument, analysis: Analysis, main: str | None) -> str | None:
    """"its board", "the board", "the university's physics department", an unresolved "it": the
    organisation itself -- its possessor when named, else the one the article is about."""
    span = char_span(doc, arg.start, arg.end)
    if span is None:
        return None
    root = span.root
    if root.lower_ == "it" and root.pos_ == "PRON":
        return main
    if not _unit_noun(root):
        return None
    owner = next((c for c in children_of(root) if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ == "PRON":
        return main
    orgs = [e.id for e in analysis.entities if e.type == "ORG" for m in e.mentions if m.start <= owner.idx < m.end]
    if orgs:
        return orgs[0]
    return main if owner.pos_ == "NOUN" and owner.lemma_.lower() in BODY_NOUNS else None


def article_body(analysis: Analysis) -> str | None:
    """The organisation an article is about: named more than twice as often as any other (its
    short form, "Grolbrook" for Grolbrook Town FC, counted with it)."""
    orgs = [e for e in analysis.entities if e.type == "ORG"]
    long = [e for e in orgs if len(e.name.split()) > 1]
    kinds = lexicon().type_noun_kinds
    press = {e.id for e in orgs if any(kinds.get(r.split()[-1]) in MEDIA_KINDS for r in e.attrs.get("roles", []))}  # ("the newspaper X
    # reported ...": the paper telling the story is not the body the story is about; no one leaves it or joins it unnamed)
    tally: dict[str, int] = {}
    for entity in orgs:
        full = full_form(entity, long) if len(entity.name.split()) == 1 else None
        key = full.id if full is not None else entity.id
        tally[key] = tally.get(key, 0) + len(entity.mentions)
    counts = sorted(((n, key) for key, n in tally.items()), reverse=True)
    if not counts or (len(counts) > 1 and counts[0][0] <= 2 * counts[1][0]) or counts[0][1] in press:
        return None
    return counts[0][1]


MEDIA_KINDS = frozenset({"press", "broadcast"})  # the lexicon's kinds of the newspaper, the magazine, the broadcaster


def _fill(doc: Doc, event: Event, analysis: Analysis, people: list[tuple[int, int, str]], main: str | None) -> None:
    for arg in event.args:
        if arg.entity is not None:
            continue
        if arg.role in ("patient", "agent"):
            arg.entity = _named_in_apposition(doc, arg, people)
        if arg.entity is None and arg.role in ("agent", "organization") and event.type in BODY_TYPES:
            arg.entity = _body_of(doc, arg, analysis, main)
    body = _title_body(doc, event, analysis) or main
    if event.type == "career.hire" and (event.lemma in RETURN_LEMMAS or _passive_signing(doc, event, analysis, body)) \
            and body is not None and (entity := analysis.entity(body)) \
            and not any(a.role in ("organization", "agent") and a.entity for a in event.args):
        # (or "X was signed from Y in December", "two deans were recruited from elsewhere": by the body in view)
        event.args += _at_first_mention(entity, "organization", "agent")  # "returned as assistant manager in 2006": to the club
        # the article is about
    event.args = [a for a in event.args if not (a.role == "role" and a.text.lower().split()[-1:] in (["successor"], ["replacement"]))]  # no post
    if event.type in ("career.appoint", "career.hire") and not any(a.role == "role" for a in event.args):
        post = _relative_post(doc, event) or stranded_post(doc, event.start, event.end)
        if post is not None:
            event.args.append(post)


def _body_owning_post(doc: Doc, event: Event, analysis: Analysis) -> Argument | None:
    """"appointed head of the university's exoplanet group": the post is in a unit of the body that owns it,
    the organisation of the appointment."""
    for arg in event.args:
        span = char_span(doc, arg.start, arg.end) if arg.role == "role" else None
        if span is None:
            continue
        for unit in (p for c in children_of(span.root) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)
                     if p.dep_ == "pobj" and p.i < span.end):
            owner = next((c for c in children_of(unit) if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            found = next((e for e in analysis.entities if e.type == "ORG" and owner is not None
                          for m in e.mentions if m.start <= owner.idx < m.end), None)
            if found is not None:
                return _named(found, "organization", owner.idx, owner.idx + len(owner.text))
        # "promoted to head of sales at X": "at X" hung on the post's "of" object, X owns the post (not "sworn in as
        # minister at the Palace", a place)
        for holder in (p for c in children_of(span.root) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c) if p.dep_ == "pobj"):
            for body in (p for c in children_of(holder) if c.dep_ == "prep" and c.lower_ == "at" for p in children_of(c) if p.dep_ == "pobj"):
                found = next((e for e in analysis.entities if e.type == "ORG" for m in e.mentions if m.start <= body.idx < m.end), None)
                if found is not None:
                    m = next(m for m in found.mentions if m.start <= body.idx < m.end)
                    return _named(found, "organization", m.start, m.end)
    return None


def _passive_signing(doc: Doc, event: Event, analysis: Analysis, main: str | None) -> bool:
    """A hiring told in the passive with no one doing it ("was signed from Y", "were recruited"),
    not from the body the article is about."""
    span = char_span(doc, event.start, event.end)
    if main is None or span is None or span.root.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in children_of(span.root)):
        return False
    entity = analysis.entity(main)
    return entity is not None and not _from_entity(span.root, entity)


def _titles(doc: Doc, person: Entity) -> list[Token]:
    """The title nouns in apposition to the person's name ("Its chief executive, X", "X, Acme's finance chief",
    "Acme's co-founders, A and B")."""
    out: list[Token] = []
    for mention in person.mentions:
        if mention.kind != "name":
            continue
        root = token_at(doc, mention.start, mention.end)  # (a one-word name: no span to make)
        if root is None:
            span = char_span(doc, mention.start, mention.end)
            if span is None:
                continue
            root = span.root
        while root.dep_ == "conj" and root.head.pos_ == "PROPN":
            root = root.head  # "Acme's co-founders, A and B": B's title too
        titles = [root.head] if root.dep_ == "appos" else [c for c in children_of(root) if c.dep_ == "appos"]
        out += [t for t in titles if t.pos_ == "NOUN"]
    return out


def _title_body(doc: Doc, event: Event, analysis: Analysis) -> str | None:
    """The one organisation whose post the event's person is told holding by a possessive title in
    apposition ("Its chief executive, X", "X, Acme's finance chief", anywhere in the article): the body
    a joining or a passive hiring with no organisation said is into."""
    people = [a.entity for a in event.args if a.role in ("patient", "agent") and (e := analysis.entity(a.entity)) is not None
              and e.type == "PERSON"]
    person = analysis.entity(people[0]) if len(people) == 1 else None
    return _person_title_body(doc, person, analysis) if person is not None else None


def _person_title_body(doc: Doc, person: Entity, analysis: Analysis) -> str | None:
    """The one organisation the person is told holding a post at by a possessive title or one before the name."""
    found: set[str] = set()
    for title in _titles(doc, person):
        for owner in (c for c in children_of(title) if c.dep_ == "poss"):
            found |= {e.id for e in analysis.entities if e.type == "ORG" for m in e.mentions if m.start <= owner.idx < m.end}
    for words in _titles_before(doc, person):  # "Brennstad chief executive X, who joined from Z in 2017"
        found |= {e.id for e in analysis.entities if e.type == "ORG" for m in e.mentions if words[0].idx <= m.start < words[-1].idx}
    return found.pop() if len(found) == 1 else None


def _titles_before(doc: Doc, person: Entity) -> Iterator[list[Token]]:
    """The words before a person's name in its own noun phrase that end in a post now held ("Brennstad chief executive X",
    "Acme Finance Director X"; not "former Acme chief executive X")."""
    for mention in person.mentions:
        span = char_span(doc, mention.start, mention.end) if mention.kind == "name" else None
        if span is None or span.root.left_edge.i >= span.start:
            continue
        words = list(doc[span.root.left_edge.i : span.start])
        if len(words) > 1 and a_post(" ".join(w.lower_ for w in words[-2:])) \
                and not any(w.lower_ in EARLIER_POST_WORDS or w.lower_.startswith("ex-") for w in words):
            yield words


def _from_entity(verb: Token, entity: Entity) -> bool:
    """Whether `verb` says it came "from" the entity ("joined from Z", "was signed from Z")."""
    heads = [verb, *(c for c in children_of(verb) if c.dep_ == "advmod" and c.lower_ == "away")]  # "was hired away from Z"
    origins = [p for h in heads for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "from" for p in children_of(c) if p.dep_ == "pobj"]
    origins += [a for o in origins for a in children_of(o) if a.dep_ == "appos"]  # "from the consultancy Z"
    return any(m.start <= o.idx < m.end for o in origins for m in entity.mentions)


def _joined_from(doc: Doc, event: Event, analysis: Analysis, main: str | None) -> None:
    """"X, who joined from Z in 1998", "X, who joined in 1984": joined, with no organisation said, the
    one the article is about (news leaves out the organisation in view) -- a hiring by it, unless Z is
    that one."""
    span = char_span(doc, event.start, event.end)
    if span is None or span.root.pos_ != "VERB":
        return
    verb = span.root
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "dobj" for c in children_of(verb)):
        return  # "she joins from Z": the move announced, told by its appointment
    main = _title_body(doc, event, analysis) or main  # "Its chief executive, X, who joined from Z": its
    entity = analysis.entity(main)
    preps = [c for c in children_of(verb) if c.dep_ == "prep"]
    dated = bool(preps) and all(p.lower_ in ("in", "on") and any(g.ent_type_ == "DATE" for g in children_of(p)) for p in preps)
    dated = dated or (not preps and any(c.dep_ in ("npadvmod", "advmod") and c.ent_type_ == "DATE" and c.lower_ in ("later", "year", "years")
                                        for c in children_of(verb)))  # "the guitarist X joined a year later"
    if entity is None or not entity.mentions or not (any(p.lower_ == "from" for p in preps) or dated) or _from_entity(verb, entity):
        return  # (or "X, who joined in 1984": only a date said, the body in view)
    person = next((a for a in event.args if a.role == "agent" and (e := analysis.entity(a.entity)) is not None and e.type == "PERSON"), None)
    if person is None:
        return
    event.type = "career.hire"
    person.role = "patient"
    event.args = [person] + _at_first_mention(entity, "organization", "agent")


ARRIVAL_TERMS = frozenset({"loan", "transfer", "contract", "deal", "fee"})  # "arrived on a season-long loan / a free transfer"
ARRIVING_MEMBERS = BAND_ROLE_NOUNS | PLAYER_NOUNS  # "the drummer X arrived", "the goalkeeper X arrived"
FROM_BODIES = frozenset({"band", "club", "side", "team", "group", "orchestra", "squad", "outfit"})  # "arrived from a covers band"


def _member_named(doc: Doc, person: Entity) -> bool:
    """The person told as a player or a band member: "The bassist, X", "the goalkeeper X"."""
    if any(t.lemma_.lower() in ARRIVING_MEMBERS for t in _titles(doc, person)):
        return True
    for mention in person.mentions:
        span = char_span(doc, mention.start, mention.end) if mention.kind == "name" else None
        if span is not None and span.start > 0 and doc[span.start - 1].lower_ in ARRIVING_MEMBERS:
            return True
    return False


def _arrived(doc: Doc, event: Event, analysis: Analysis, main: str | None) -> None:
    """"The drummer, X, arrived two years later from a covers band", "X arrived from the club Y on a season-long loan", "the
    goalkeeper X arrived on a free transfer": a player or a band member arriving, no place reached, joins the organisation the
    article is about (news leaves out the body in view, as with `_joined_from`) -- a hiring by it, unless it came from it."""
    span = char_span(doc, event.start, event.end)
    if span is None or span.root.pos_ != "VERB":
        return
    verb = span.root
    preps = [c for c in children_of(verb) if c.dep_ == "prep"]
    if any(p.lower_ in ("in", "at", "into", "to") and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in children_of(p))
           for p in preps):
        return  # "arrived in London", "arrived at the hotel" (not "arrived in the summer of 2023")
    main = _title_body(doc, event, analysis) or main
    entity = analysis.entity(main)
    person = next((a for a in event.args if a.role in ("agent", "patient") and (e := analysis.entity(a.entity)) is not None
                   and e.type == "PERSON"), None)
    if entity is None or entity.type != "ORG" or not entity.mentions or person is None or _from_entity(verb, entity) \
            or person.text.lower() in ("he", "she"):
        return  # (the one arriving by name or a relative pronoun: "he arrived" may be anyone's, a coach's, a visitor's)
    origins = [g for p in preps if p.lower_ == "from" for g in children_of(p) if g.dep_ == "pobj"]
    from_body = any(g.lemma_.lower() in FROM_BODIES or any(e.type == "ORG" for e in analysis.entities for m in e.mentions
                                                           if m.start <= g.idx < m.end) for g in origins)
    terms = any(g.lemma_.lower() in ARRIVAL_TERMS for p in preps if p.lower_ == "on" for g in children_of(p) if g.dep_ == "pobj")
    if not (from_body or terms or _member_named(doc, analysis.entity(person.entity))):  # type: ignore[arg-type]
        return  # "X arrived late", "the minister arrived": no move told
    event.type = "career.hire"
    event.args = [replace(person, role="patient")] + _at_first_mention(entity, "organization", "agent")


def _team(entity: Entity) -> bool:
    """A sports club by its name ("Nordskar IF") or by what the text calls it ("the club")."""
    words = entity.name.split()
    return (bool(words) and words[-1] in team_name_words()) or any(
        m.kind != "name" and m.text.lower().split()[-1:] in (["club"], ["team"], ["side"]) for m in entity.mentions)


REPLACE_LEMMAS = frozenset({"replace"})


def _band_replacement(event: Event, analysis: Analysis, doc: Doc, main: str | None) -> None:
    """"X, who replaced the original drummer Y in 2003": in a band (the article's), one player taken in for
    another -- a hiring by the band, no post given (an active "replaced" is otherwise read only with a post)."""
    people = {a.role: a for a in event.args if a.role in ("agent", "patient") and (e := analysis.entity(a.entity)) is not None
              and e.type == "PERSON"}
    band = analysis.entity(main) if main is not None else None
    if len(people) < 2 or band is None or not band.mentions or not _band(doc, band):
        return
    event.type = "career.hire"
    event.args = [replace(people["agent"], role="patient"), replace(people["patient"], role="predecessor")] \
        + _at_first_mention(band, "organization", "agent")


def _band_parting(doc: Doc, event: Event, analysis: Analysis) -> None:
    """"The Glasgow four-piece X have parted ways with their drummer, Y": a band parting with one of its players tells the
    player's leaving (a resignation from the band, as the fixtures read it), not a dismissal (a club or a firm parting
    with its manager is one)."""
    if event.type != "career.fire" or event.lemma != "part":
        return
    band = next((a for a in event.args if a.role == "agent" and _band(doc, analysis.entity(a.entity))), None)
    player = next((a for a in event.args if a.role == "patient" and (e := analysis.entity(a.entity)) is not None
                   and e.type == "PERSON"), None)
    if band is not None and player is not None:
        event.type = "career.resign"
        event.args = [replace(player, role="agent"), replace(band, role="organization")]


def _band(doc: Doc, entity: Entity | None) -> bool:
    """A band, a duo, a trio ... by its name, a mention ("the band") or the noun right before its name."""
    if entity is None:
        return False
    bands = frozenset(config()["employment"]["band_nouns"])
    words = {w.lower() for w in entity.name.split()} | {m.text.lower().split()[-1] for m in entity.mentions if m.kind != "name" and m.text.split()}
    for mention in entity.mentions:
        span = char_span(doc, mention.start, mention.end)
        if span is not None and span.start > 0:
            words.add(doc[span.start - 1].lower_)
    return bool(words & bands)


# what a post holder takes over, never buys: "took over the programme / the side / the newsroom in 2019"
@lru_cache(maxsize=1)
def taken_in_charge() -> frozenset[str]:
    """What a person takes charge of ("took over the programme / the newsroom / the side"): the nouns the take-over
    reject of events.toml spares (its `unless_words`), leaving those events to `_taken_in_charge`."""
    return frozenset(w for etype in schema().types if etype.name == "business.acquire"
                     for rule in etype.rejects for w in rule.get("unless_words", ()))


BUSINESS_TAKEN = frozenset({"company", "club", "show", "series"})  # ... but what an owner may buy: a post holder's only


def _taken_in_charge(doc: Doc, event: Event, analysis: Analysis) -> None:
    """"Thaldrenia's head coach, X, who took over the programme in 2023", "the theatre's artistic director, X, who took over the
    Steyland in 2022": a person taking over a team, a unit or a body they are told holding a post at is appointed to that post
    (a career.appoint, not a purchase: "took over the business from her parents" stays one)."""
    if event.type != "business.acquire" or event.lemma != "take over":
        return
    people = [a for a in event.args if a.role == "agent" and (e := analysis.entity(a.entity)) is not None and e.type == "PERSON"]
    taken = next((a for a in event.args if a.role == "patient"), None)
    span = char_span(doc, taken.start, taken.end) if taken is not None else None
    if len(people) != 1 or span is None:
        return
    person = analysis.entity(people[0].entity)
    posts = [t for t in _titles(doc, person) if title_value(t) is not None and a_post(title_value(t))]  # type: ignore[arg-type]
    body = analysis.entity(taken.entity)
    noun = span.root.lemma_.lower()
    if not ((noun in taken_in_charge() and (noun not in BUSINESS_TAKEN or posts)) or (posts and body is not None and body.type == "ORG")):
        return
    event.type = "career.appoint"
    people[0].role = "patient"
    event.args = [people[0]] + ([Argument("organization", taken.start, taken.end, taken.text, taken.entity)]
                                if body is not None and body.type == "ORG" else [])
    if posts:
        post = posts[0]
        event.args.append(Argument("role", post.idx, post.idx + len(post.text), title_value(post)))  # type: ignore[arg-type]


def _town_named(doc: Doc, arg: Argument) -> bool:
    """Was the organisation reached through a place name ("arrived in Nordskar")?"""
    span = char_span(doc, arg.start, arg.end)
    return span is not None and span.root.ent_type_ in ("GPE", "LOC")


# a calling taken up after leaving ("left to pursue a solo career", "left in 2009 to train as a nurse")
PURPOSE_AFTER_LEAVING = frozenset({"pursue", "train", "study", "teach", "build", "found", "find", "spend", "focus", "concentrate",
                                   "work", "care", "look", "raise", "write", "form", "open", "devote", "practise", "practice",
                                   "set", "start", "launch", "run", "join", "become", "take", "head", "lead", "manage", "coach",
                                   "edit", "chair", "establish", "develop", "create", "return"})


FOUNDING_PURPOSES = frozenset({"found", "find", "build", "start", "set", "launch", "establish", "form", "create"})


def _left_to_do(doc: Doc, event: Event, analysis: Analysis) -> None:
    """"X, who left in July to found his own start-up", "had left to train as a nurse", "left to pursue a solo career":
    a person leaving with nothing named as left, for a calling taken up after (an infinitive of purpose), leaves a job --
    a career.resign (the body left is the one in view, when dated: `_left_in_view`)."""
    if event.type is not None or event.lemma not in ("leave", "depart") or event.polarity == "NEG":
        return
    span = char_span(doc, event.start, event.end)
    if span is None or span.root.pos_ != "VERB" or span.root.dep_ == "pcomp" or any(
            c.dep_ in ("dobj", "dative", "attr", "oprd", "ccomp", "nsubjpass") for c in children_of(span.root)):
        return  # "left school to work", "left him to fend for himself", "was left to ..."; ("spent nine years at X before
        # leaving in 2022 to join Y": the stint tells the leaving)
    purpose = next((c for c in children_of(span.root) if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                    and c.lemma_.lower() in PURPOSE_AFTER_LEAVING and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))),
                   None)
    person = next((a for a in event.args if a.role == "agent" and (e := analysis.entity(a.entity)) is not None and e.type == "PERSON"),
                  None)
    if purpose is None or person is None:
        return
    body = _body_worked_at(span.root, analysis)
    if body is None and purpose.lemma_.lower() in FOUNDING_PURPOSES and any(
            t.lower_ in config()["employment"]["founder_titles"] for t in _titles(doc, analysis.entity(person.entity))):
        return  # "Y's co-founders, A and B, ... left in 2022 to build it": the founding told, whose posts at Y the leaving must not
        # end (unless the body left is named: "met as associates at the law firm X and left together in 2022 to build it")
    event.type = "career.resign"
    event.args.append(Argument("moved_on", purpose.idx, purpose.idx + len(purpose.text), purpose.text))
    if body is not None:
        event.args.append(body)


STINT_NOUNS = frozenset({"year", "decade", "month", "season", "spell", "stint", "career", "tenure", "time"})


def _bare_leaving(doc: Doc, event: Event, types: tuple[str | None, ...]) -> Token | None:
    """The verb of a leaving told with no body left and nothing left as its object (not "left school", "left him ..."),
    of one of `types`, not negated: the leavings whose body a stint told beside them may give."""
    if event.lemma not in UNNAMED_LEAVING_LEMMAS or event.type not in types or event.polarity == "NEG" \
            or any(a.role in ("organization", "left") for a in event.args):
        return None
    span = char_span(doc, event.start, event.end)
    if span is None or any(c.dep_ in ("dobj", "dative", "attr", "oprd", "nsubjpass") for c in children_of(span.root)):
        return None
    return span.root


def _left_after_stint(doc: Doc, event: Event, analysis: Analysis) -> None:
    """"After 12 years at Hoxley Bank, X left in 2019", "After a decade with Y, she quit": a leaving told after a stint
    at a named organisation leaves that organisation (a career.resign, when "leave" was untyped)."""
    verb = _bare_leaving(doc, event, (None, "career.resign"))
    if verb is None or verb.pos_ != "VERB":
        return
    if not any(a.role == "agent" and (e := analysis.entity(a.entity)) is not None and e.type == "PERSON" for a in event.args):
        return
    stint = [n for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "after"
             for n in children_of(p) if n.dep_ == "pobj" and n.lemma_.lower() in STINT_NOUNS]
    places = [t for n in stint for p in children_of(n) if p.dep_ == "prep" and p.lower_ in ("at", "with")
              for t in children_of(p) if t.dep_ == "pobj"]
    for place in places:
        if (body := _organisation_at(analysis, place.idx)) is not None:
            event.type = "career.resign"
            event.args.append(body)
            return


def _left_after_doing(doc: Doc, event: Event, analysis: Analysis) -> None:
    """"X, who presented the programme Y on Anvil Street Television for nine years before quitting in the summer": a leaving
    told as what ended a stint at a named organisation (the one organisation named after "on", "at" or "with" in the
    stint's clause) leaves that organisation."""
    leaving = _bare_leaving(doc, event, ("career.resign",))
    if leaving is None or leaving.dep_ != "pcomp" or leaving.head.lower_ != "before" or leaving.head.head.pos_ != "VERB":
        return
    verb, before = leaving.head.head, leaving.head
    places = [t for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("on", "at", "with") and p.i < before.i
              for t in children_of(p) if t.dep_ == "pobj"]
    bodies = {b.entity: b for place in places if (b := _organisation_at(analysis, place.idx)) is not None}
    if len(bodies) == 1:
        event.args.append(next(iter(bodies.values())))


def _organisation_at(analysis: Analysis, idx: int) -> Argument | None:
    """The organisation mention covering character `idx`, as an `organization` argument."""
    for entity in analysis.entities:
        m = next((m for m in entity.mentions if m.start <= idx < m.end), None) if entity.type == "ORG" else None
        if m is not None:
            return Argument("organization", m.start, m.end, m.text, entity.id)
    return None


JOB_NOUNS = frozenset({"job", "post", "role", "position"})


def _job_left_at(doc: Doc, event: Event, analysis: Analysis) -> None:
    """"He left his previous job, at the Belgian side KV Maasbrug, in October": a job left, told with the body it was at
    ("at" or "with" on the verb or on the job), leaves that body."""
    if event.type != "career.resign" or any(a.role == "organization" and a.entity for a in event.args):
        return
    verb = token_at(doc, event.start, event.end)
    job = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in JOB_NOUNS), None) if verb is not None else None
    if job is None:
        return
    for prep in (p for h in (verb, job) for p in children_of(h) if p.dep_ == "prep" and p.lower_ in ("at", "with")):
        for place in (t for o in children_of(prep) if o.dep_ == "pobj" for t in (o, *(c for c in children_of(o) if c.dep_ == "appos"))):
            if (body := _organisation_at(analysis, place.idx)) is not None:
                event.args.append(body)
                return


def _body_worked_at(verb: Token, analysis: Analysis) -> Argument | None:
    """"met as junior associates at the law firm X and left together in 2022": the organisation the verb the leaving is
    coordinated with names after "at" or "for" is the one left."""
    if verb.dep_ != "conj":
        return None
    places = [t for p in verb.head.subtree if p.i < verb.i and p.dep_ == "prep" and p.lower_ in ("at", "for") for t in p.subtree]
    return next((body for place in places if (body := _organisation_at(analysis, place.idx)) is not None), None)


def _promoted_within(doc: Doc, events: list[Event]) -> None:
    """"joined X as a consultant in 2011 and was promoted to medical director": a promotion told
    with the joining it follows is within the organisation joined."""
    by_start = {e.start: e for e in events if e.type in ("career.hire", "career.appoint")}
    for event in events:
        if event.type != "career.appoint" or event.lemma not in PROMOTE_LEMMAS or any(a.role == "organization" for a in event.args):
            continue
        span = char_span(doc, event.start, event.end)
        if span is None or span.root.dep_ != "conj":
            continue
        first = by_start.get(span.root.head.idx)
        if first is None or first is event:
            continue
        event.args += [Argument(a.role, a.start, a.end, a.text, a.entity) for a in first.args
                       if a.role == "organization" and a.entity]


TAKEN_POSTS = frozenset({"job", "post", "role", "position"})


def _took_the_post(doc: Doc, event: Event) -> bool:
    """"Hexley's chief executive, X, who took the job in April after eleven years at Y": "the job" taken is the post the
    text names, an appointment to it (not "took a job at Y", a hiring)."""
    if event.type != "career.hire" or event.lemma not in ("take", "accept"):
        return False
    span = char_span(doc, event.start, event.end)
    if span is None:
        return False
    verb = span.root
    post = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_POSTS), None)
    return post is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(post)) \
        and not any(c.dep_ == "prep" for c in children_of(post)) \
        and not any(c.dep_ == "prep" and c.lower_ in ("at", "with") for c in children_of(verb))


def career_arguments(doc: Doc, events: list[Event], analysis: Analysis) -> None:
    """Fill and correct the arguments of career events in place."""
    named, main = _people_at(analysis), article_body(analysis)
    for event in events:
        if _took_the_post(doc, event):
            event.type = "career.appoint"
        if event.type is None and event.lemma in JOIN_LEMMAS:
            _joined_from(doc, event, analysis, main)
        if event.type is None and event.lemma in PLACE_MOVES:
            _arrived(doc, event, analysis, main)
        if event.type == "career.hire" and event.lemma == "sign" and not any(a.role in ("organization", "club", "agent") for a in event.args):
            _arrived(doc, event, analysis, main)  # "the striker X, signed from Y for £3.5m": signed by the club in view
        if event.type is None and event.lemma in REPLACE_LEMMAS:
            _band_replacement(event, analysis, doc, main)
        _band_parting(doc, event, analysis)
        _job_left_at(doc, event, analysis)
        _left_to_do(doc, event, analysis)
        _left_after_stint(doc, event, analysis)
        _left_after_doing(doc, event, analysis)
        _taken_in_charge(doc, event, analysis)
    _contest_body(doc, events, analysis)
    if not any(e.type in CAREER_TYPES for e in events):
        return
    people = {e.id for e in analysis.entities if e.type == "PERSON"}
    for event in events:
        if event.type not in CAREER_TYPES:
            continue
        _fill(doc, event, analysis, named, main)
        event.args = [a for a in event.args if not (a.role in NOT_PERSON_ROLES and a.entity in people)]
        movers = {a.entity for a in event.args if a.role in LEAVER_ROLES.get(event.type, ("patient",)) and a.entity}
        event.args = [a for a in event.args if not ((a.role in NOT_PERSON_ROLES or a.role == "predecessor"
                                                     or (a.role == "agent" and event.type not in AGENT_LEAVES))
                                                    and a.entity in movers)]  # no one hires, fires or succeeds themselves
        if event.time in UNDATED:
            event.time, event.timex, event.time_source = None, None, None
        if event.type == "career.appoint" and not any(a.role == "role" for a in event.args):
            post = _named_post(doc, event)
            if post is not None:
                event.args.append(post)
        if event.type in ("career.appoint", "career.hire") and not any(a.role == "organization" for a in event.args):
            body = _body_owning_post(doc, event, analysis) or (_body_taken_charge(doc, event, analysis) if event.type == "career.appoint" else None) \
                or (_body_handed_over(doc, event, analysis) if event.type == "career.appoint" else None) \
                or (_charge_in_view(doc, event, analysis, main) if event.type == "career.appoint" else None) \
                or _reporting_body(doc, event, analysis) or (_played_for_after(doc, event, analysis) if event.type == "career.hire" else None)
            if body is not None:
                event.args.append(body)
        if event.type in LEAVING_TYPES and not any(a.role == "role" for a in event.args):
            post = _left_post(doc, event, analysis)
            if post is not None:
                event.args.append(post)
        if event.type in LEAVING_TYPES and not any(a.role == "organization" for a in event.args):
            body = _body_of_post_left(doc, event, analysis) or _body_led(doc, event, analysis) \
                or _left_in_view(doc, event, events, analysis, main)
            if body is not None:
                event.args.append(body)
        event.args = [a for a in event.args if not (a.role == "role" and _plural_post(doc, a, event))]
    for event in events:  # "was replaced by X", "X, who replaced the drummer Y in 2003": a band takes a player in, no post given
        if event.type == "career.appoint" and event.lemma in REPLACE_LEMMAS and not any(a.role == "role" for a in event.args) \
                and main is not None and _band(doc, analysis.entity(main)):
            event.type = "career.hire"
            if not any(a.role in ("organization", "agent") and a.entity for a in event.args):
                event.args += _at_first_mention(analysis.entity(main), "organization", "agent")  # type: ignore[arg-type]
    full_organisations(events, analysis, doc)
    _promoted_within(doc, events)
    _shows_presented(events, analysis)  # "named presenter of 'Saturday Lights'": the show, a work
    _employer_as_organisation(events, analysis)
    _post_now_left(events)
    for event in events:  # "arrived in London": a place reached, no organisation joined; "arrived in Nordskar": its club
        if event.type == "career.hire" and event.lemma in PLACE_MOVES and not any(
                a.role in ("organization", "arrived_from") and (e := analysis.entity(a.entity)) is not None and e.type == "ORG"
                and (_team(e) or (a.role == "organization" and not _town_named(doc, a))) for a in event.args):
            # ("arrived from the club X": a player's move; "arrived from the Treasury" tells a visit)
            event.type = None
            _arrived(doc, event, analysis, main)  # ... unless a player's or a member's, to the body in view
        elif event.type == "career.hire" and event.lemma in PLACE_MOVES and _hired_beside(event, events):
            event.type = None  # "signed the goalkeeper X, who arrived from Y": the one signing, told twice
        elif event.type == "career.hire" and event.lemma in PLACE_MOVES and main is not None \
                and not any(a.role in ("organization", "agent") for a in event.args) \
                and (body := analysis.entity(main)) is not None and body.type == "ORG" and body.mentions \
                and not any(a.role == "arrived_from" and a.entity == main for a in event.args):
            event.args += _at_first_mention(body, "organization", "agent")  # "The 49-year-old, who arrived from Y City in
            # the summer of 2023": arrived at the club in view, the one the story is about


def _hired_beside(event: Event, events: list[Event]) -> bool:
    """Another hiring of the same person in the same sentence."""
    hired = {a.entity for a in event.args if a.role == "patient" and a.entity}
    return any(other is not event and other.type == "career.hire" and other.sentence == event.sentence
               and hired & {a.entity for a in other.args if a.role == "patient" and a.entity} for other in events)


EMPLOYER_TYPES = frozenset({"career.hire", "career.appoint", "career.fire"})


def _later(value: str | None, than: str) -> bool:
    """A time after another, at the precision both share (None: the article's own news, after any past one)."""
    if value is None:
        return True
    size = min(len(value), len(than))
    return value[:4].isdigit() and value[:size] > than[:size]


def _post_now_left(events: list[Event]) -> None:
    """"Penhallick was appointed in June 2013" in a story of his sacking by Corrowfield Rovers: a dated appointment that
    names no body, of someone who later leaves or loses a post at one, was to that body."""
    for event in events:
        if event.type != "career.appoint" or event.time is None or not event.time[:4].isdigit() \
                or any(a.role in ("organization", "agent") for a in event.args):
            continue
        person = next((a.entity for a in event.args if a.role == "patient" and a.entity), None)
        bodies = {a.entity: a for other in events if other.type in LEAVING_TYPES and other.polarity == "POS"
                  and _later(other.time, event.time)
                  and any(a.role in LEAVER_ROLES[other.type] and a.entity == person for a in other.args)
                  for a in other.args if a.role == "organization" and a.entity}
        if person is not None and len(bodies) == 1:
            event.args.append(next(iter(bodies.values())))


def _employer_as_organisation(events: list[Event], analysis: Analysis) -> None:
    """"Thandermolen hired her in 2014": the organisation that hires, appoints or fires is also the
    body joined or left (the fixtures' `organization`), when no other is named."""
    for event in events:
        if event.type not in EMPLOYER_TYPES or any(a.role == "organization" for a in event.args):
            continue
        employer = next((a for a in event.args if a.role == "agent" and (e := analysis.entity(a.entity)) is not None
                         and e.type == "ORG"), None)
        if employer is not None:
            event.args.append(Argument("organization", employer.start, employer.end, employer.text, employer.entity))


SHOW_ROLES = frozenset({"organization", "agent", "joined", "left", "body"})


def _shows_presented(events: list[Event], analysis: Analysis) -> None:
    """"She was named presenter of 'Saturday Lights' in 2014": a show (a work) told where a body would be is the work
    the post is on, no body joined, left or appointing."""
    for event in events:
        if event.type not in EMPLOYER_TYPES:
            continue
        shows = [a for a in event.args if a.role in SHOW_ROLES and (e := analysis.entity(a.entity)) is not None and e.type == "WORK"]
        if not shows:
            continue
        event.args = [a for a in event.args if not any(a is s for s in shows)]
        if not any(a.role == "work" for a in event.args):
            event.args.append(replace(shows[0], role="work"))


# an office won is the post an election gives ("won the mayoralty of Pakehaven": mayor)
OFFICE_NOUNS = {"mayoralty": "mayor", "presidency": "president", "governorship": "governor", "premiership": "prime minister",
                "chancellorship": "chancellor", "leadership": "leader", "speakership": "speaker"}
SEAT_NOUNS = frozenset({"seat", "ward", "constituency", "riding", "district"})
ELECTION_NOUNS = frozenset({"election", "by-election"})  # "the Frunmore by-election": the place it is held in
CHAMBERS = frozenset(config()["employment"]["chambers"])


RACE_NOUNS = frozenset({"election", "re-election", "reelection"})  # "won election to X": the body X


def _chamber_after_to(doc: Doc, head: Token, analysis: Analysis) -> Argument | None:
    """"won election / re-election to the state senate", "to the Agrarian council": the body after "to", on the
    contest or on the verb that won it (a body named, or a chamber as written)."""
    holders = (head, head.head) if head.dep_ == "dobj" else (head,)
    for where in (t for h in holders for c in children_of(h) if c.dep_ == "prep" and c.lower_ == "to"
                  for t in children_of(c) if t.dep_ == "pobj"):
        found = entity_containing(analysis, where.idx, where.idx + len(where.text))
        entity = analysis.entity(found) if found else None
        if entity is not None and entity.type == "ORG":
            return _named(entity, "organization", where.idx, where.idx + len(where.text))
        if entity is None and where.lemma_.lower() in CHAMBERS:
            first = next(t for t in doc[where.left_edge.i : where.i + 1] if t.dep_ not in ("det", "poss"))
            return Argument("organization", first.idx, where.idx + len(where.text), doc_text(doc)[first.idx : where.idx + len(where.text)])
    return None


def _named(entity: Entity, role: str, start: int, end: int) -> Argument:
    """An argument for the entity's mention within start..end (the whole span when none is)."""
    m = next((m for m in entity.mentions if m.start < end and start < m.end), None)
    return Argument(role, m.start, m.end, m.text, entity.id) if m is not None else Argument(role, start, end, entity.name, entity.id)


def _seat_place(doc: Doc, event: Event, analysis: Analysis, roles: set[str]) -> str | None:
    """"held her Olmsby seat", "kept the Varnes seat", "kept her seat in Thavholm": the place of the seat an
    election's verb has as its object (a bare name the recognizer took for a body as well); "was re-elected in
    Ward 7", "re-elected in Cholvik North": the ward or seat the verb is won in; "won the Frunmore by-election",
    "romped home in the Frunmore by-election", "her victory in the Frunmore by-election": the name before the election
    noun, as before a seat's.  The entity placed, if any."""
    span = char_span(doc, event.start, event.end)
    if span is None or span.root.pos_ not in ("VERB", "NOUN"):
        return None
    verb = span.root
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in ELECTION_NOUNS:  # "won the Frunmore by-election": its seat named as a seat noun's
        seat = verb
    else:  # (a noun: "her victory in the Frunmore by-election")
        seat = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in SEAT_NOUNS | ELECTION_NOUNS), None)
        if seat is None:  # "romped home in the Frunmore by-election", "swept to victory in the X by-election"
            preps = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("in", "at", "to")]
            preps += [p for c in preps if c.lower_ == "to" for v in children_of(c) if v.dep_ == "pobj" and v.lower_ == "victory"
                      for p in children_of(v) if p.dep_ == "prep" and p.lower_ in ("in", "at")]
            seat = next((t for c in preps if c.lower_ != "to" for t in children_of(c) if t.dep_ == "pobj" and t.lemma_.lower() in ELECTION_NOUNS), None)
    names = [c for c in children_of(seat) if c.dep_ in ("compound", "amod") and c.text[:1].isupper()] if seat is not None else []
    for holder in [seat, verb] if seat is not None else [verb]:
        names += [t for c in children_of(holder) if c.dep_ == "prep" and c.lower_ in ("in", "for", "of") and (holder is seat or c.lower_ != "of")
                  for t in children_of(c) if t.dep_ == "pobj" and t.pos_ == "PROPN"]
    for name in names:
        found = entity_containing(analysis, name.idx, name.idx + len(name.text))
        entity = analysis.entity(found) if found else None
        if entity is not None and seat_named(entity) and (entity.type == "GPE" or not any(c.dep_ == "det" for c in children_of(name))):
            event.args.append(_named(entity, "place", name.idx, name.idx + len(name.text)))
            roles.add("place")
            return entity.id
        words = doc[name.left_edge.i : name.right_edge.i + 1]
        if entity is None and name.head.dep_ == "prep" and len(words) > 1 and words[0].lower_ in SEAT_NOUNS and words[0].is_title \
                and all(w.pos_ in ("PROPN", "NUM") for w in words):
            event.args.append(Argument("place", words[0].idx, words[-1].idx + len(words[-1].text), words.text))  # "in Ward 7"
            roles.add("place")
            return None
    return None


VOTER_NOUNS = frozenset({"member", "delegate", "activist", "councillor", "councilor", "representative", "shareholder"})


def _electing_body(doc: Doc, event: Event, analysis: Analysis, roles: set[str]) -> None:
    """"The Agrarian Party elected X as leader", "members of the Agrarian Party elected X": the body that elects (or
    whose members do) is the one elected to, when no other is named."""
    for agent in [a for a in event.args if a.role == "agent"]:
        entity = analysis.entity(agent.entity)
        if entity is None:
            span = char_span(doc, agent.start, agent.end)
            if span is None or not len(span) or span.root.lemma_.lower() not in VOTER_NOUNS:
                continue
            body = next((t for c in children_of(span.root) if c.dep_ == "prep" and c.lower_ == "of" for t in children_of(c)
                         if t.dep_ == "pobj"), None)
            found = entity_containing(analysis, body.idx, body.idx + len(body.text)) if body is not None else None
            entity = analysis.entity(found) if found else None
            if entity is None or body is None:
                continue
            agent = Argument("agent", body.idx, body.idx + len(body.text), body.text, entity.id)
        if entity.type == "ORG":
            event.args.append(_named(entity, "organization", agent.start, agent.end))
            roles.add("organization")
            return


def _contest_body(doc: Doc, events: list[Event], analysis: Analysis) -> None:
    """"won the Social Liberal leadership": an election won whose contest is an organisation's is an
    election to that organisation (its leadership), when no other body is named; "won the mayoralty
    of Pakehaven": the office is the post, the place or body after "of" where; "won the Seremban
    seat": the seat's place; "won a seat on the city council": the body the seat is on."""
    for event in events:
        if event.type != "politics.elect":
            continue
        roles = {a.role for a in event.args}
        placed = _seat_place(doc, event, analysis, roles) if "place" not in roles else None
        if "organization" not in roles:
            _electing_body(doc, event, analysis, roles)
        if placed is not None:  # "won her Crenwhistle seat": the seat's place, no body joined
            event.args = [a for a in event.args if not (a.role == "organization" and a.entity == placed)]
        for contest in [a for a in event.args if a.role == "contest"]:
            entity = analysis.entity(contest.entity)
            if entity is not None and entity.type == "ORG" and "organization" not in roles and contest.entity != placed:
                event.args.append(Argument("organization", contest.start, contest.end, contest.text, contest.entity))
                roles.add("organization")
            elif entity is not None and entity.type == "GPE" and "place" not in roles:
                event.args.append(_named(entity, "place", contest.start, contest.end))  # "the Seremban seat"
                roles.add("place")
            span = char_span(doc, contest.start, contest.end)
            head = span.root if span is not None else None
            if head is not None and "organization" not in roles and head.lemma_.lower() in RACE_NOUNS:
                body = _chamber_after_to(doc, head, analysis)
                if body is not None:  # "won election to the state senate"
                    event.args.append(body)
                    roles.add("organization")
            office = OFFICE_NOUNS.get(head.lemma_.lower()) if head is not None else None
            if head is None or (office is None and head.lemma_.lower() not in SEAT_NOUNS):
                continue
            if office is not None and "role" not in roles:
                event.args.append(Argument("role", head.idx, head.idx + len(head.text), office))
                roles.add("role")
            for where in (t for c in children_of(head) if c.dep_ == "prep" and c.lower_ in ("of", "in", "for", "on") for t in children_of(c)
                          if t.dep_ == "pobj"):
                found = entity_containing(analysis, where.idx, where.idx + len(where.text))
                kind = analysis.entity(found).type if found else None  # type: ignore[union-attr]
                slot = "place" if kind == "GPE" else "organization" if kind == "ORG" else None
                if slot is not None and slot not in roles:
                    event.args.append(_named(analysis.entity(found), slot, where.idx, where.idx + len(where.text)))  # type: ignore[arg-type]
                    roles.add(slot)
                elif found is None and where.lemma_.lower() in CHAMBERS and "organization" not in roles:
                    words = [t for t in doc[where.left_edge.i : where.i + 1] if t.dep_ not in ("det", "poss")]
                    first = words[0]  # "a seat in the provincial legislature": that chamber, as written
                    event.args.append(Argument("organization", first.idx, where.idx + len(where.text),
                                               doc_text(doc)[first.idx : where.idx + len(where.text)]))
                    roles.add("organization")


RESHUFFLE_DOING = frozenset({"carry", "conduct", "announce", "unveil", "make", "complete", "begin", "launch", "stage", "hold"})
RESHUFFLE_DAYS = NEWS_MOVE_DAYS  # how far before the article's day a change of the reshuffle may lie


def reshuffler_agents(doc: Doc, events: list[Event], analysis: Analysis) -> None:
    """"X has been sacked as justice secretary, as Prime Minister Y carried out the biggest reshuffle of his premiership ...
    Z was promoted to chief whip": in the story of one person's reshuffle (the subject of carrying one out, or its
    possessor, or the name before it: "in Y reshuffle"), a dismissal or an appointment to a post told with no one doing it,
    of the days of the news, is that person's doing."""
    doers: set[str] = set()
    for token in with_lemmas(doc, RESHUFFLE_NOUNS):  # (the few words with the lemma: no Token per word of the doc)
        if token.lemma_.lower() not in RESHUFFLE_NOUNS or token.pos_ != "NOUN":
            continue
        named = [c for c in children_of(token) if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
        if token.dep_ == "dobj" and token.head.lemma_.lower() in RESHUFFLE_DOING:
            named += [c for c in children_of(token.head) if c.dep_ == "nsubj"]
        for word in named:
            entity = analysis.entity(entity_containing(analysis, word.idx, word.idx + len(word.text)))
            if entity is not None and entity.type == "PERSON":
                doers.add(entity.id)
    if len(doers) != 1:
        return
    doer = analysis.entity(doers.pop())
    dct = analysis.document.dct
    if doer is None or not doer.mentions or not dct:
        return
    for event in events:
        if event.type not in ("career.appoint", "career.fire") or event.polarity != "POS" \
                or any(a.role == "agent" and a.entity for a in event.args) or not any(a.role in ("role", "predecessor") for a in event.args) \
                or any(a.entity == doer.id for a in event.args):
            continue
        if event.time is not None and (len(event.time) < 10 or _days_before(event.time[:10], dct, RESHUFFLE_DAYS) is None):
            continue  # (a post taken years before: "served as housing minister from 2019")
        event.args = [a for a in event.args if a.role != "agent"] + _at_first_mention(doer, "agent")

