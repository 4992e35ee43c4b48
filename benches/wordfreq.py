# Benchmark: word frequencies. Generates a deterministic English-like text with
# a linear congruential generator, then splits, normalises and counts the words
# with dicts, and builds a few summaries. Exercises str methods (split, lower,
# strip, join, startswith), dict get/setdefault/items, sorting with key
# functions, and string building.

SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "to", "vel", "qu", "an", "est",
             "or", "ith", "un", "bra", "dor", "pe", "zi", "mon", "tha", "el"]
PUNCTUATION = [",", ".", ";", "!", "?", ":"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state

    def below(self, n):
        return (self.next() >> 8) % n


def make_vocabulary(rng, size):
    words = []
    seen = set()
    while len(words) < size:
        word = "".join(SYLLABLES[rng.below(len(SYLLABLES))] for _ in range(1 + rng.below(4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def make_text(rng, vocabulary, n_words):
    parts = []
    capitalise = True
    for _ in range(n_words):
        # Skewed choice: low indices are much more frequent (Zipf-like).
        word = vocabulary[rng.below(rng.below(len(vocabulary)) + 1)]
        if capitalise:
            word = word.capitalize()
            capitalise = False
        r = rng.below(20)
        if r == 0:
            word += PUNCTUATION[rng.below(len(PUNCTUATION))]
            capitalise = word.endswith((".", "!", "?"))
        elif r == 1:
            word = '"' + word + '"'
        parts.append(word)
        if rng.below(12) == 0:
            parts.append("\n")
    return " ".join(parts)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for token in line.split():
            word = token.strip(',.;:!?"').lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def group_by_initial(counts):
    groups = {}
    for word, n in counts.items():
        groups.setdefault(word[0], []).append((word, n))
    return groups


def bigrams(text):
    pairs = {}
    words = [w.strip(',.;:!?"').lower() for w in text.split()]
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        pairs[key] = pairs.get(key, 0) + 1
    return pairs


def main(n_words):
    rng = Lcg(42)
    vocabulary = make_vocabulary(rng, 2000)
    text = make_text(rng, vocabulary, n_words)
    lines = text.count("\n") + 1
    print(f"text: {len(text)} characters, {lines} lines")
    counts = count_words(text)
    print(f"{sum(counts.values())} words, {len(counts)} distinct")
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:10]
    for word, n in top:
        print(f"{word:>14} {n:6d} {'#' * (n * 40 // top[0][1])}")
    groups = group_by_initial(counts)
    summary = ", ".join(f"{k}:{len(v)}" for k, v in sorted(groups.items()))
    print(summary)
    longest = max(counts, key=lambda w: (len(w), w))
    print("longest word:", longest, counts[longest])
    pairs = bigrams(text)
    best = sorted(pairs.items(), key=lambda item: (-item[1], item[0]))[:5]
    print("top bigrams:", "; ".join(f"{k} ({n})" for k, n in best))
    singletons = sorted(w for w, n in counts.items() if n == 1)
    print(len(singletons), "words occur once; first:", singletons[:5])
    title_words = sum(1 for w in text.split() if w[:1].isupper())
    print("capitalised tokens:", title_words)


main(300000)
