# Word count over a multi-line string: normalise, split, count, rank.

TEXT = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!
  A fox, a dog, and THE end.

Numbers like 42 and 7 count too: 42 42.
"""


def normalise(word):
    out = ""
    for ch in word.lower():
        if "a" <= ch <= "z" or ch.isdigit():
            out += ch
    return out


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.split():
            w = normalise(raw)
            if w:
                counts[w] = counts.get(w, 0) + 1
    return counts


def neg_count(pair):
    return -pair[1]


lines = TEXT.split("\n")
non_empty = 0
for line in lines:
    if line.strip() != "":
        non_empty += 1
print("lines:", len(lines), "non-empty:", non_empty)
n_chars = len(TEXT)
n_words = len(TEXT.split())
print("chars:", n_chars, "raw words:", n_words)
counts = count_words(TEXT)
print("distinct words:", len(counts))
ranked = list(counts.items())
ranked.sort(key=neg_count)
print("top 5:")
for word, c in ranked[:5]:
    print(" ", word, c)
singles = []
for word, c in counts.items():
    if c == 1:
        singles.append(word)
print("words seen once:", singles)
longest = ""
for word in counts:
    if len(word) > len(longest):
        longest = word
print("longest word:", longest)
number_total = 0
for word in counts:
    if word.isdigit():
        number_total += int(word) * counts[word]
print("sum of numbers:", number_total)
for i in range(len(lines)):
    line = lines[i]
    if line.strip() == "":
        print("line", i + 1, "is blank")
    else:
        print("line", i + 1, "words:", len(line.split()), "starts with 'The':", line.startswith("The"))
print("replace:", TEXT.split("\n")[1].replace("the", "a").replace("The", "A"))
print("find 'fox':", TEXT.find("fox"), "find 'cat':", TEXT.find("cat"))
