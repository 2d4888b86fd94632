#!/usr/bin/env python3
"""Writes familiar-names.tsv: English first names and the familiar forms people are also called
by ("William" / "Bill", "Lawrence" / "Larry"), from the `nicknames` package's names.csv
(Carlton Northern and Nick Crews, hand-curated, Apache License 2.0).

The table also pairs given names of their own (aaron/erin, jonathan/john, emily/emma), and
relatives share a family name: a pair is kept only when the familiar form is a pet form of the
formal one, a clipping of three letters or more that opens it and is two letters shorter at
least (christopher/chris, william/will, jonathan/jon; not anna/ann, sarah/sara), a clipping of
four letters with a diminutive ending (katherine/kathy; not marilyn/mary), or one of the classic
irregular pet forms listed below (william/bill, robert/bob, lawrence/larry, andrew/andy); both
names written in letters only; each pair once, in the file's order. A few clippings that are
also names of their own remain (jeanette/jean, leonard/leon).

Regenerate (from this folder), with the package installed or its wheel unpacked:
  python3 generate_familiar_names.py [/path/to/nicknames/names.csv]
"""
import csv
import os
import sys


# Pet forms that do not open like their formal names, written by hand from common English usage.
IRREGULAR = {
    ("william", "bill"), ("william", "billy"), ("robert", "bob"), ("robert", "bobby"), ("richard", "dick"),
    ("edward", "ted"), ("edward", "ned"), ("theodore", "ted"), ("john", "jack"), ("john", "johnny"),
    ("margaret", "peggy"), ("margaret", "maggie"), ("mary", "molly"), ("mary", "polly"),
    ("elizabeth", "betty"), ("elizabeth", "beth"), ("elizabeth", "liz"), ("elizabeth", "bess"),
    ("henry", "hank"), ("henry", "harry"), ("james", "jim"), ("james", "jimmy"), ("anthony", "tony"),
    ("antonio", "tony"), ("charles", "chuck"), ("thomas", "tom"), ("thomas", "tommy"), ("albert", "bert"),
    ("alexander", "sandy"), ("gerald", "jerry"), ("jeremiah", "jerry"), ("sarah", "sally"),
    ("katherine", "kate"), ("catherine", "kate"), ("catherine", "cathy"), ("susan", "sue"),
    ("francis", "frank"), ("joseph", "joe"), ("patricia", "patty"), ("lawrence", "larry"),
    ("stephen", "steve"), ("michael", "mike"), ("michael", "mickey"), ("richard", "rick"), ("richard", "ricky"),
    ("nicholas", "nick"), ("david", "dave"), ("nathaniel", "nate"), ("jacob", "jake"), ("vincent", "vince"),
    ("cynthia", "cindy"), ("deborah", "debbie"), ("rebecca", "becky"), ("abigail", "abby"), ("daniel", "danny"),
    ("andrew", "andy"), ("samuel", "sammy"), ("timothy", "timmy"), ("kenneth", "kenny"), ("jennifer", "jenny"),
}


def is_pet_form(formal, familiar):
    """A clipping of three letters or more that opens the formal name, with or without a
    diminutive ending ("chris", "kathy"), or a listed irregular form."""
    if (formal, familiar) in IRREGULAR:
        return True
    if len(familiar) >= len(formal):
        return False
    # At least two letters shorter: "anna"/"ann", "sarah"/"sara" are two spellings of names.
    if len(familiar) >= 3 and len(formal) - len(familiar) >= 2 and formal.startswith(familiar):
        return True
    # A stem of four letters: "marilyn"/"mary", "marie"/"mary" are names of their own.
    for ending in ("ie", "ey", "y"):
        stem = familiar[: -len(ending)]
        if familiar.endswith(ending) and len(stem) >= 4 and formal.startswith(stem):
            return True
    return False


def names_csv():
    if len(sys.argv) > 1:
        return sys.argv[1]
    import nicknames  # noqa: the package ships the table beside its code

    return os.path.join(os.path.dirname(nicknames.__file__), "names.csv")


def main():
    pairs = []
    seen = set()
    with open(names_csv(), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["relationship"] != "has_nickname":
                continue
            formal, familiar = row["name1"].strip().lower(), row["name2"].strip().lower()
            if not (formal.isalpha() and familiar.isalpha()) or formal == familiar:
                continue
            if not is_pet_form(formal, familiar):
                continue
            if (formal, familiar) in seen:
                continue
            seen.add((formal, familiar))
            pairs.append((formal, familiar))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "familiar-names.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# First names and the pet forms their bearers are also called by (\"william\", \"bill\"),\n")
        f.write("# from the nicknames package (Carlton Northern, Nick Crews; Apache License 2.0), written by\n")
        f.write("# generate_familiar_names.py (pet forms only). Regenerate rather than edit.\n")
        f.write("#schema: formal:word familiar:word\n")
        f.write("#unique: formal familiar\n")
        for formal, familiar in pairs:
            f.write(f"{formal}\t{familiar}\n")
    print(f"{len(pairs)} pairs -> {out}")


if __name__ == "__main__":
    main()
