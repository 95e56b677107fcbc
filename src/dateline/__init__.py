"""dateline: dated news in, a time-aware record of who did what, when, and who says so out."""

from .model import SCHEMA_VERSION, Analysis, Document

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Analysis", "Document", "Store", "analyze", "__version__"]


def analyze(text: str, dct: str, **meta) -> Analysis:  # noqa: ANN003
    """Analyze one article dated `dct` (YYYY-MM-DD) and return its `Analysis`."""
    from .pipeline import analyze as _analyze

    return _analyze(text, dct, **meta)


def __getattr__(name: str):  # noqa: ANN202
    if name == "Store":
        from .store import Store

        return Store
    raise AttributeError(name)
