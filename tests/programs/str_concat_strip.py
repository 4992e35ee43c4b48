# str + str builds in place only when no one else holds the left operand,
# and strip/split/lower keep CPython's results for ASCII and non-ASCII text.


def fresh(n):
    s = "ab" + str(n)
    hash(s)  # caches the hash of a string that is then returned alone
    return s


def aliasing():
    a = "abc"
    b = a + "d"
    c = b + "e"
    print(a, b, c)
    t = (a + "x") + "y"
    print(t, a)
    parts = []
    for i in range(3):
        parts.append(a + str(i))
    print(parts, a)
    words = ["one", "two", "three"]
    joined = words[0] + " " + words[1] + " " + words[2]
    print(joined, words)
    same = a
    same = same + "!"
    print(same, a)


def identity():
    a = "abc"
    print((a + "") is a, ("" + a) is a, (a[:0] + a) is a)
    e = ""
    print(repr(e + e), (e + e) is e)


def hashes():
    r = fresh(3) + "q"
    print(r, r in {"ab3q"}, hash(r) == hash("ab3q"))
    d = {}
    for i in range(5):
        key = "k" + str(i % 2) + "-" + str(i % 3)
        d[key] = d.get(key, 0) + 1
    print(d)


def wide():
    s = ("é" + str(1)) + "ü"
    print(s, len(s), s[1], s[-1], s.upper())
    t = ("x" * 30 + "é") + "y" * 40
    print(len(t), t[30], t[-1], t.index("é"))
    u = ("a" * 20) + ("b" * 20) + "c"
    print(len(u), u[19:22], u.count("b"))


def growing():
    s = ""
    for i in range(200):
        s = s + str(i % 10)
    print(len(s), s[:15], s[-5:], hash(s) == hash("".join(str(i % 10) for i in range(200))))


def strips():
    for w in ['"Zithael,', '...', '', 'plain', ',"a"!', 'é,', ',é', '\u00e9\u00e9!?']:
        print(repr(w.strip(',.;:!?"')), repr(w.lstrip(',.;:!?"')), repr(w.rstrip(',.;:!?"')))
    for w in ["  a b  ", "\t\n x \x0b\x0c\r", "\x1c\x1dy\x1e\x1f", "\xa0z\xa0", "\u2003 w \u3000", " \x85v\x85 ", "", "   "]:
        print(repr(w.strip()), repr(w.lstrip()), repr(w.rstrip()))
    print(repr("xxhixx".strip("x")), repr("éaé".strip("é")), repr("abcba".strip("ab")))


def splits_and_case():
    text = "Kaloren mita,  Dorpe\tan \"zithael\" velqu.\nnext LINE"
    words = text.split()
    print(words)
    print([w.strip(',.;:!?"').lower() for w in words])
    print([w.capitalize() for w in words], [w.upper() for w in words])
    print("é ü  ö".split(), "a,b,,c".split(","), "a b c".rsplit(None, 1))
    print([len(w) for w in "ÀB cé d".lower().split()])
    lines = "a\nb\nc" * 3 + "é\n"
    print(lines.count("\n"), lines.count("\n", 3), lines.count("\n", 0, 5), lines.count("é"), lines.count("a\n"), "".count("x"), lines.count(""))
    print("abcabc".count("c", -2), "ééé".count("é", 1), "x\ry\r\n".splitlines(), "é\u2028x".splitlines(), "a\x1cb\x1fc\r\n\n".splitlines(True))


def locals_grow():
    s = "ab"
    alias = s
    s += "c"
    s = s + "d"
    print(s, alias)
    t = "x" + str(1)
    for i in range(5):
        t += str(i)
        t = t + "-"
    print(t, len(t), t.count("-"), hash(t) == hash("x10-1-2-3-4-"))
    seen = {t: 1}
    u = t
    t += "z"
    print(u in seen, t in seen, u, t)
    w = "é" + str(2)
    w += "ü"
    w = w + "ö"
    print(w, len(w), w[2], w[-1], w.upper())
    s = s + s
    s += s
    print(s)
    try:
        s += 5
    except TypeError as e:
        print("TypeError:", e, s)
    try:
        s = s + None
    except TypeError as e:
        print("TypeError:", e, s)
    v = "k" + str(7)
    v += (v := "q")
    print(v)
    items = [1]
    same = items
    items += [2]
    items = items + [3]
    print(items, same)
    n = 10
    n += 5
    n = n + 0.5
    print(n)


def closure_grow():
    s = "c" + str(0)

    def more():
        nonlocal s
        s += "!"
        s = s + "?"

    more()
    more()
    return s


def gen_grow(n):
    acc = "g" + str(n)
    for i in range(n):
        acc += str(i)
        yield acc


aliasing()
locals_grow()
print(closure_grow(), list(gen_grow(3)))
identity()
hashes()
wide()
growing()
strips()
splits_and_case()
