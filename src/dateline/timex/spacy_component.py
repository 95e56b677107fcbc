"""spaCy component "dateline_timex": TIMEX3 expressions on `doc._.timexes`.

    nlp.add_pipe("dateline_timex", config={"dct": "2023-08-07"})
    doc = nlp(text)            # or set doc._.dct per document before calling the component
    doc._.timexes              # list[dateline.model.Timex]

spaCy imports this module through the `spacy_factories` entry point whenever it builds a
pipeline, so it must stay light: the grammar is imported on first use.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)
if not Doc.has_extension("dct"):
    Doc.set_extension("dct", default=None)


class TimexComponent:
    def __init__(self, dct: str | None, domain: str, ages: bool = False) -> None:
        self.dct = dct
        self.domain = domain
        self.ages = ages

    def __call__(self, doc: Doc) -> Doc:
        from . import tag
        from .spacy_tense import tense_function

        dct = doc._.dct or self.dct or date.today().isoformat()
        doc._.timexes = tag(doc.text, dct, domain=self.domain, tense=tense_function(doc), ages=self.ages)
        return doc


@Language.factory("dateline_timex", default_config={"dct": None, "domain": "news", "ages": False})
def make_timex_component(nlp: Language, name: str, dct: str | None, domain: str, ages: bool) -> TimexComponent:
    """config: dct (default today; per document `doc._.dct`), domain (news | narrative), ages."""
    return TimexComponent(dct, domain, ages)
