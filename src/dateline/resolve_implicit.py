"""The body a bare title belongs to (used by `resolve`).

"Fackwater Town FC sacked their manager on Monday. ... The chairman, Gordon Cheake, said the board
had not taken the decision lightly": "the chairman" names no body, yet the reader knows whose
chairman he is -- the organisation the article is about.  A post held inside a body
(`implicit_body_titles` in data/facts_relations.toml: chairman, chief executive, head coach,
spokesman, ...) told with no body of its own ("the chairman, X", "X, the chairman", "Chairman X";
not "a chairman", "her chairman", "chairman of Y", "the Acme chairman") makes its holder an
employee of the article's one dominant organisation, when there is one: named in the first two
sentences and mentioned at least three times, half as often again as any other organisation.  Nothing
is added for a holder the article already places at some body.

The same organisation does a purchase, a lay-off or a launch the article tells with no one doing it
("oversaw the acquisition of the French rival X", "an attempt to buy X collapsed")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .model import Analysis, Argument, Event, Fact
from .nlp import char_span, children_of, with_lemmas
from .resolve_base import PAST, POLICE_RANKS, _Builder, _entity, _evidence, _kind, a_band, config
from .resolve_descriptors import said_former
from .resolve_mates import FORMER
from .resolve_titles import _name_of

MIN_MENTIONS = 3
DOMINANCE = 1.5
LEAD_SENTENCES = 2


def dominant_organisation(a: Analysis) -> str | None:
    ranked = sorted(((len(e.mentions), e.id) for e in a.entities if e.type == "ORG" and e.mentions), reverse=True)
    if not ranked or ranked[0][0] < MIN_MENTIONS or (len(ranked) > 1 and ranked[0][0] < DOMINANCE * ranked[1][0]):
        return None
    top = a.entity(ranked[0][1])
    if top is None or min(m.sentence for m in top.mentions) >= LEAD_SENTENCES:
        return None
    return top.id


def _bare(title: Token) -> bool:
    """No possessor, no body before it or after it, and no indefinite article."""
    for child in children_of(title):
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("of", "at", "for", "with")):
            return False
        if child.dep_ in ("compound", "nmod", "amod") and child.pos_ == "PROPN":
            return False
        if child.dep_ == "det" and child.lower_ != "the":
            return False
    return True


def implicit_employers(b: _Builder, doc: Doc, body: str | None, titles: frozenset[str]) -> None:
    """Bare posts of people placed at no body: posts at `body`, the article's dominant organisation."""
    if body is None:
        return
    held = [f for f in b.facts.values() if f.object and (f.relation in ("employee", "member", "role"))]
    placed = {f.subject for f in held}
    for fact in list(b.facts.values()):
        if fact.subject in placed and fact.relation == "role" and not fact.object and fact.valid_from and fact.valid_from[:4].isdigit() \
                and all(f.valid_to == fact.valid_from for f in held if f.subject == fact.subject):
            placed.discard(fact.subject)  # "appointed in January after four years in charge of Y": Y was left for the post
        if fact.relation != "role" or fact.object or not fact.value or fact.value.lower() not in titles or fact.subject in placed:
            continue
        last = fact.value.lower().split()[-1]
        told = []
        for ev in fact.evidence:
            span = char_span(doc, ev.start, ev.end)
            told += [t for t in span or () if t.lower_ == last]
        if not told or not all(_bare(t) for t in told):
            continue
        new = _placed_by(b, fact, body, placed)
        new.valid_to = new.valid_to or fact.valid_to or (PAST if fact.value.lower().startswith("original ") else None)
        # "The original drummer, X": the line-up's first, no longer in it


PAST_WORDS = (FORMER - {"old"}) | {"retired", "erstwhile", "late"}  # ("an old striker" is no former one)


def implicit_players(b: _Builder, body: str | None, teams: set[str], players: frozenset[str]) -> None:
    """"the midfielder X", "X, a defender," in an article about one team (its dominant organisation, a team):
    a player of that team, when the article places them at no body (a player of another side is told with
    it: "the Skarston Vale striker X", "signed X from Y")."""
    if body is None or body not in teams:
        return
    placed = {f.subject for f in b.facts.values() if f.object and f.relation in ("employee", "member")}
    for entity in b.analysis.entities:
        if entity.type != "PERSON" or entity.attrs.get("members"):
            continue
        told = [words for words in entity.attrs.get("roles", []) if words.split()[-1:] and words.split()[-1] in players]
        if not told or any(w in PAST_WORDS or w.startswith("ex-") for words in told for w in words.split()) \
                or any(said_former(b.analysis.document.text, entity, words) for words in told):
            continue  # ("the former striker X": of some team, once)
        moves = [e for e in b.analysis.events if (e.type or "").startswith("career.") and e.type != "career.win"
                 and any(g.entity == entity.id for g in e.args)]
        if moves:
            _gone_elsewhere(b, entity.id, body, moves)
            continue  # signed, released or loaned: when is the events' to tell, and whose player they were
        if entity.id in placed:
            continue
        team = b.analysis.entity(body)
        if team is None or not {m.sentence for m in entity.mentions} & {m.sentence for m in team.mentions}:
            continue  # never told beside the team: maybe a player of the side it played
        b.add("member", entity.id, body)


def _gone_elsewhere(b: _Builder, person: str, body: str, moves: list[Event]) -> None:
    """"Going the other way, the winger X was sold to Y", "the midfielder X moved to Y on loan until January" in an
    article about one team: a player whose only moves are to other bodies, told with no body left ("from"), left the
    article's team -- its member until the move (a loan, or a move still to come, leaves the membership open; a move
    told undated ends it at `PAST_REF`)."""
    a = b.analysis
    hires = [e for e in moves if e.type == "career.hire"]
    if len(hires) != len(moves):
        return
    joined: set[str] = set()
    for event in hires:
        bodies = {g.entity for g in event.args if g.role in ("organization", "agent") and g.entity}
        if not bodies or body in bodies or any(_kind(a, org) != "ORG" for org in bodies):
            return
        joined |= bodies
    if any(f.subject == person and f.object and f.relation in ("employee", "member") and f.object not in joined | {body}
           for f in b.facts.values()):
        return  # placed at another body: the one left, told with "from" ("joined Y from Z")
    fact = b.add("member", person, body)
    text = a.document.text
    for event in hires:
        sentence = a.sentences[event.sentence] if event.sentence < len(a.sentences) else None
        lent = sentence is not None and "loan" in text[sentence.start : sentence.end].lower()
        if event.certainty == "asserted" and not lent and fact.valid_to is None:
            fact.valid_to = event.time if event.time and event.time[:4].isdigit() else PAST


def _placed_by(b: _Builder, post: Fact, body: str, placed: set[str]) -> Fact:
    """The employment a post held at no told body makes at `body` (its sources the post's)."""
    new = b.add("employee", post.subject, body, valid_from=post.valid_from, certainty=post.certainty, claim=post.claim)
    new.evidence += [e for e in post.evidence if e not in new.evidence]
    placed.add(post.subject)
    return new


POLICE_WORDS = frozenset({"police", "garda", "gardaí", "constabulary", "gendarmerie", "carabinieri", "policía", "polizei", "politie",
                          "polis", "policja", "polícia"})


def police_officers(b: _Builder) -> None:
    """"Detective Inspector X, who led the inquiry, said ...": an officer of the article's one police
    force ("Dorset Police", "the Garda"), when no other employer of theirs is told."""
    a = b.analysis
    forces = [e.id for e in a.entities if e.type == "ORG" and POLICE_WORDS & set(e.name.lower().split())]
    if len(forces) != 1:
        return
    placed = {f.subject for f in b.facts.values() if f.relation in ("employee", "member") and f.object}
    for fact in list(b.facts.values()):
        words = (fact.value or "").lower().split()
        if fact.relation != "role" or not words or words[-1] not in POLICE_RANKS or fact.subject in placed:
            continue
        _placed_by(b, fact, forces[0], placed)


AIDE_NOUNS = frozenset({"assistant", "deputy"})


def aides(b: _Builder, doc: Doc) -> None:
    """"His assistant, X, resigned too", "her deputy, Y, will run the division": one who assists a person works where that
    person does -- at the one body the person is told employed by, when the aide is placed at no other (not "his assistant at Grillhaven": a body of its own; nor "his lawyer", "her agent": of a firm of theirs)."""
    a = b.analysis
    for noun in (t for t in with_lemmas(doc, AIDE_NOUNS) if t.pos_ == "NOUN" and t.tag_ == "NN"):  # (the lemma index, not every token)
        owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
        boss = _entity(a, owner)
        name = _name_of(noun)
        aide = _entity(a, name)
        if boss is None or aide is None or boss == aide or _kind(a, boss) != "PERSON" or _kind(a, aide) != "PERSON" \
                or any(c.dep_ == "prep" for c in children_of(noun)):
            continue
        if any(f.subject == aide and f.object and f.relation in ("employee", "member") for f in b.facts.values()):
            continue
        bodies = {f.object for f in b.facts.values() if f.relation == "employee" and f.subject == boss and _kind(a, f.object) == "ORG"}
        if len(bodies) != 1:  # (not the deputy of one moving between two bodies: at either)
            continue
        job = b.add("employee", aide, bodies.pop(), evidence=_evidence(a, doc, noun, name))  # type: ignore[arg-type]
        if job.valid_to is None and any(c.dep_ == "amod" and c.lower_ in config()["statements"]["ended_modifiers"]
                                        for c in children_of(noun)):
            job.valid_to = PAST  # "his former deputy, X": no longer there, since when not told


BUSINESS_DOINGS = ("business.acquire", "business.layoff", "business.launch")


def implicit_agents(a: Analysis, events: list[Event], body: str | None) -> None:
    """"oversaw the acquisition of the French rival X three years ago", "an attempt to buy X collapsed":
    a purchase, a lay-off or a launch told with no one doing it is done by the article's one dominant
    organisation (never when it is the thing bought or launched); an investment told with its investor
    alone is in that organisation ("X also took part in the round")."""
    entity = a.entity(body) if body else None
    if entity is None:
        return
    for event in events:
        if event.type not in BUSINESS_DOINGS or any(arg.role == "agent" for arg in event.args):
            continue
        if any(arg.entity == body for arg in event.args) or not any(arg.role in ("patient", "work") for arg in event.args) \
                and event.type != "business.layoff":
            continue
        mention = next((m for m in entity.mentions if m.sentence == event.sentence), entity.mentions[0])
        event.args.append(Argument("agent", mention.start, mention.end, mention.text, body))
    for event in events:  # "X also took part in the round", "a seed round led by X": an investor in that company
        if event.type != "business.invest" or any(arg.role == "target" and arg.entity for arg in event.args) \
                or not any(arg.role == "agent" and arg.entity and arg.entity != body for arg in event.args) \
                or any(arg.entity == body for arg in event.args):
            continue
        mention = next((m for m in entity.mentions if m.sentence == event.sentence), entity.mentions[0])
        event.args.append(Argument("target", mention.start, mention.end, mention.text, body))


AUTHORED_TYPES = ("career.release", "report.publish", "career.premiere")  # who made a work: their agent
HONOURED_ROLES = {"career.win": "agent", "career.nominate": "patient"}  # who a work's prize or nomination honours
AUTHOR_ROLES = {**HONOURED_ROLES, **{t: "agent" for t in AUTHORED_TYPES}}


COLLABORATION_NOUNS = frozenset({"duet", "collaboration"})


def _joined_by_author(a: Analysis, event: Event, author: str) -> None:
    """"The album's centrepiece is a duet with X": a duet told with its guest alone is the guest's with
    the article's one author of works."""
    people = [x for x in event.args if x.role in ("agent", "partner") and _kind(a, x.entity) == "PERSON"]
    if event.lemma not in COLLABORATION_NOUNS or len(people) != 1 or people[0].entity == author:
        return
    entity = a.entity(author)
    mention = min(entity.mentions, key=lambda m: abs(m.start - event.start))  # type: ignore[union-attr]
    people[0].role = "partner"
    event.args.append(Argument("agent", mention.start, mention.end, mention.text, author))


def _band_releases(a: Analysis, events: list[Event], band: str) -> None:
    """"The lead single, X, released in November": in the story of the one band that makes works, a record released with
    no one named is the band's."""
    entity = a.entity(band)
    if entity is None or not entity.mentions:
        return
    for event in events:
        if event.type != "career.release" or any(x.role == "agent" for x in event.args) \
                or not any(x.role == "work" and x.entity for x in event.args):
            continue
        mention = min(entity.mentions, key=lambda m: abs(m.start - event.start))
        event.args.append(Argument("agent", mention.start, mention.end, mention.text, band))


def work_authors(a: Analysis, events: list[Event], doc: Doc | None = None) -> None:
    """"The Glass Orchard, published in 2007, was shortlisted for X": a work published with no one named,
    and its prize or nomination told with no one honoured, are its author's, when the article names
    one person as the author of its works (a novelist's profile) -- never a guess among several."""
    makers = {arg.entity for e in events if e.type in AUTHORED_TYPES and any(x.role == "work" and x.entity for x in e.args)
              for arg in e.args if arg.role == "agent" and _kind(a, arg.entity) in ("PERSON", "ORG")}
    authors = {m for m in makers if _kind(a, m) == "PERSON"}
    bands = {m for m in makers - authors if a_band(a, doc, m)}
    if len(bands) == 1:
        _band_releases(a, events, bands.pop())
        return  # (no person's works when a band makes works too: "the band's single ... Y's film")
    if len(authors) != 1:
        return
    author = authors.pop()
    entity = a.entity(author)
    for event in events:
        if event.type == "career.collaborate" and entity is not None and entity.mentions:
            _joined_by_author(a, event, author)
            continue
        role = AUTHOR_ROLES.get(event.type or "")
        works = {x.entity for x in event.args if x.role == "work" and x.entity}
        if role is None or not works or entity is None or not entity.mentions \
                or any(x.entity not in works for x in event.args if x.role == role):
            continue  # someone (a person, a publisher) is named already
        event.args = [x for x in event.args if not (x.role == role and x.entity in works)]  # the work itself is no one
        mention = min(entity.mentions, key=lambda m: abs(m.start - event.start))
        event.args.append(Argument(role, mention.start, mention.end, mention.text, author))
