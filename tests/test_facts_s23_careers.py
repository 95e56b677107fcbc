"""Phrasings found in session 23 (careers: boardrooms, universities, cabinets, club staff), each as an
invented sentence through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import event_names, facts_by_pair


def test_a_firm_named_after_its_founder_keeps_its_short_form() -> None:
    # "Tessaly" alone is the company "Tessaly Instruments" (a company word like Sensors, Optics,
    # Electronics, Engineering), not its founder "Gwen Tessaly", named only at the end
    a = run("Tessaly Instruments has poached Ana Ruiz from a rival. Tessaly bought the lens maker Orrin Optics in "
            "2020. Tessaly was founded by Gwen Tessaly in 1955.", "2024-05-08")
    assert "Tessaly Instruments" in event_names(a, "business.acquire", "agent")
    assert "Tessaly Instruments" in event_names(a, "business.found", "organization")
    assert ("Ana Ruiz", "Tessaly Instruments") in facts_by_pair(a, "employee")
