"""Regenerate ``corpus.txt``: a character-level language-modelling corpus written by a grammar.

Run ``python data/attention/make_corpus.py``; the output is deterministic (seeded). The text
mixes plain sentences with patterns that need attention to predict: arithmetic facts, names
repeated later in a paragraph ("... said Mira. Later, Mira ..."), and bracketed lists that are
closed in order. About 300 kB of ASCII.
"""
from __future__ import annotations

import random
from pathlib import Path

NAMES = ["Mira", "Tomas", "Lena", "Oskar", "Ada", "Wen", "Ravi", "Nora", "Ivo", "Sana", "Jun", "Elif"]
ANIMALS = ["fox", "heron", "otter", "badger", "crane", "lynx", "mole", "wren", "hare", "newt"]
PLACES = ["the river", "the old mill", "the market", "the hill", "the harbour", "the library",
          "the orchard", "the bridge", "the station", "the forest"]
ADJ = ["quiet", "bright", "heavy", "small", "green", "cold", "early", "narrow", "patient", "loud"]
VERBS = ["found", "carried", "painted", "counted", "followed", "repaired", "opened", "watched"]
OBJECTS = ["a lantern", "three boxes", "the map", "a letter", "the key", "a basket", "the bell",
           "a kite", "the ledger", "two stones"]
NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
           "eighteen"]


def sentence(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        a, b = rng.randrange(10), rng.randrange(10)
        return f"{NUMBERS[a].capitalize()} plus {NUMBERS[b]} is {NUMBERS[a + b]}."
    if kind == 1:
        n = rng.choice(NAMES)
        return (f"{n} {rng.choice(VERBS)} {rng.choice(OBJECTS)} near {rng.choice(PLACES)}. "
                f"Later, {n} said the {rng.choice(ADJ)} {rng.choice(ANIMALS)} was gone.")
    if kind == 2:
        items = rng.sample(ANIMALS, rng.randint(2, 4))
        return f"At {rng.choice(PLACES)} we saw ({', '.join(items)}) and counted {NUMBERS[len(items)]}."
    if kind == 3:
        n1, n2 = rng.sample(NAMES, 2)
        return f"{n1} asked {n2} about {rng.choice(OBJECTS)}; {n2} told {n1} to wait."
    return (f"The {rng.choice(ADJ)} {rng.choice(ANIMALS)} {rng.choice(VERBS)} "
            f"{rng.choice(OBJECTS)} by {rng.choice(PLACES)}.")


def make_corpus(n_chars: int = 300_000, seed: int = 0) -> str:
    rng = random.Random(seed)
    paras, total = [], 0
    while total < n_chars:
        p = " ".join(sentence(rng) for _ in range(rng.randint(3, 7)))
        paras.append(p)
        total += len(p) + 1
    return "\n".join(paras) + "\n"


if __name__ == "__main__":
    out = Path(__file__).with_name("corpus.txt")
    out.write_text(make_corpus(), encoding="ascii")
    print(f"wrote {out} ({out.stat().st_size} bytes)")
