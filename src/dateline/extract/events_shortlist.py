"""The ones on a shortlist told as a list (used by `events`).

"X beat five other writers on the shortlist, among them A, the favourite for W, and B for V": X, A and B were
shortlisted -- a `career.nominate` each (with the work named by "for" at the name, undated: the nomination came before).
"... The others were C, D and E" (or "The rest were"), right after a sentence that told a nomination: C, D and E were
nominated too, for the same prize and at the same time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..model import Argument, Event
from ..nlp import children_of, doc_text, with_lemmas
from .entity_lexicon import lexicon
from .events_args import Context, make_args
from .events_merge import one_per_filler
from .events_names import named

LISTS = frozenset({"shortlist", "longlist", "short-list", "long-list"})
RIVAL_VERBS = frozenset({"beat", "defeat", "edge", "pip", "outvote"})
LISTING_PREPS = frozenset({"including", "among", "like"})
OTHERS = frozenset({"other", "others", "rest"})
NOMINEES = frozenset({"PERSON", "ORG", "WORK"})


def _on_list(verb: Token) -> bool:
    """"beat five other writers on the shortlist": the verb has "on" a shortlist or a longlist."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" and g.lemma_.lower() in LISTS
                                                             for g in children_of(c)) for c in children_of(verb))


def _rivals(verb: Token) -> list[Token]:
    """The names of the ones beaten, after the verb: in apposition ("five other writers, among them the novelist A and
    B") or after "including" ("four rivals including A and B"), however the parser hangs them; not a name told of a work
    or of someone else ("for W", "the favourite of A's publisher")."""
    out = []
    for token in verb.subtree:
        if token.i <= verb.i or token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        path = [t for t in token.ancestors if t.i > verb.i and verb in t.ancestors] + [token]
        if any(t.dep_ == "pobj" and t.head.lower_ not in LISTING_PREPS for t in path) or any(t.dep_ == "poss" for t in path):
            continue
        out.append(token)
    return out


def _work(name: Token, ctx: Context) -> list[Argument]:
    """The work a rival was shortlisted for: "B for V", "A, the favourite for W"."""
    for holder in (name, *(c for c in children_of(name) if c.dep_ == "appos")):
        for prep in children_of(holder):
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for obj in children_of(prep):
                works = [a for a in make_args("work", obj, ctx, conjuncts=False)
                         if (e := ctx.analysis.entity(a.entity)) is not None and e.type == "WORK"]
                if works:
                    return works
    return []


def _nominated(token: Token, ctx: Context, taken: set[str], conjuncts: bool = True) -> list[list[Argument]]:
    out = []
    for arg in make_args("patient", token, ctx, conjuncts=conjuncts):
        entity = ctx.analysis.entity(arg.entity)
        if entity is None or entity.type not in NOMINEES or entity.id in taken:
            continue
        taken.add(entity.id)
        named = next((t for t in token.doc[:] if t.idx <= arg.start < t.idx + len(t.text)), token)
        out.append([arg, *_work(named.head if named.dep_ == "compound" else named, ctx)])
    return out


def among_listed(found: list[tuple[Token, Event]], ctx: Context) -> None:
    """"X is among six novels shortlisted for the Y Prize", "X is one of five writers nominated for Y": the
    participle describes the ones counted, and the nominee is the subject they are said to include (a work as the work,
    with its author after "by"); in place."""
    for trigger, event in found:
        if event.type != "career.nominate" or trigger.dep_ != "acl" or trigger.tag_ != "VBN" or trigger.head.dep_ != "pobj":
            continue
        counted, prep = trigger.head, trigger.head.head
        holder = prep.head.head if prep.lower_ == "of" and prep.head.lower_ == "one" and prep.head.dep_ == "attr" else prep.head
        if prep.lower_ not in ("among", "of") or (prep.lower_ == "of" and holder is prep.head) or holder.lemma_ != "be":
            continue
        subject = next((c for c in children_of(holder) if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        name = named(subject)
        entity = ctx.ents.of(name)
        if entity is None or entity.type not in NOMINEES:
            continue
        authors = [a for p in children_of(name) if p.dep_ == "prep" and p.lower_ == "by" for g in children_of(p)
                   if g.dep_ == "pobj" and (e := ctx.ents.of(g)) is not None and e.type == "PERSON"
                   for a in make_args("patient", g, ctx, conjuncts=False)]  # "X, by A, is among ...": A's work X
        fresh = make_args("work" if entity.type == "WORK" or authors else "patient", name, ctx, conjuncts=False) + authors
        if not fresh:
            continue
        start, end = counted.left_edge.idx, counted.idx + len(counted.text)
        event.args = [a for a in event.args if not (a.start >= start and a.end <= end)] + fresh


def beaten_on_list(doc: Doc, found: list[tuple[Token, Event]], ctx: Context) -> list[tuple[Token, Event]]:
    """"X beat five other writers on the shortlist, among them A and B": a nomination each for X, A and B."""
    out: list[tuple[Token, Event]] = []
    for verb in with_lemmas(doc, RIVAL_VERBS):
        if verb.pos_ != "VERB" or not _on_list(verb):
            continue
        if any(t.i == verb.i and e.type == "career.nominate" for t, e in found):
            continue
        taken: set[str] = set()
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        groups = [args for s in subjects for args in _nominated(s, ctx, taken)]
        if not any(c.dep_ == "dobj" for c in children_of(verb)):
            continue
        for name in _rivals(verb):
            groups += _nominated(name, ctx, taken, conjuncts=False)
        out += [(verb, Event(id="", type="career.nominate", lemma="shortlist", start=verb.idx,
                             end=verb.idx + len(verb.text), text=verb.text, sentence=ctx.sentence(verb), args=args)) for args in groups]
    return out


LISTED_ADJECTIVES = frozenset({"shortlisted", "short-listed", "longlisted", "long-listed", "nominated"})


def _listed_subject(subject: Token) -> bool:
    """"The other shortlisted writers", "the other nominated directors": a plural subject of people that itself says its
    ones were listed (not "the other shortlisted books were A's W, ...": works, with their authors as owners)."""
    return subject.tag_ == "NNS" and lexicon().is_person_noun(subject.lemma_.lower()) \
        and any(c.dep_ == "amod" and c.lower_ in LISTED_ADJECTIVES for c in children_of(subject))


def _others_listed(sentence: list[Token]) -> list[Token]:
    """"The others were A, B and C", "The rest were A and B": the names after a copula whose subject is "the others" (or
    "the other shortlisted writers", which needs no nomination told before it)."""
    for token in sentence:
        if token.dep_ != "ROOT" or token.lemma_.lower() != "be":
            continue
        subject = next((c for c in children_of(token) if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.lower_ in OTHERS or _listed_subject(subject)) \
                or any(c.dep_ == "prep" for c in children_of(subject)) or not any(c.lower_ == "the" for c in children_of(subject)):
            return []
        if not any(c.dep_ == "attr" for c in children_of(token)):
            return []
        return [t for t in sentence if t.i > token.i and t.pos_ == "PROPN" and t.dep_ != "compound"  # (the parser may hang
                # a name in the list on the subject: "The others were the physicist A, the geneticist B and ...")
                and not any(p.dep_ in ("pobj", "poss") for p in [t, *t.ancestors] if p.i > token.i)]
    return []


def _named_after_copula(sentence: Span, ctx: Context) -> list[Token]:
    """The people named after the copula of "The other shortlisted writers were A, for W, B, for V, and C" (the last word of
    each name), however the parser hung the list."""
    if not _others_listed(list(sentence)):
        return []
    root = sentence.root
    out = []
    for token in sentence:
        entity = ctx.ents.of(token) if token.i > root.i and token.pos_ == "PROPN" else None
        if entity is not None and entity.type == "PERSON" and (token.i + 1 >= sentence.end or ctx.ents.of(token.doc[token.i + 1]) is not entity):
            out.append(token)
    return out


def _work_after(name: Token, ctx: Context) -> list[Argument]:
    """The title right after a listed name's "for" ("A, for W,", "B for V"): the work the name was listed for."""
    doc = name.doc
    at = name.i + 1
    if at < len(doc) and doc[at].text == ",":
        at += 1
    if at + 1 >= len(doc) or doc[at].lower_ != "for":
        return _work(name, ctx)
    title = doc[at + 1] if doc[at + 1].lower_ != "the" or at + 2 >= len(doc) else doc[at + 2]
    entity = ctx.ents.of(title)
    if entity is None or entity.type in ("PERSON", "GPE", "NORP"):
        return _work(name, ctx)
    return [a for a in make_args("work", title, ctx, conjuncts=False) if a.entity == entity.id]


def others_listed(doc: Doc, found: list[tuple[Token, Event]], ctx: Context) -> list[tuple[Token, Event]]:
    """"She was one of four scientists on a shortlist published in January. The others were A, B and C": the others on
    the list just told were nominated for the same prize at the same time."""
    by_sentence: dict[int, list[Event]] = {}
    for t, e in found:
        if e.type == "career.nominate" and e.polarity == "POS" and e.modality is None:
            by_sentence.setdefault(ctx.sentence(t), []).append(e)
    out: list[tuple[Token, Event]] = []
    sents = list(doc.sents)
    for n, sentence in enumerate(sents[1:], 1):
        told = by_sentence.get(ctx.sentence(sents[n - 1][0]))
        subject = next((c for c in children_of(sentence.root) if c.dep_ == "nsubj"), None)
        self_told = subject is not None and _listed_subject(subject)  # ("The other shortlisted writers were A, for W, ...")
        names = (_named_after_copula(sentence, ctx) if self_told else _others_listed(list(sentence))) if told or self_told else []
        if not names:
            continue
        model = next((e for e in reversed(told) if e.lemma in LISTS), told[-1]) if told else Event(
            id="", type="career.nominate", lemma="shortlist", start=0, end=0, text="", sentence=ctx.sentence(sentence.root), args=[])
        taken = {a.entity for e in told or [] for a in e.args if a.role == "patient" and a.entity}
        kept = [a for a in model.args if a.role not in ("patient", "work", "agent")]
        for name in names:
            for arg in make_args("patient", name, ctx, conjuncts=False):
                entity = ctx.analysis.entity(arg.entity)
                if entity is None or entity.type not in NOMINEES or entity.id in taken:
                    continue
                taken.add(entity.id)
                works = _work_after(name, ctx) if self_told else []
                out.append((name, replace(model, args=[arg, *works, *(replace(a) for a in kept)], text=name.text,
                                          sentence=ctx.sentence(name), start=name.idx, end=name.idx + len(name.text))))
    return out


def split_listed(events: list[Event]) -> list[Event]:
    """"The others on the shortlist were A, B and C": one nomination each (only for a list: "A and B were nominated
    for X" may be one nomination of a pair)."""
    return [out for e in events for out in (one_per_filler([e], {"career.nominate": "patient"})
                                            if e.type == "career.nominate" and e.lemma in LISTS else [e])]


UNVEILING_VERBS = frozenset({"unveil", "announce", "publish", "reveal", "release", "name", "issue"})


def _list_unveiled(doc: Doc, clause_time: Callable[[Token], str | None]) -> str | None:
    """The time the article tells a shortlist was made public: "since the list was unveiled in early September", "The
    shortlist was announced on January 30", "when the judges published their shortlist in May" (a bare "list" only in an
    article that names a shortlist or a longlist).  The first one told with a time."""
    told = bool(with_lemmas(doc, LISTS))  # (from the doc's lemma index: no Token per word)
    for noun in with_lemmas(doc, LISTS | ({"list"} if told else set())):
        if noun.pos_ != "NOUN" or noun.dep_ not in ("nsubjpass", "dobj") or noun.head.lemma_.lower() not in UNVEILING_VERBS:
            continue
        if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in children_of(noun)):
            continue  # "a list was published": another one
        time = clause_time(noun.head)
        if time is not None:
            return time
    return None


def date_listed(doc: Doc, found: list[tuple[Token, Event]], clause_time: Callable[[Token], str | None]) -> None:
    """"She beat five other writers on the shortlist, among them A ... since the list was unveiled in early September",
    "The rest of the shortlist comprised W by B": the nominations the list tells, undated in their own clause, were made
    when the article says the shortlist was made public (in place)."""
    undated = [e for _, e in found if e.type == "career.nominate" and e.lemma in LISTS and e.time is None]
    time = _list_unveiled(doc, clause_time) if undated else None
    for event in undated if time is not None else []:
        event.time, event.timex, event.time_source = time, None, "event"


TITLE_TYPES = frozenset({"WORK", "PERSON", "ORG", "PRODUCT", "EVENT"})  # (a title the recognizer took for a name)
LISTING_VERBS = frozenset({"comprise", "include", "feature", "consist", "be"})


def _list_subject(verb: Token) -> bool:
    """"The shortlist includes", "The rest of the shortlist comprised": the subject is a shortlist or its rest."""
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.lemma_.lower() in LISTS:
        return True
    return subject.lower_ in OTHERS and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in LISTS for g in children_of(c))
                                            for c in children_of(subject))


def works_by_listed(doc: Doc, ctx: Context, clause_time: Callable[[Token], str | None]) -> list[tuple[Token, Event]]:
    """"The rest of the shortlist, announced in September, comprised "W" by A, "V" by B and "U", the first novel by C"
    (or "A's W"): each author was nominated for the work (dated by the clause: the list's announcement)."""
    out: list[tuple[Token, Event]] = []
    mentions = sorted(((m.start, m.end, e) for e in ctx.analysis.entities for m in e.mentions), key=lambda x: x[0])
    for verb in with_lemmas(doc, LISTING_VERBS):
        if verb.dep_ != "ROOT" or not _list_subject(verb):
            continue
        sent_end = verb.sent.end_char
        inside = [(s, e, ent) for s, e, ent in mentions if verb.idx < s < sent_end]
        time = clause_time(verb) or next((t for c in children_of(next(c for c in children_of(verb) if c.dep_ == "nsubj"))
                                          if c.dep_ == "acl" and (t := clause_time(c))), None)
        for n, (start, end, work) in enumerate(inside):
            owner = inside[n - 1] if n else None  # "also included Corinne Abara's Red Chalk": the author before, with "'s"
            if owner is not None and owner[2].type == "PERSON" and work.type in TITLE_TYPES \
                    and doc_text(doc)[owner[1]:start].strip('"“ ') in ("'s", "’s"):
                s, e, person = owner  # (whatever the recognizer made of the title)
            elif work.type != "WORK":
                continue
            else:
                stop = inside[n + 1][0] if n + 1 < len(inside) else sent_end
                after = doc_text(doc)[end:stop]
                words = after.replace('"', " ").replace("”", " ").replace(",", " ").split()
                if "by" not in words[:5]:
                    continue
                later = [(s, e, ent) for s, e, ent in inside[n + 1 : n + 3] if ent.type == "PERSON"]
                if not later or " and " in doc_text(doc)[end:later[0][0]] or ";" in doc_text(doc)[end:later[0][0]]:
                    continue
                s, e, person = later[0]
            token = next((t for t in verb.sent if t.idx >= start), verb)
            args = [Argument("patient", s, e, doc_text(doc)[s:e], person.id), Argument("work", start, end, doc_text(doc)[start:end], work.id)]
            out.append((token, Event(id="", type="career.nominate", lemma="shortlist", start=token.idx, end=token.idx + len(token.text),
                                     text=token.text, sentence=ctx.sentence(token), args=args, time=time,
                                     time_source="clause" if time else None)))
    return out
