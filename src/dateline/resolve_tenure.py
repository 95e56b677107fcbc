"""Since when a post is held, said by a verb of holding it (used by `resolve`).

"Its chief executive, X, who took over in 2004", "Tiernan had been in charge since June 2009",
"the coach Y, who has guided her since April 2023", "X has led the mission since 2009", "her manager
Z, who looked after her career from 1999 until 2006": the post the article gives the person
elsewhere began (and ended) then.  Only a person with exactly one post held at an organisation and
not yet dated gets the time: with two, the verb does not say which.  The person's employment at that
post's organisation, when undated too, takes the same start."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .extract.career_args import a_post
from .extract.name_missed import SEAT_HOLDERS
from .model import ASSERTED, ATTRIBUTED, Analysis, Event, Evidence, Fact
from .nlp import char_span, children_of, sentences, strings, with_lemmas
from .resolve_base import PAST, _Builder, _dated, _entity, _factual, _ids, _kind, config, whole_years
from .resolve_careers import STRETCH_DEPS, _unstated, _years
from .resolve_clauses import interval, objects_of, subject_of
from .resolve_orgs import PROMOTING, a_seat, named_party


def _the_post(noun: Token, cfg: dict[str, list[str]]) -> bool:
    """"charge", "the helm", "the post", "office": the post itself ("took up the post", "in the job since"),
    not "a job" (another one, perhaps)."""
    lemma = noun.lemma_.lower()
    return lemma in cfg["charge_nouns"] or (lemma in cfg["taken_post_nouns"]
                                            and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(noun)))


def _holding(verb: Token, lemma: str, cfg: dict[str, list[str]]) -> str | None:
    """"start" for a verb that begins a post ("took over", "took charge"), "take" for one that takes the post
    itself ("took up the post", "assumed office": not a post over by then), "hold" for one
    that holds it over a time ("has led ... since", "had been in charge since", "has been in office since"), else None."""
    kids = children_of(verb)
    if lemma in cfg["tenure_take_verbs"] and any(
            (c.dep_ == "prt" and c.lower_ in cfg["tenure_take_particles"]) or (c.dep_ == "dobj" and c.lemma_.lower() in cfg["charge_nouns"])
            for c in kids):
        return "start"
    if lemma in cfg["tenure_take_verbs"] and any(c.dep_ == "dobj" and _the_post(c, cfg) for c in kids):
        return "take"  # "took up the post in 2021", "took the top job in 2019", "took office"
    if lemma in cfg["tenure_verbs"]:
        return "hold"
    if lemma == "hold" and any(c.dep_ == "dobj" and c.lemma_.lower() in cfg["tenure_held_nouns"] for c in kids):
        return "hold"  # "had held the post since January 2023"
    if lemma == "represent" or (lemma == "hold" and any(c.dep_ == "dobj" and c.lemma_.lower() == "seat" for c in kids)):
        return "seat"  # "has represented Castlefen since 2015", "has held the seat since 2006": a legislator's post
    if lemma == "be" and any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.dep_ == "pobj" and _the_post(g, cfg)
                                                                                  for g in children_of(c)) for c in kids):
        return "hold"  # "had been in charge since June 2009", "has been in office since 2017", "at the helm since"
    if lemma in cfg["tenure_prep_verbs"] and any(c.dep_ == "prep" and c.lower_ == cfg["tenure_prep_verbs"][lemma] for c in kids):
        return "hold"  # "looked after her career from 1999 until 2006"
    return None


# the posts of a legislator, whose seat a verb of representing or holding dates ("the MP for X", "a senator")
SEAT_POSTS = SEAT_HOLDERS | {"legislator", "lawmaker", "member"}


def _undated_posts(b: _Builder, person: str, org: str | None) -> list[Fact]:
    return [f for f in b.facts.values() if f.relation == "role" and f.subject == person and a_post(f.value)
            and f.valid_from is None and org in (None, f.object)]


def _run_words(verb: Token, cfg: dict[str, list[str]]) -> set[str]:
    """The words of what a verb of holding says is run: "had run the defence ministry", "has led the region", "had been
    in charge of education", "took charge of the finances"."""
    heads = [c for c in children_of(verb) if c.dep_ == "dobj"]
    heads += [g for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in ("in", "at") for n in children_of(c)
              if n.dep_ == "pobj" and n.lemma_.lower() in cfg["charge_nouns"] for p in children_of(n)
              if p.dep_ == "prep" and p.lower_ == "of" for g in children_of(p) if g.dep_ == "pobj"]
    return {t.lower_ for h in heads for t in h.subtree if t.pos_ in ("NOUN", "ADJ", "PROPN")
            and t.lemma_.lower() not in cfg["charge_nouns"]}


def _named_by(title: str, words: set[str]) -> bool:
    """A word of the post's name is (or begins, or is begun by) a word of what is run: "defence minister" by "the defence
    ministry", "regional premier" by "the region", "education minister" by "education" (not "minister" by "ministry":
    neither begins the other)."""
    return any(min(len(w), len(x)) >= 4 and (w.startswith(x) or x.startswith(w)) for w in title.lower().split() for x in words)


def _held_now(verb: Token) -> bool:
    """"has led", "leads": a post still held (not "had led", "led")."""
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve") for c in children_of(verb))


def tenure_starts(b: _Builder, doc: Doc) -> None:
    cfg = config()["tenure"]
    a = b.analysis
    lemmas, poses = strings(doc, "lemma_lower"), strings(doc, "pos")
    holding = frozenset(cfg["tenure_take_verbs"]) | frozenset(cfg["tenure_verbs"]) | frozenset(cfg["tenure_prep_verbs"]) \
        | {"be", "hold", "represent"}
    for verb in with_lemmas(doc, holding):
        if poses[verb.i] not in ("VERB", "AUX"):
            continue  # (`_holding` reads only these verbs)
        how = _holding(verb, lemmas[verb.i], cfg)
        if how is None or _unstated(verb):
            continue
        if how in ("start", "take") and any(c.dep_ == "prep" and c.lower_ == "as" for c in children_of(verb)):
            continue  # "X, the finance chief, took over as chief executive": the post taken is the one given
        person = _entity(a, subject_of(verb))
        if person is None or _kind(a, person) != "PERSON":
            continue
        when = interval(a, doc, verb)
        start = when.start or (when.point if how in ("start", "take") else None)
        if start is None:
            continue
        objects = [_entity(a, c) for c in children_of(verb) if c.dep_ == "dobj"]
        org = next((o for o in objects if o is not None and _kind(a, o) == "ORG"), None)
        if how in ("start", "take") and org is None and any(f.relation == "role" and f.subject == person and f.valid_from == start
                                                            for f in b.facts.values()):
            continue  # "X, who took over in July": the post an event already dates from then (not one held before it,
            # "joined from Y, where she had been chief operating officer")
        posts = _undated_posts(b, person, org) or [f for f in _undated_posts(b, person, None) if org is not None and f.object is None]
        taken_at = {e for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "at" for g in children_of(c)
                    if g.dep_ == "pobj" and (e := _entity(a, g)) is not None and _kind(a, e) == "ORG"}
        if org is None and taken_at:  # "X, a former finance chief at Y who took over at Z in 2017": not the post at Y
            posts = [f for f in posts if f.object is None or f.object in taken_at]
        # ("the dean of its medical school, X ... has led the medical school since 2017": the post placed nowhere, when none
        # is placed at the body led)
        if _held_now(verb):  # "Y, a former minister, has chaired the board since 2019": not the post over before
            posts = [f for f in posts if f.valid_to != PAST]
        if org is not None and how == "hold":  # "X, a former army officer, ran the Y Trust from 2009 until 2020": a
            # former post placed nowhere is the one held at the body run only when it is a post heading a body
            posts = [f for f in posts if not (f.object is None and f.valid_to == PAST and not _heads_a_body(f.value or ""))]
        posts = [f for f in posts if not (_dated(f.valid_to) and f.valid_to[: len(start)] < start[: len(f.valid_to)])]  # type: ignore[index]
        # (not a post over before then: "has chaired the board since 2014 ... was chief executive of Y until 2013")
        if how == "take":  # not a post over by then ("recruited from Y, where he had been its deputy, and took office in
            posts = [f for f in posts if f.valid_to is None or (_dated(f.valid_to) and f.valid_to[: len(start)] > start)]  # 2013")
        if how == "seat":  # ("mp" is no post `a_post` knows: a title of its own)
            posts = [f for f in b.facts.values() if f.relation == "role" and f.subject == person and f.valid_from is None
                     and f.value and f.value.split()[0].lower() in SEAT_POSTS]
            how = "hold"
        if len(posts) > 1:  # "who had run the defence ministry since 2020 and before that served as ambassador"
            posts = [f for f in posts if _named_by(f.value or "", _run_words(verb, cfg))] or posts
        if len(posts) > 1 and any(c.dep_ == "dobj" and c.lemma_.lower() in cfg["verb_post_bodies"] for c in children_of(verb)):
            # "the party's leader, X, becomes deputy prime minister ... has led his party since 2018": the post the verb names
            posts = [f for f in posts if (f.value or "").split()[-1:] and f.value.split()[-1] in cfg["verb_posts"].get(lemmas[verb.i], [])] or posts  # type: ignore[union-attr]
        if len(posts) != 1:
            continue
        job = b.facts.get(("employee", person, posts[0].object, None)) if posts[0].object else None
        if job is not None and named_party(a, posts[0].object):
            job = None  # "ran the party from 2008 until 2018": the leadership, not the membership, is dated
        for fact in [posts[0]] + ([job] if job is not None and job.valid_from is None else []):
            fact.valid_from = start
            if when.end is not None and fact.valid_to in (None, PAST):  # "from 1999 until 2006"
                fact.valid_to = when.end
        if job is not None and posts[0].valid_to == PAST and job.valid_to not in (None, PAST):
            posts[0].valid_to = job.valid_to  # "sacked their manager on Monday": the post ended with the job


HEADING_WORDS = frozenset({"chief", "executive", "director", "head", "chairman", "chairwoman", "chair", "chairperson", "president",
                           "manager", "editor", "leader", "principal", "headteacher", "headmaster", "headmistress", "dean", "governor",
                           "coach", "captain", "secretary", "commissioner", "ceo", "founder", "co-founder", "owner", "boss", "rector",
                           "provost", "chancellor", "warden", "superintendent", "administrator", "conductor", "curator", "proprietor"})


def _heads_a_body(title: str) -> bool:
    """A post that heads a body ("chief executive", "editor", "managing director"), not a calling ("army officer", "nurse")."""
    return any(w in HEADING_WORDS for w in title.lower().replace("-", " ").split()) or "co-founder" in title.lower()


def _led_body(a: Analysis, verb: Token) -> str | None:
    """"led it until 1999", "ran the institute until her retirement": the body a past verb of running ran, its entity
    id ("" for a bare "it", the body told before); None when it ran no body ("ran the marathon until 2010")."""
    if verb.tag_ != "VBD":
        return None
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    found = _entity(a, obj)
    if found is not None and _kind(a, found) == "ORG":
        return found
    return "" if found is None and obj.lower_ == "it" else None


def held_until(b: _Builder, doc: Doc) -> None:
    """"became its director in 1982, a post she held until 1997", "was named editor in 2001 and held the
    job until 2009", "was named director of X in 1985 and led it until 1999" (a past verb of running the body): the
    post the person took last before that end (a dated one) ended then, even when a later leaving had closed it with
    the rest ("... He retired in 2003")."""
    cfg = config()["tenure"]
    a = b.analysis
    held = frozenset(cfg["tenure_held_nouns"])
    leading = frozenset(cfg["tenure_verbs"])
    for verb in with_lemmas(doc, ("hold", *leading)):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        body = None
        if verb.lemma_.lower() in leading:  # "was named director of X in 1985 and led it until 1999"
            body = _led_body(a, verb)
            if body is None:
                continue
            noun = verb
        else:
            noun = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in held), None)
            if noun is None and verb.dep_ == "relcl" and verb.head.lemma_.lower() in held:
                noun = verb.head  # "a post she held until 1997"
        if noun is None or _unstated(verb):
            continue
        when = interval(a, doc, verb)
        person = _entity(a, subject_of(verb))
        if when.end is None or when.start is not None or person is None or _kind(a, person) != "PERSON":
            continue
        end = when.end
        taken = [f for f in b.facts.values() if f.relation == "role" and f.subject == person and (a_post(f.value) or f.object)
                 and _dated(f.valid_from) and f.valid_from <= end  # type: ignore[operator]
                 and (not body or f.object in (None, body))]
        # (a calling held at a body is a post too: "a lecturer in law at X from 1960, a post she held until 1981")
        if not taken:
            continue
        post = max(taken, key=lambda f: f.valid_from)  # type: ignore[arg-type, return-value]
        if post.valid_to in (None, PAST) or (_dated(post.valid_to) and post.valid_to > end):  # type: ignore[operator]
            post.valid_to = end
            for job in [f for f in b.facts.values() if f.relation == "employee" and f.subject == person and post.object
                        and f.object == post.object and f.valid_to is None and f.valid_from == post.valid_from]:
                job.valid_to = end  # and the job there, begun with the post
            if _until_leaving(verb):  # "a post he held until he left for Y": the leaving ends his time at the body too
                for job in [f for f in b.facts.values() if f.relation in ("employee", "member") and f.subject == person
                            and post.object and f.object == post.object and f.valid_to is None
                            and not (_dated(f.valid_from) and f.valid_from > end)]:  # type: ignore[operator]
                    job.valid_to = end


UNTIL_LEAVING_LEMMAS = frozenset({"leave", "quit", "depart", "resign", "retire", "move"})  # "held until he left for Y"


def _until_leaving(verb: Token) -> bool:
    """The stretch is held "until" the holder's own leaving ("until he left for Y", "until she retired in 2004")."""
    return any(c.dep_ == "advcl" and c.lemma_.lower() in UNTIL_LEAVING_LEMMAS
               and any(m.dep_ == "mark" and m.lower_ == "until" for m in children_of(c)) for c in children_of(verb))


# Words that make a post another one than the post they stand before ("deputy health minister").
RANK_WORDS = frozenset({"deputy", "assistant", "vice", "associate", "acting", "interim", "junior", "shadow", "under", "sub", "co"})


def ranked_below(longer: str, shorter: str) -> bool:
    """"deputy works minister" below "works minister": the longer post ends with the shorter and a
    rank word before it makes it another post (not "health minister" beside "minister")."""
    return longer.endswith(" " + shorter) and not RANK_WORDS.isdisjoint(longer[: -len(shorter)].split())


STEPS_UNTOLD = 15  # years between two posts told, past which the first is not known to have lasted until the second


def superseded_posts(b: _Builder) -> None:
    """"joined the orchestra as an assistant conductor in 1979 and was appointed music director nine
    years later": a dated post, still open, ends when a later post at the same body (or at none named),
    given by an appointment to a post (no fellowship), begins; a deputy's post ends when the post it is
    deputy to is taken ("deputy works minister since 1999, sworn in as works minister").  Not a later post begun after the
    article's date: the post held now ends then, an end still open."""
    roles = [f for f in b.facts.values() if f.relation == "role" and f.value]
    founders = frozenset(config()["employment"]["founder_titles"])
    dct = b.analysis.document.dct
    for old in roles:
        if not _dated(old.valid_from) or old.value.lower() in founders:  # type: ignore[union-attr]
            continue  # (a founder stays one, whatever post comes later)
        later = [f for f in roles if f.subject == old.subject and f is not old and f.events and _dated(f.valid_from) and a_post(f.value)
                 and (not a_seat(old.value) or a_seat(f.value))  # (an MP made a minister keeps the seat; not one made a senator)
                 and f.valid_from > old.valid_from  # type: ignore[operator]
                 and f.valid_from[:10] <= dct[:len(f.valid_from)]  # type: ignore[index]  # ("the dean ... will take up the post
                 # in September": the post held now ends after the article's date, an end still open)
                 and ((old.value not in f.value and f.value not in old.value) or ranked_below(old.value, f.value)  # type: ignore[arg-type, operator]
                      or (bool(old.events) and set(old.events).isdisjoint(f.events)))  # ("a nurse in 2011 ... chief nurse in 2019":
                 # two posts, each taken by an event of its own, that `_merge_titles` kept apart)
                 and (f.object == old.object or old.object is None or (f.object is None and not named_party(b.analysis, old.object)))]
        # (a party's leader who becomes prime minister stays its leader)
        if not later:
            continue
        start = min(f.valid_from for f in later)  # type: ignore[type-var]
        # ... and so does one the person's leaving closed with every later post there ("retired in 2004"): the
        # leaving ends the last post; an end of its own, or one the later posts do not share, stays
        shared = _dated(old.valid_to) and all(f.valid_to == old.valid_to for f in later) and old.valid_to > start  # type: ignore[operator]
        deputy = any(ranked_below(old.value.lower(), f.value.lower()) for f in later if f.valid_from == start)  # type: ignore[union-attr]
        if old.valid_to is None or shared:  # (fifteen years or more on, steps between may have gone untold: "joined the force as
            # a patrol officer in 1989 and was appointed chief in 2016" -- over, its end not told; not a deputy's post, which
            # the post it is deputy to ends)
            old.valid_to = start if deputy or int(start[:4]) - int(old.valid_from[:4]) < STEPS_UNTOLD else PAST  # type: ignore[index]


ENTRY_YEARS = 5  # an apprenticeship or a traineeship is over within this many years


def _entry_post(value: str, cfg: dict[str, list[str]]) -> str | None:
    """"trainee reporter", "apprentice": "short" for a post one is trained in, over within a few years; "early" for a first
    rung a later post ends ("junior curator", "laboratory assistant"); else None."""
    words = value.lower().split()
    if any(w in cfg["entry_post_words"] for w in words):
        return "short"
    return "early" if words[:1] == ["junior"] or value.lower() in cfg["entry_posts"] else None


def entry_posts_over(b: _Builder) -> None:
    """"a welder who joined the yard as an apprentice in 1990, was elected regional secretary in 2019", "joined the paper as
    a trainee reporter in 2003": a post a working life begins with is over once a later post is taken (or, for an
    apprenticeship or traineeship, some years on), its end not told -- not the later post's start nor the retirement
    decades on, which end the career ("retired as editor in 2021": not a trainee until then; a first rung's end dated
    within `STEPS_UNTOLD` years stays)."""
    cfg = config()["tenure"]
    dct = b.analysis.document.dct[:4]
    for post in [f for f in b.facts.values() if f.relation == "role" and f.value and _dated(f.valid_from) and len(f.valid_from) >= 4]:  # type: ignore[arg-type]
        kind = _entry_post(post.value, cfg)  # type: ignore[arg-type]
        start = int(post.valid_from[:4])  # type: ignore[index]
        later = any(f.subject == post.subject and f is not post and f.relation in ("role", "employee", "member")
                    and _dated(f.valid_from) and f.valid_from[:4] > post.valid_from[:4] for f in b.facts.values())  # type: ignore[index]
        aged = kind == "short" and dct.isdigit() and int(dct) - start >= ENTRY_YEARS
        if kind is None or not (later or aged):
            continue
        longest = ENTRY_YEARS if kind == "short" else STEPS_UNTOLD  # (a first rung ends with the later post taken within years)
        if post.valid_to is None or (_dated(post.valid_to) and int(post.valid_to[:4]) - start > longest):  # type: ignore[index]
            post.valid_to = PAST


def posts_until_now(b: _Builder) -> None:
    """"His replacement is X, until now the chairman of the defence committee" (X sworn in as defence minister on Monday):
    the post held "until now" ends when the one post the person takes at the time the article tells begins (its start in
    the article's month); else its end stays untold."""
    dct = b.analysis.document.dct[:7]
    for old in b.held_until_now:
        new = {f.valid_from for f in b.facts.values() if f.relation == "role" and f.subject == old.subject and f is not old
               and _dated(f.valid_from) and len(f.valid_from) >= 7 and f.valid_from[:7] == dct}  # type: ignore[arg-type, index]
        if old.valid_to == PAST and len(new) == 1:
            old.valid_to = new.pop()


def job_starts(b: _Builder) -> None:
    """"the insurer's chairman, X, stepped down after eight years as chairman": the one post a person
    is known to hold at a body dates the undated employment there (not one a promotion gave: "was promoted to
    chief executive in 2020" was at the body before)."""
    promoted = {e.id for e in b.analysis.events if e.lemma in PROMOTING}
    roles = [f for f in b.facts.values() if f.relation == "role" and f.object is not None and promoted.isdisjoint(f.events)]
    for job in [f for f in b.facts.values() if f.relation == "employee" and f.valid_from is None]:
        posts = [f for f in roles if f.subject == job.subject and f.object == job.object]
        if len(posts) == 1 and _dated(posts[0].valid_from) and (job.valid_to is None or not _dated(job.valid_to)
                                                               or job.valid_to >= posts[0].valid_from):  # type: ignore[operator]
            job.valid_from = posts[0].valid_from


def _body(a: Analysis, verb: Token) -> str | None:
    """The organisation a stretch of years was spent at: the verb's object ("led Garrowfield for six
    years"), its "at / with / for" ("worked at X for ten years", "spent three years as a researcher at X"), the one a
    "where" clause hangs from ("the X Laboratory in Uppsala, where she had spent eight years"), or the one "there" stands
    for (`_there_body`)."""
    found = [_entity(a, c) for c in children_of(verb) if c.dep_ == "dobj"] + [_entity(a, t) for t in objects_of(verb, {"at", "with", "for"})]
    found += [_entity(a, t) for post in children_of(verb) if post.dep_ == "attr" for t in objects_of(post, {"at", "with", "of"})]
    # ("was chief curator at X for seven years": the post's body)
    found += [_entity(a, t) for post in objects_of(verb, {"as"}) for t in objects_of(post, {"at", "with", "for"})]  # "spent three
    # years as a researcher at X"
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in children_of(verb)):
        place = verb.head
        if _kind(a, _entity(a, place)) != "ORG" and place.dep_ == "pobj" and place.head.lower_ == "in":
            place = place.head.head  # "the X Laboratory in Uppsala, where ...": the laboratory, not the city
        found.append(_entity(a, place))
    if any(c.dep_ == "advmod" and c.lower_ == "there" for c in children_of(verb)):
        found.append(_there_body(a, verb))
    if not any(e is not None and _kind(a, e) == "ORG" for e in found):  # "at the supermarket chain Y": the name set beside
        found += [_entity(a, n) for t in objects_of(verb, {"at", "with"}) for n in children_of(t) if n.dep_ == "appos"]
    return next((e for e in found if e is not None and _kind(a, e) == "ORG"), None)


def _was_at(verb: Token) -> bool:
    """"was chief curator at X for seven years", "was with X for a decade": a past "be" telling a stretch at a body."""
    return verb.lemma_.lower() == "be" and verb.tag_ == "VBD" and any(c.dep_ in ("attr", "prep") for c in children_of(verb))


def _doer(verb: Token) -> Token | None:
    """The verb's subject; for a participle clause with none, the main clause's ("X had been without a club since
    June, having spent six years there")."""
    subject = subject_of(verb)
    if subject is None and verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN"):
        return subject_of(verb.head)
    return subject


def _there_body(a: Analysis, verb: Token) -> str | None:
    """"was released by Gelsham in June, having spent six years there": the body named last before the verb in its
    sentence, when no place is named after it ("moved to X in 2001 and spent six years there": the town, no body)."""
    sent = verb.sent
    told = [(m.start, e) for e in a.entities if e.type in THERE_TYPES for m in e.mentions if sent.start_char <= m.start < verb.idx]
    if not told:
        return None
    last = max(told, key=lambda x: x[0])[1]
    return last.id if last.type == "ORG" else None


THERE_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC"})  # what "there" can stand for


def stretches(b: _Builder, doc: Doc) -> None:
    """"X, who led Garrowfield for six years, stepped down in October 2010", "joined Y in 2012 from the X
    Laboratory, where she had spent eight years": a post or employment there whose end is dated, and
    whose start is not, began that many years before (the year only); one still held ("has led Y for
    six years") that many years before the article."""
    a = b.analysis
    verbs = frozenset(config()["tenure"]["stretch_verbs"])
    found: list[tuple[Token, int]] = []
    for timex in a.timexes:
        years = whole_years(timex.value) if timex.type == "DURATION" else None
        span = char_span(doc, timex.start, timex.end) if years else None
        if span is None:
            continue
        held = span.root.head.head if span.root.dep_ == "pobj" and span.root.head.lower_ == "for" else span.root.head
        if span.root.dep_ == "npadvmod" and held.lower_ == "before" and span.start > 0 and doc[span.start - 1].lower_ == "for":
            held = held.head  # "worked as a porter for six years before quitting": the parser hangs the years on "before"
        if held.pos_ == "NOUN" and held.i != span.root.head.i:  # "its chief executive for the past six years"
            _post_for(b, held, years, any(t.lower_ in ("past", "last") for t in span))
            continue
        found.append((held, years))
    # "spent six seasons at Y before moving to Z in 2015": a sports season counts as a year (no time expression)
    found += [(t.head, n) for t in with_lemmas(doc, ("season",)) if t.dep_ in STRETCH_DEPS
              and t.head.lemma_.lower() in verbs and (n := _years(t.head)) and not any(v.i == t.head.i for v, _ in found)]
    for verb, years in found:
        if verb.lemma_.lower() in LIVE_VERBS:
            _lived_for(b, verb, years)
            continue
        if (verb.lemma_.lower() not in verbs and not _was_at(verb)) or _unstated(verb):
            continue
        if (org := _body(a, verb)) is None:  # "She worked as a porter for six years before quitting in 2020"
            doer = _doer(verb)
            told = _entity(a, doer) or next((x.entity for e in a.events for x in e.args
                                             if doer is not None and x.start == doer.idx and x.entity), None)
            if told is not None and _kind(a, told) == "PERSON":
                _post_held_for(b, verb, told, years)
            continue
        if (person := _entity(a, _doer(verb))) is None or _kind(a, person) != "PERSON":
            continue
        left = _left_then(a, verb) or _before_that(b, doc, verb, person)
        for fact in b.facts.values():
            if fact.subject != person or fact.object != org or fact.relation not in ("employee", "member", "role") \
                    or fact.valid_from is not None:
                continue
            if left is not None and fact.valid_to in (None, PAST):
                fact.valid_to = left  # "spent nine years at Y before leaving in 2022": until then
            if _dated(fact.valid_to):
                fact.valid_from = f"{int(fact.valid_to[:4]) - years:04d}"  # type: ignore[index]
            elif fact.valid_to is None and a.document.dct and _held_now(verb):
                # "who has led Y for eleven years", "has spent the past seven years at Y": held still, since that many
                # years before the article
                fact.valid_from = f"{int(a.document.dct[:4]) - years:04d}"


def _post_held_for(b: _Builder, verb: Token, person: str, years: int) -> None:
    """"worked as a hospital porter in Lanchford for six years before quitting in 2020": the post so named, told of no
    body and undated, held until the dated leaving that closes the stretch, began that many years before it (the person
    a pronoun may tell, as the events read it)."""
    left = _left_then(b.analysis, verb)
    if left is None:
        return
    words = {t.lower_ for t in objects_of(verb, {"as"}) if t.pos_ == "NOUN"}
    posts = [f for f in b.facts.values() if f.relation == "role" and f.subject == person and f.object is None
             and f.valid_from is None and f.valid_to in (None, PAST, left) and (f.value or "").split()
             and (f.value or "").lower().split()[-1] in words]
    if len(posts) != 1:
        return
    posts[0].valid_to = left
    posts[0].valid_from = f"{int(left[:4]) - years:04d}"


LIVE_VERBS = frozenset({"live", "reside"})


def _lived_for(b: _Builder, verb: Token, years: int) -> None:
    """"has lived in Leicester for 20 years", "who has lived in Oslo for a decade": a home still kept, since that
    many years before the article (not "lived in Oslo for ten years", over and undated)."""
    a = b.analysis
    person = _entity(a, subject_of(verb))
    if person is None or _kind(a, person) != "PERSON" or not a.document.dct or not _held_now(verb):
        return
    towns = {_entity(a, t) for t in objects_of(verb, {"in"})}
    for fact in b.facts.values():
        if fact.relation == "located_in" and fact.subject == person and fact.object in towns \
                and fact.valid_from is None and fact.valid_to is None:
            fact.valid_from = f"{int(a.document.dct[:4]) - years:04d}"


def _post_for(b: _Builder, noun: Token, years: int, recent: bool) -> None:
    """"X, Y's chief executive for the past six years, said", "The club's manager for the last three years, X, was sacked
    on Sunday": the person's undated post so called began that many years before its dated end, or, held still ("the
    past six years"), before the article."""
    a = b.analysis
    name = noun.head if noun.dep_ == "appos" else next((c for c in children_of(noun) if c.dep_ == "appos"), None)
    person = _entity(a, name) if name is not None else None
    if person is None or _kind(a, person) != "PERSON":
        return
    for fact in b.facts.values():
        if fact.relation != "role" or fact.subject != person or fact.valid_from is not None \
                or (fact.value or "").split()[-1:] != [noun.lower_]:
            continue
        if _dated(fact.valid_to):
            fact.valid_from = f"{int(fact.valid_to[:4]) - years:04d}"  # type: ignore[index]
        elif fact.valid_to is None and recent and a.document.dct:
            fact.valid_from = f"{int(a.document.dct[:4]) - years:04d}"


HELD_VERBS = frozenset({"hold", "keep", "retain", "occupy"})
HELD_EXTRA_NOUNS = frozenset({"title", "seat", "chair"})  # held for a stretch, beside the config's held posts


def held_for(b: _Builder, doc: Doc) -> None:
    """"became managing director in 1983 and held the job for 24 years": a post (and the employment it
    began) dated from its start in that sentence or the one before, and held a stretch of whole years
    then over (a past verb), ends that many years on."""
    a = b.analysis
    held = frozenset(config()["tenure"]["tenure_held_nouns"]) | HELD_EXTRA_NOUNS
    _, sent_of = sentences(doc)
    for timex in a.timexes:
        years = whole_years(timex.value) if timex.type == "DURATION" else None
        span = char_span(doc, timex.start, timex.end) if years else None
        if span is None:
            continue
        verb = span.root.head.head if span.root.dep_ == "pobj" and span.root.head.lower_ == "for" else span.root.head
        if verb.lemma_.lower() not in HELD_VERBS or verb.tag_ != "VBD" or _unstated(verb) \
                or not any(c.dep_ == "dobj" and c.lemma_.lower() in held for c in children_of(verb)):
            continue
        person = _entity(a, subject_of(verb))
        if person is None or _kind(a, person) != "PERSON":
            continue
        near = {sent_of[verb.i], sent_of[verb.i] - 1}
        posts = [f for f in b.facts.values() if f.subject == person and f.relation == "role" and _dated(f.valid_from)
                 and f.valid_to is None and any(e.sentence in near for e in f.evidence)]
        if len(posts) != 1:
            continue
        post = posts[0]
        end = f"{int(post.valid_from[:4]) + years:04d}"  # type: ignore[index]
        if a.document.dct and end > a.document.dct[:4]:
            continue
        post.valid_to = end
        for job in b.facts.values():
            if job.subject == person and job.relation == "employee" and job.object == post.object and post.object \
                    and job.valid_from == post.valid_from and job.valid_to is None:
                job.valid_to = end


# verbs of a next step that closes a stretch told before it ("spent six years at Y before moving to Z in 2015")
NEXT_STEP_LEMMAS = frozenset({"join", "move", "become", "sign", "turn", "take", "recruit", "hire", "appoint", "name"})


def _left_then(a: Analysis, verb: Token) -> str | None:
    """"spent nine years at Y before leaving in 2022", "spent six years at Y before moving to Z in 2015", "spent three years
    at Y before she was recruited by Z in 2011": the dated leaving, or next step, that closes the stretch."""
    for prep in children_of(verb):
        clause = None
        if prep.dep_ == "prep" and prep.lower_ == "before":
            for left in children_of(prep):
                lemma = left.lemma_.lower()
                if left.dep_ == "pcomp" and ((lemma in config()["employment"]["leave_lemmas"]
                                              and not any(c.dep_ == "dobj" for c in children_of(left))) or lemma in NEXT_STEP_LEMMAS):
                    clause = left
        elif prep.dep_ == "advcl" and prep.lemma_.lower() in NEXT_STEP_LEMMAS | frozenset(config()["employment"]["leave_lemmas"]) \
                and any(m.dep_ == "mark" and m.lower_ == "before" for m in children_of(prep)):
            clause = prep  # "... before she was recruited by Z in 2011"
        if clause is None:
            continue
        event = next((e for e in a.events if e.start == clause.idx and _dated(e.time)), None)
        timex = next((t for t in a.timexes if event is not None and t.tid and t.tid == event.timex), None)
        if event is not None and (timex is None or clause.left_edge.idx <= timex.start < clause.right_edge.idx + len(clause.right_edge)):
            return event.time  # (a step dated in its own clause: not "led X to the title in 1996 and managed Y for two
            # years before moving to England", whose move took the title's year)
    return None


THAT_WORDS = frozenset({"that", "then", "this"})
TENURE_NOUNS = frozenset({"tenure", "stint", "spell", "reign", "career"})  # "after a tenure of nine years"


def _before_that(b: _Builder, doc: Doc, verb: Token, person: str) -> str | None:
    """"She has run Y's British arm since 2014. Before that she spent nine years at Z": a stretch told "before that"
    ends where the person's one dated start in the sentence before began (not when that sentence dates two starts,
    or none)."""
    if not any(p.dep_ == "prep" and p.lower_ == "before" and (told := [c.lower_ for c in children_of(p)])
               and all(w in THAT_WORDS for w in told) for p in children_of(verb)):
        return None
    _, sent_of = sentences(doc)
    before = sent_of[verb.i] - 1
    starts = {f.valid_from for f in b.facts.values() if f.subject == person and f.relation in ("employee", "member", "role")
              and _dated(f.valid_from) and any(e.sentence == before for e in f.evidence)}
    return starts.pop() if len(starts) == 1 else None


def _began(facts: list[Fact], year: str) -> None:
    for fact in facts:
        if fact.valid_from is None and (not _dated(fact.valid_to) or fact.valid_to[:4] >= year):  # type: ignore[index]
            fact.valid_from = year


def years_before_leaving(b: _Builder, doc: Doc) -> None:
    """"will retire in April after nine years in the chair", "stepped down on Sunday after 14 years in
    charge of Y", "have separated after eight years of marriage": the one undated post (at Y, when
    named) -- or the couple's undated marriage -- began that many years before the leaving, the year
    only.  "Her husband of 25 years, X": the marriage began that many years before the article."""
    cfg = config()["tenure"]
    a = b.analysis
    leaving = frozenset(config()["employment"]["end_types"])
    parting = frozenset(config()["spouse"]["end_types"] + config()["spouse"]["separation_types"])
    by_trigger = {e.start: e for e in a.events if e.type in leaving | parting and e.polarity == "POS"}
    spouse_nouns = frozenset(config()["statements"]["spouse_nouns"])
    for timex in a.timexes:
        years = whole_years(timex.value) if timex.type == "DURATION" else None
        span = char_span(doc, timex.start, timex.end) if years else None
        if span is None or span.root.dep_ != "pobj":
            continue
        prep, held = span.root.head, [c for c in children_of(span.root) if c.dep_ == "prep"]
        if prep.lower_ == "of" and prep.head.lemma_.lower() in TENURE_NOUNS and prep.head.dep_ == "pobj" \
                and prep.head.head.lower_ == "after":
            prep, held = prep.head.head, []  # "stepped down in March after a tenure of nine years": after nine years
        led = prep.head if prep.lower_ == "for" and prep.head.tag_ == "VBG" and prep.head.dep_ == "pcomp" \
            and prep.head.head.lower_ == "after" and prep.head.lemma_.lower() in cfg["tenure_verbs"] else None
        if led is not None:  # "retired in 2020 after leading the company for fourteen years": after so long in charge
            _led_for(b, by_trigger.get(led.head.head.idx), led, years)
            continue
        if prep.lower_ == "of" and prep.head.lemma_.lower() in spouse_nouns:
            _wedded_for(b, prep.head, f"{int(a.document.dct[:4]) - years:04d}")  # type: ignore[operator]
            continue
        event = by_trigger.get(prep.head.idx) if prep.lower_ == "after" else None
        if event is None or not _dated(event.time) or len(held) > 1:
            continue
        if not held:  # "left Y in 2020 after a decade at the lender": the parser hangs "at" on the verb
            held = [c for c in children_of(prep.head) if c.dep_ == "prep" and c.lower_ in ("at", "with") and c.i == span.end]
        began = f"{int(event.time[:4]) - years:04d}"  # type: ignore[index]
        named_post = any(c.dep_ == "prep" and c.lower_ == "as" for c in children_of(prep.head))  # left "as" a post
        what = next((g for g in children_of(held[0]) if g.dep_ == "pobj"), None) if held else None
        if what is None and not (not held and named_post and event.type not in parting):
            continue  # "will step down as editor of X in June after 13 years": the post named, held that long
        if event.type in parting:
            if held[0].lower_ == "of" and what.lemma_.lower() in cfg["marriage_nouns"]:  # type: ignore[union-attr]
                pair = set(_ids(event, config()["spouse"]["roles"], a, {"PERSON"}))
                _began([f for f in b.facts.values() if f.relation == "spouse" and {f.subject, f.object} == pair], began)
            continue
        at_body = what is not None and held[0].lower_ in ("at", "with") and _kind(a, _entity(a, what)) == "ORG"
        if what is not None and not at_body \
                and (held[0].lower_ not in ("in", "at") or what.lemma_.lower() not in cfg["post_held_nouns"]):
            continue
        body = next((_entity(a, g) for p in children_of(what) if p.dep_ == "prep" and p.lower_ == "of"
                     for g in children_of(p) if g.dep_ == "pobj"), None) if what is not None else None  # "in charge of Y"
        if at_body:
            body = _entity(a, what)  # "left Y in 2020 after a decade at the lender / at Y": there
        org = body if body is not None and _kind(a, body) == "ORG" else None
        people = _ids(event, ["agent", *config()["employment"]["person_roles"]] if event.type != "career.fire"
                      else config()["employment"]["person_roles"], a, {"PERSON"})
        left_bodies = _ids(event, ["organization"], a, {"ORG"})  # "retire as chairman of Y"
        for person in people:
            posts = [f for f in b.facts.values() if f.relation == "role" and f.subject == person and f.valid_from is None
                     and (a_post(f.value) or f.object is not None) and org in (None, f.object)
                     and (f.valid_to is None or f.valid_to[:4] >= event.time[:4])]  # type: ignore[index]
            if len(posts) > 1 or what is None:  # "will retire as chairman after nine years in the chair": that post
                posts = [f for f in posts if any(arg.role == "role" and arg.text.lower() in (f.value or "").lower() for arg in event.args)]
            bodies = {org} if org else {posts[0].object} if len(posts) == 1 and posts[0].object else set(left_bodies)
            jobs = [f for f in b.facts.values() if f.relation == "employee" and f.subject == person and f.object in bodies]
            if len(posts) <= 1 and (posts or jobs):
                _began(posts + jobs, began)


def _led_for(b: _Builder, event: Event | None, led: Token, years: int) -> None:
    """"retired in 2020 after leading the company for fourteen years", "stepped down on Sunday after running Y for a
    decade": the leaver's one undated post at the body led (or, the body not named, the one undated post), and the job
    there, began that many years before the dated leaving."""
    a = b.analysis
    if event is None or not _dated(event.time):
        return
    led_body = next((_entity(a, c) for c in children_of(led) if c.dep_ == "dobj"), None)
    org = led_body if led_body is not None and _kind(a, led_body) == "ORG" else None
    began = f"{int(event.time[:4]) - years:04d}"  # type: ignore[index]
    for person in _ids(event, ["agent", *config()["employment"]["person_roles"]], a, {"PERSON"}):
        posts = [f for f in b.facts.values() if f.relation == "role" and f.subject == person and f.valid_from is None
                 and (a_post(f.value) or f.object is not None) and org in (None, f.object)
                 and (f.valid_to is None or f.valid_to[:4] >= event.time[:4])]  # type: ignore[index]
        if len(posts) != 1:
            continue
        bodies = {org or posts[0].object} - {None}
        jobs = [f for f in b.facts.values() if f.relation == "employee" and f.subject == person and f.object in bodies]
        _began(posts + jobs, began)


def _wedded_for(b: _Builder, noun: Token, year: str) -> None:
    """"Oshdown's wife of 25 years, Caroline": the marriage of the possessor and the one so called."""
    a = b.analysis
    partner = _entity(a, noun) or next((_entity(a, c) for c in children_of(noun) if c.dep_ == "appos"), None)
    owner = next((_entity(a, c) for c in children_of(noun) if c.dep_ == "poss"), None)
    pair = {partner, owner}
    if None in pair or len(pair) != 2:
        return
    _began([f for f in b.facts.values() if f.relation == "spouse" and {f.subject, f.object} == pair], year)


BARE_JOIN_TYPES = frozenset({"career.hire", "career.appoint"})
BARE_JOIN_TOLD = frozenset({"organization", "joined", "role", "body", "left", "handed", "place"})  # what makes a join not bare
JOB_RELATIONS = ("employee", "member")


def _dated_done(event: Event, dct: str) -> bool:
    """An event told as done (asserted or attributed, no plan), dated, and not after the article's date."""
    return event.polarity == "POS" and event.certainty in (ASSERTED, ATTRIBUTED) and event.modality is None \
        and _dated(event.time) and not (dct and event.time[:len(dct)] > dct)  # type: ignore[index]


def bare_joins(b: _Builder) -> None:
    """"X, 58, was hired in June 2018 after 11 seasons at Y", "X was appointed in June 2021 on a three-year contract": a
    dated hiring or appointment that names neither the body nor the post dates the start of the one job (employment or
    membership) the person is known to hold then -- undated, not over before it nor told over at some past time -- and of
    the undated posts held there."""
    a = b.analysis
    dct = a.document.dct or ""
    for event in a.events:
        if event.type not in BARE_JOIN_TYPES or not _dated_done(event, dct) \
                or any(arg.role in BARE_JOIN_TOLD for arg in event.args) or event.lemma in PROMOTING \
                or any(arg.role == "agent" and _kind(a, arg.entity) != "PERSON" for arg in event.args if arg.entity):
            continue  # (a promotion begins no job: "who has worked at Y for ten years, was promoted on Monday")
        people = _ids(event, ["patient"], a, {"PERSON"})
        if len(people) != 1:
            continue
        when: str = event.time  # type: ignore[assignment]
        jobs = [f for f in b.facts.values() if f.relation in JOB_RELATIONS and f.subject == people[0] and f.object is not None
                and f.valid_to != PAST and not (_dated(f.valid_to) and f.valid_to[:len(when)] <= when)  # type: ignore[index]
                and not (_dated(f.valid_from) and f.valid_from[:len(when)] > when)]  # type: ignore[index]
        if len({f.object for f in jobs}) != 1 or any(f.valid_from not in (None, when) for f in jobs):
            continue  # (a job already dated from then -- by the body the article is about -- still dates its posts)
        org = jobs[0].object
        posts = [f for f in b.facts.values() if f.relation == "role" and f.subject == people[0] and f.object == org
                 and f.valid_from is None and f.valid_to != PAST]
        for fact in [f for f in jobs if f.valid_from is None] + posts:
            fact.valid_from = when
            fact.evidence.append(Evidence(event.sentence, event.start, event.end))
            fact.events.append(event.id)


def joined_posts(b: _Builder) -> None:
    """"The 49-year-old, who arrived from Y City in the summer of 2023, ... X have sacked manager Z": a dated hiring at a
    body that names no post dates the one post known held there, undated and not told over at some past time (the post
    is the one taken on joining: no promotion or other post at that body is known)."""
    a = b.analysis
    dct = a.document.dct or ""
    for event in a.events:
        if event.type != "career.hire" or not _dated_done(event, dct) or any(arg.role == "role" for arg in event.args):
            continue
        people = _ids(event, ["patient"], a, {"PERSON"})
        bodies = {arg.entity for arg in event.args if arg.role == "organization" and arg.entity}
        if len(people) != 1 or len(bodies) != 1:
            continue
        when: str = event.time  # type: ignore[assignment]
        body = next(iter(bodies))
        posts = [f for f in b.facts.values() if f.relation == "role" and f.subject == people[0] and f.object == body]
        if len(posts) != 1 or posts[0].valid_from is not None or not _dated(posts[0].valid_to) \
                or posts[0].valid_to[:len(when)] <= when:  # type: ignore[index]
            continue  # (a post told ended: a post still held, or a calling, may have come later than the joining)
        posts[0].valid_from = when
        posts[0].evidence.append(Evidence(event.sentence, event.start, event.end))
        posts[0].events.append(event.id)


NEW_WORDS = frozenset({"new", "incoming", "newly"})  # "the new health minister, X", "the newly appointed coach, X"
NEWS_TYPES = frozenset({"career.appoint", "career.hire"})
NEWS_DAYS = 14  # how far before the article the news of a reshuffle it reports may lie


def new_posts(b: _Builder, doc: Doc) -> None:
    """"He was sworn in on Monday along with the new health minister, X", "The new finance minister, X, spent eight
    years at a bank": a post the article calls new, undated, began on the one day the article's news of appointments
    happened (its dated hirings and appointments of the fortnight up to the article's date), when they all fall on
    one day."""
    from datetime import date, timedelta

    a = b.analysis
    dct = a.document.dct or ""
    if len(dct) != 10:
        return
    first = (date.fromisoformat(dct) - timedelta(days=NEWS_DAYS)).isoformat()
    days = {e.time for e in a.events if e.type in NEWS_TYPES and _factual(e) and e.certainty in (ASSERTED, ATTRIBUTED)
            and e.time and len(e.time) == 10 and first <= e.time <= dct}
    if len(days) != 1:
        return
    day = days.pop()
    for fact in b.facts.values():
        if fact.relation != "role" or fact.valid_from is not None or fact.valid_to is not None or not fact.evidence \
                or _kind(a, fact.subject) != "PERSON":
            continue
        span = char_span(doc, fact.evidence[0].start, fact.evidence[0].end)
        if span is None or not len(span):
            continue
        noun = span[0]
        if noun.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in NEW_WORDS or (c.dep_ == "amod" and any(
                g.dep_ == "advmod" and g.lower_ in NEW_WORDS for g in children_of(c))) for c in children_of(noun)) \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(noun)):
            fact.valid_from = day


LEFT_TOLD = frozenset({"organization", "left", "role", "joined", "body", "handed", "place"})  # what makes a leaving not bare


def bare_leavings_end(b: _Builder, doc: Doc | None) -> None:
    """"His long-time coach, X, retired at the end of last season", "X, the party's treasurer, quit in March": a dated
    leaving, sacking or retirement that names neither body nor post ends what the person is known to hold then, when
    that is one thing -- one post told of no body, or the job (and posts) at one body; a calling ("actor", "singer")
    is not left with a job."""
    from .resolve_orgs import named_party

    a = b.analysis
    cfg = config()["employment"]
    dct = a.document.dct or ""
    times = {e.id: e.time for e in a.events}
    for event in a.events:
        if event.type not in cfg["end_types"] or not _factual(event) or event.certainty not in (ASSERTED, ATTRIBUTED) or not _dated(event.time) \
                or (dct and event.time[:len(dct)] > dct) or any(arg.role in LEFT_TOLD for arg in event.args):
            continue
        span = char_span(doc, event.start, event.end) if doc is not None else None
        told = [(x.start, x.end) for x in event.args if x.role in ("agent", "patient", "person")]
        if span is None or not len(span) or any(
                (c.dep_ in ("dobj", "dative") and not any(s <= c.idx < e for s, e in told))
                or (c.dep_ == "prep" and c.lower_ in ("from", "as")) for c in children_of(span.root)):
            continue  # (what is left told, if not read: "stepped down from the board", "quit the post"; not "fired X")
        people = _ids(event, cfg["person_roles"] if event.type == "career.fire" else ["agent"], a, {"PERSON"})
        if len(people) != 1:
            continue
        when: str = event.time  # type: ignore[assignment]
        held = [f for f in b.facts.values() if f.subject == people[0] and f.valid_to is None
                and (f.relation in JOB_RELATIONS or (f.relation == "role" and a_post(f.value)))  # (not a calling: "actor")
                and not (_dated(f.valid_from) and f.valid_from[:len(when)] >= when)  # type: ignore[index]
                and not (f.object is not None and named_party(a, f.object))
                and not any(_dated(t) and t[:len(when)] > when for t in (times.get(x) for x in f.events))]  # type: ignore[index]
        # (not what a later hiring gives: "hired X as chief executive on Tuesday ... X left Y in 2023")
        bodies = {f.object for f in held}
        if len(bodies) != 1 or (None in bodies and len(held) != 1):
            continue
        for fact in held:
            fact.valid_to = when
            fact.evidence.append(Evidence(event.sentence, event.start, event.end))
            fact.events.append(event.id)
