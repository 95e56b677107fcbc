"""family.child events for children the text names only in statements (used by `resolve`).

"He is survived by his sons, Patrick and Declan", "the couple have three children, A, B and C":
no verb tells a birth, yet the article tells who had which child, and a timeline of the parent
lists it (the fixtures annotate one family.child event per child so named: "their son, Frome, sits on
the council" too).  A child someone's kinship only introduces as a source ("his daughter, X, said ...",
the kin noun under one of the entity lexicon's `speech_verbs`) is a parent fact, not such an event,
unless a verb of kinship tells it too (`kinship_verbs`: "survived by his sons, A and B"), the parent has
died, or the fact carries a birth date ("their son, Toomey, followed in January 2019").  Each
child so named, with no birth or family.child event of its own, gets one event: every parent the
facts name, the child, and the birth time when a fact carries one (else unknown, never invented).
The event's trigger is the fact's first evidence span.  A birth the text tells of someone the
facts make a child ("their son, Y, who was born in 1976") is that family.child event, and dates
the parent facts."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .extract.entity_lexicon import lexicon
from .model import NEGATED, SPECULATIVE, Analysis, Argument, Event, Evidence, Fact
from .nlp import char_span

CHILD_TYPES = ("family.child", "life.born")
CHILD_ROLES = ("child", "patient")


def _pair(fact: Fact) -> tuple[str, str] | None:
    """(parent, child) of a parent or child fact between two entities."""
    if fact.object is None:
        return None
    if fact.relation == "parent":
        return fact.subject, fact.object
    if fact.relation == "child":
        return fact.object, fact.subject
    return None


def _argument(analysis: Analysis, role: str, entity_id: str, sentence: int) -> Argument | None:
    entity = analysis.entity(entity_id)
    if entity is None or not entity.mentions:
        return None
    mention = next((m for m in entity.mentions if m.sentence == sentence), entity.mentions[0])
    return Argument(role, mention.start, mention.end, mention.text, entity_id)


def _told_as_kinship(doc: Doc, evidence: Evidence, verbs: frozenset[str]) -> bool:
    """The kin noun at the start of the evidence hangs off one of the verbs (of kinship: "survived by her
    sons", "have two daughters"; of speaking: "his son, X, said"), through prepositions, appositions and coordination."""
    span = char_span(doc, evidence.start, evidence.end)
    if span is None:
        return False
    token = span[0]
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token.lemma_.lower() in verbs


def _told_by_parent_noun(doc: Doc, evidence: Evidence) -> bool:
    """"Ebbrington, whose father, Neil Ebbrington, played for Penrose", "asked Arkwrightson's father, the retired surgeon
    Hollis Arkwrightson": the kin noun at the start of the evidence names the parent (the child is the story's grown-up
    subject), not a child the parent had."""
    span = char_span(doc, evidence.start, evidence.end)
    return span is not None and lexicon().relation_of.get(span[0].lower_) == "parent"


def _own_birth(doc: Doc, event: Event) -> bool:
    """"X was born in 1934 in Norfolk, the son of A and B": a person's own birth told as the sentence's main clause, its
    subject named or "she" / "he" (not "their son, Y, who was born in 1976", a child's birth told of the kinship)."""
    trigger = char_span(doc, event.start, event.end)
    if trigger is None:
        return False
    verb = trigger.root
    if verb.lemma_.lower() == "bear" and verb.dep_ == "advcl" and verb.head.i > verb.i and verb.i <= verb.sent.start + 1:
        verb = verb.head  # "Born in Leeds in 1936, the only child of A and B, she won ...": the main clause's subject born
        return any(c.dep_ == "nsubj" and c.i > trigger.root.i and (c.pos_ == "PROPN" or c.lower_ in ("she", "he")) for c in verb.children)
    return verb.lemma_.lower() == "bear" and verb.dep_ == "ROOT" and any(
        c.dep_ == "nsubjpass" and (c.pos_ == "PROPN" or c.lower_ in ("she", "he")) for c in verb.children)


def births_of_known_children(analysis: Analysis, facts: list[Fact], doc: Doc) -> None:
    """"X is survived by their son, Y, who was born in Paris in 1976": the birth of someone the
    facts make a child is a family.child event of the parents, and dates their parent facts (a person's own birth told
    as the main clause stays a birth, and the parents' event is told beside it)."""
    parents: dict[str, list[Fact]] = {}
    for fact in facts:
        pair = _pair(fact)
        if pair is not None:
            parents.setdefault(pair[1], []).append(fact)
    for event in analysis.events:
        if event.type != "life.born" or event.polarity != "POS" or event.modality:
            continue
        if _dates_the_having(analysis, event, parents):
            continue
        child = next((a for a in event.args if a.role == "patient" and a.entity in parents), None)
        if child is None:
            continue
        if not any(ev.sentence == event.sentence for f in parents[child.entity] for ev in f.evidence):  # type: ignore[index]
            _date_parenthood(parents[child.entity], event)  # type: ignore[index]
            continue  # the kinship told with the birth ("their son, Y, who was born") is the parents' event; a person's
            # own birth told apart is still theirs, but it dates the kinship: "X was born on 3 March 1961"
        if _own_birth(doc, event):
            event = replace(event, id=f"V{len(analysis.events) + 1}", args=[replace(a) for a in event.args if a.role != "place"])
            child = next(a for a in event.args if a.role == "patient")
            analysis.events.append(event)
        event.type = "family.child"
        child.role = "child"
        for fact in parents[child.entity]:  # type: ignore[index]
            parent = _pair(fact)[0]  # type: ignore[index]
            if not any(a.entity == parent for a in event.args) and (arg := _argument(analysis, "parent", parent, event.sentence)):
                event.args.append(arg)
            if event.time and event.time[:4].isdigit() and not fact.valid_from:
                fact.valid_from = event.time
            if event.id not in fact.events:
                fact.events.append(event.id)


def later_children(analysis: Analysis, reach: int = 2) -> None:
    """"Their daughter, Mira, was born in 2014. A son, Tobyn, followed two years later": a child's
    event that names no parent is of the parents of the child event told just before (in the same
    sentence or up to `reach` sentences back)."""
    told = [e for e in analysis.events if e.type == "family.child" and e.polarity == "POS"]
    for event in told:
        if any(a.role == "parent" for a in event.args) or not any(a.role == "child" and a.entity for a in event.args):
            continue
        before = [e for e in told if e is not event and e.start < event.start and event.sentence - e.sentence <= reach
                  and any(a.role == "parent" and a.entity for a in e.args)]
        if before:
            last = max(before, key=lambda e: e.start)
            event.args.extend(Argument("parent", a.start, a.end, a.text, a.entity) for a in last.args if a.role == "parent" and a.entity)


def _dates_the_having(analysis: Analysis, birth: Event, parents: dict[str, list[Fact]]) -> bool:
    """"The couple have a daughter, Mira, born in 2013": the family event told already for the child is
    dated by the birth, which stays the child's own."""
    born = {a.entity for a in birth.args if a.role == "patient" and a.entity}
    had = [e for e in analysis.events if e.type == "family.child" and e.sentence == birth.sentence and e.polarity == "POS"
           and any(a.role == "child" and a.entity in born for a in e.args)]
    if not had or not birth.time:
        return False
    for event in had:
        if event.time is None:
            event.time, event.timex, event.time_source = birth.time, birth.timex, birth.time_source
    for child in born:
        _date_parenthood(parents.get(child, []), birth)  # type: ignore[arg-type]
    return True


def _date_parenthood(facts: list[Fact], birth: Event) -> None:
    if birth.time_source not in ("clause", "event") or not (birth.time and birth.time[:4].isdigit()):
        return  # a time borrowed from the sentence may be another event's
    for fact in facts:
        if not fact.valid_from:
            fact.valid_from = birth.time
            fact.evidence.append(Evidence(birth.sentence, birth.start, birth.end))
            fact.events.append(birth.id)


def child_events(analysis: Analysis, facts: list[Fact], doc: Doc, verbs: frozenset[str], sources: frozenset[str]) -> None:
    """Add a family.child event per child named only by statements of kinship, and link its facts to it."""
    births_of_known_children(analysis, facts, doc)
    births_of_children_named_before(analysis, facts, text=analysis.document.text)
    told = {a.entity for e in analysis.events if e.type in CHILD_TYPES for a in e.args if a.role in CHILD_ROLES and a.entity}
    dead = {a.entity for e in analysis.events if e.type == "life.die" and e.polarity == "POS" and not e.modality
            for a in e.args if a.role in ("agent", "patient") and a.entity}
    by_child: dict[str, list[tuple[str, Fact]]] = {}
    for fact in facts:
        pair = _pair(fact)
        if pair is None or fact.events or not fact.evidence or pair[1] in told:
            continue
        if not fact.valid_from and pair[0] not in dead and not any(_told_as_kinship(doc, ev, verbs) for ev in fact.evidence) \
                and any(_told_as_kinship(doc, ev, sources) for ev in fact.evidence):
            # (an obituary's "his daughter, X, said": the children of the dead are part of their life's story)
            continue  # a child told only as a source; a dated parent fact tells the birth ("their son, Toomey, followed in 2019")
        if not fact.valid_from and all(_told_by_parent_noun(doc, ev) for ev in fact.evidence):
            continue  # the parent introduced through the child ("her father, X, ..."): kinship, no family event
        kinds = [(e.type if e else None) for e in (analysis.entity(pair[0]), analysis.entity(pair[1]))]
        if kinds == ["PERSON", "PERSON"]:
            by_child.setdefault(pair[1], []).append((pair[0], fact))
    text = analysis.document.text
    claimed: dict[str, tuple[int, str]] = {}
    for child, found in by_child.items():
        evidence = min((f.evidence[0] for _, f in found), key=lambda ev: ev.start)
        if _named_later(analysis, child, found, evidence, text, claimed):
            continue
        parents = list(dict.fromkeys(parent for parent, _ in found))
        args = [_argument(analysis, "parent", p, evidence.sentence) for p in parents]
        args.append(_argument(analysis, "child", child, evidence.sentence))
        born = next((f.valid_from for _, f in found if f.valid_from), None)
        event = Event(
            id=f"V{len(analysis.events) + 1}",
            type="family.child",
            lemma="child",
            start=evidence.start,
            end=evidence.end,
            text=text[evidence.start : evidence.end],
            sentence=evidence.sentence,
            args=[a for a in args if a is not None],
            time=born,
            time_source="sentence" if born else None,
            certainty=found[0][1].certainty,
            claim=found[0][1].claim,
        )
        analysis.events.append(event)
        for _, fact in found:
            fact.events.append(event.id)


MALE_KIN = frozenset({"son", "sons", "boy", "boys"})
FEMALE_KIN = frozenset({"daughter", "daughters", "girl", "girls"})


def _sex(words: list[str]) -> str | None:
    return "m" if MALE_KIN.intersection(words) else "f" if FEMALE_KIN.intersection(words) else None


def _named_later(analysis: Analysis, child: str, found: list[tuple[str, Fact]], evidence: Evidence, text: str,
                 claimed: dict[str, tuple[int, str]], reach: int = 3) -> bool:
    """"They had a son in 2012. ... Their son, Leo, now 11": a child named after a family event of the same parents
    (a few sentences before) that named no child is that event's child -- the event takes the name, and its time dates
    the parent facts.  "Gave birth to twins ... The children, A and B": a second name told in the same breath is a
    child of that event too (an event of its own, at that time).  Not a child of the other sex ("had a son in 2012.
    Their daughter, Mia, ...")."""
    parents = {parent for parent, _ in found}
    told = [e for e in analysis.events if e.type == "family.child" and e.polarity == "POS" and not e.modality
            and e.certainty not in (SPECULATIVE, NEGATED) and 0 <= evidence.sentence - e.sentence <= reach and e.start < evidence.start
            and (claimed.get(e.id, (evidence.sentence,))[0] == evidence.sentence if e.id in claimed
                 else any(a.role == "child" and not a.entity for a in e.args))
            and (parents & {a.entity for a in e.args if a.role == "parent" and a.entity}) == parents]
    if not told:
        return False
    event = told[-1]
    unnamed = next((a for a in event.args if a.role == "child" and not a.entity), None)
    said = claimed[event.id][1] if event.id in claimed else unnamed.text if unnamed is not None else ""
    sex = _sex(said.lower().split())
    if sex is not None and _sex(text[evidence.start : evidence.end].lower().replace(",", " ").split()) not in (None, sex):
        return False
    dated = event.time if event.time_source in ("clause", "event") and event.time and event.time[:4].isdigit() else None
    arg = _argument(analysis, "child", child, evidence.sentence)
    if arg is None:
        return False
    if event.id in claimed:  # "twins ... The children, A and B": B's birth, at the same time
        event = replace(event, id=f"V{len(analysis.events) + 1}", args=[a for a in event.args if a.role != "child"] + [arg])
        analysis.events.append(event)
    else:
        event.args = [a for a in event.args if a is not unnamed] + [arg]
        claimed[event.id] = (evidence.sentence, said)
    for _, fact in found:
        if dated and not fact.valid_from:
            fact.valid_from = dated
        fact.events.append(event.id)
    return True


OWNED = frozenset({"their", "her", "his", "the"})


def births_of_children_named_before(analysis: Analysis, facts: list[Fact], text: str) -> None:
    """"Her daughter, Ines, said ... She married Henri Delorme in 1975, and their daughter was born in 1977": a birth
    of "their daughter" (a definite kin noun, no name), whose parents include one whose only daughter the facts name,
    is that daughter's birth -- the event takes her name, and each of its parents is her parent from then."""
    kids: dict[str, list[tuple[str, Fact]]] = {}
    for fact in facts:
        pair = _pair(fact)
        if pair is not None and fact.evidence:
            kids.setdefault(pair[0], []).append((pair[1], fact))
    for event in analysis.events:
        unnamed = next((a for a in event.args if a.role == "child" and not a.entity), None) if event.type == "family.child" else None
        words = unnamed.text.lower().split() if unnamed is not None else []
        if unnamed is None or len(words) != 2 or words[0] not in OWNED or event.polarity != "POS" or event.modality \
                or event.certainty in (SPECULATIVE, NEGATED):
            continue
        sex = _sex(words)
        parents = [a.entity for a in event.args if a.role == "parent" and a.entity]
        named = {child for p in parents for child, fact in kids.get(p, [])
                 if _sex(text[fact.evidence[0].start : fact.evidence[0].end].lower().replace(",", " ").split()[:1]) == sex}
        if sex is None or len(named) != 1:
            continue
        child = named.pop()
        arg = _argument(analysis, "child", child, event.sentence)
        if arg is None or child in parents:
            continue
        event.args = [a for a in event.args if a is not unnamed] + [arg]
        dated = event.time if event.time_source in ("clause", "event") and event.time and event.time[:4].isdigit() else None
        for parent in dict.fromkeys(parents):
            fact = next((f for c, f in kids.get(parent, []) if c == child), None)
            if fact is None:
                fact = Fact(id="", relation="parent", subject=parent, object=child, certainty=event.certainty, claim=event.claim)
                facts.append(fact)
            if dated and not fact.valid_from:
                fact.valid_from = dated
            fact.evidence.append(Evidence(event.sentence, event.start, event.end))
            if event.id not in fact.events:
                fact.events.append(event.id)
