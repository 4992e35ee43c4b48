# re: compile, match/search/fullmatch, findall/finditer, sub/subn, split,
# escape, Pattern and Match objects, flags, errors.
import re

# -- matching and groups
m = re.match(r"(a|ab)(c|bcd)(d*)", "abcd")
print(m.groups(), m.span(), m.span(2))
m = re.search(r"(?P<word>\w+)\s+(?P<num>\d+)", "hello world 42 end")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("num"), m.group(1, "num", 0))
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start("word"), m.end(2), m.span("num"))
print(m.string, m.pos, m.endpos, m.lastindex, m.lastgroup, m.re.pattern)
print(m.regs)
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(2), m.lastindex)
print(re.match(r"(?P<x>a)|(?P<y>b)", "b").groupdict("?"))
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)(b)", "ab").lastgroup)
print(re.match("x", "abc"), re.search("x", "abc"), re.fullmatch("a", "ab"))
print(re.fullmatch("a|ab", "ab"), re.match("a|ab", "ab"))
print(re.search(r"\d+", "abc 123 def 45"))
print(re.match("", "abc"))
print(repr(re.search("a+", "x" + "a" * 80)))
print(bool(re.match("a", "a")))

# -- positions are in characters
print(re.search("ö+", "grüße ööö").span())
m = re.search(r"(é)(\s\w+)", "¡holé señor!")
print(m.span(), m.span(1), m.group(2))
print([m.span() for m in re.finditer(r"\w+", "naïve café, 1½ ok")])

# -- pos / endpos
p = re.compile(r"\d")
print(p.search("a1b2c3", 2), p.search("a1b2c3", 2, 3), p.match("a1b2", 1))
print(p.findall("1234567", 2, 5), p.match("12", 5), p.search("12", -3))
print(re.compile(r"^b").search("ab", 1), re.compile(r"b$").search("abc", 0, 2))

# -- findall, finditer
print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)(\d)", "a1b2c3"))
print(re.findall(r"(\w)=(\d)?", "a=1 b= c=3"))
print(re.findall(r"(a)", "banana"), re.findall("x*", "axx"))
print(re.findall(r"|a", "a"), re.findall(r"a*?", "aa"), re.findall(r"\b", "ab cd"))
print([m.group() for m in re.finditer(r"[A-Z]\w*", "The Quick brown Fox")])
it = re.finditer("o", "foo")
print(next(it).span(), next(it).span())

# -- sub and subn
print(re.sub(r"(\w+)@(\w+)", r"\2 at \g<1>", "joe@home and ann@work"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>:\g<k>", "a=1, b=2"))
print(re.sub(r"a", "-", "banana", count=2), re.sub("a", "-", "banana", 1))
print(re.sub("x*", "-", "abxd"), re.sub("", "/", "abc"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("a", r"\n\t\\", "a") == "\n\t\\")
print(re.subn(r"\s+", " ", "a  b \t c"), re.subn("z", "y", "abc"))
print(re.sub(r"(\d+)", r"<\g<0>>", "x10y200"))
print(re.compile("o").sub("0", "foo boo", 3))
print(re.sub("(?i)b", "X", "abBA"))

# -- split
print(re.split(r",\s*", "a, b,c"))
print(re.split(r"(,)\s*", "a, b,c"))
print(re.split(r"(a)|(b)", "xaybz"))
print(re.split(r"\s+", " a b  c ", maxsplit=2))
print(re.split("x*", "axbc"), re.split(r"\b", "hi there"))
print(re.compile(r"\d").split("a1b2c3", 1))

# -- escape
print(re.escape("a.b*c?d[e]f{g}(h)|i^j$k\\l+m-n&o~p#q r\tsé_1"))
print(re.match(re.escape("1+1=2?"), "1+1=2?"))

# -- flags
print(int(re.I), re.IGNORECASE == 2, int(re.M | re.S), re.X + re.A + re.U, re.NOFLAG == 0)
print(re.findall("abc", "ABC abc AbC", re.I))
print(re.findall("^\\w+$", "one\ntwo\nthree", re.M), re.findall("^\\w+$", "one\ntwo"))
print(re.findall("a.b", "a\nb acb"), re.findall("a.b", "a\nb acb", re.S))
print(re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"\w+", "héllo wörld"))
print(re.match(r"""
    (\d+)   # digits
    \s*     # spaces
    ([a-z]+)  # letters
""", "12  abc", re.X).groups())
print(re.findall("(?i)AB", "ab Ab"), re.findall("(?i:a)b", "Ab AB"), re.findall("a(?-i:b)", "AB Ab", re.I))
print(re.findall("(?m)x$", "x\nx\n"), re.findall("(?s:.)", "\n"))
print(re.compile("a", re.I | re.M).flags, re.compile("a").flags, re.compile("(?x) a").flags)
print(re.compile("a+", re.IGNORECASE), re.compile("a", re.I | re.M | re.S), re.compile("b"))
print(re.compile(r"\d", re.A | re.X))

# -- anchors and special classes
print(re.search("a$", "ba\n"), re.search(r"a\Z", "ba\n"), re.search("a$", "ba\n\n"))
print(re.findall("$", "a\nb\n"), re.findall("(?m)$", "a\nb\n"), re.findall("(?m)^", "a\nb\n"))
print(re.search(r"\Aa", "ba"), re.findall(r"\bfoo\b", "foo foobar (foo)"))
print(re.findall(r"\B\w", "ab cd"), re.search(r"\B", ""), re.findall(r"\s+", "a\x1cb\u3000c"))
print(re.findall(r"\d", "1٣x"), re.findall(r"\d", "1٣x", re.A), re.findall(r"[^\W\d]+", "ab1cd_e"))
print(re.findall(r"[\w.-]+@[\w-]+\.\w+", "mail a.b-c@x-y.org or z@q.io"))

# -- look-around, backreferences, conditionals, atomic and possessive
print(re.findall(r"\w+(?=!)", "hi! yo? hey!"), re.findall(r"(?<!\$)\b\d+", "$10 20"))
print(re.findall(r"(?<=-)\w+", "a-b c-de"), re.search(r"(\w)\1", "abccd"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say \"hi\" now").group())
print(re.match(r"(?i)(a)\1", "aA"), re.match(r"(<)?\w+(?(1)>|$)", "<a>").group())
print(re.match(r"(<)?\w+(?(1)>|$)", "a"), re.match(r"(<)?\w+(?(1)>|$)", "<a"))
print(re.match(r"(?>a+)b", "aab"), re.match(r"(?>a+)a", "aaa"), re.match(r"a++a", "aaa"))
print(re.match(r"(a*)+", "aa").groups(), re.match(r"(a|)+b", "aab").span(1))
print(re.match(r"(a*)*b", "aab").groups(), re.match(r"(?:(a)|b)*", "ab").groups())
print(re.match(r"(a?){2,3}c", "aac").groups(), re.match(r"(a|b)*", "ab").groups())
print(re.match(r"(?=(\w+))\w", "abc").groups(), re.search(r"(a)|(b)", "b").lastindex)

# -- Pattern objects
p = re.compile(r"(?P<first>\w+) (?P<last>\w+)")
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(p.match("Jane Doe").group("last"), p.fullmatch("Jane Doe x"), p.search("-- A B").span())
print(p.sub(r"\g<last>, \g<first>", "Jane Doe"), p.subn("?", "a b c d"))
print(re.compile(p) is p, re.compile("x*") is re.compile("x*"))
m = p.search("Ann Lee")
print(m.re is p, m.expand(r"\2/\1 \g<first>"))
re.purge()

# -- errors
for bad in ["(abc", "abc)", "[a-", "a**", "*a", "(?P<1>x)", r"\2(a)", "(?<=a+)b",
            "a{3,1}", "(?P<n>a)(?P<n>b)", r"\q", "(?z)", "x(?i)", "[b-a]", "(?P=zz)",
            "a\n(b", r"(?(2)a|b)", r"\x1", "(?#abc"]:
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error as e:
        print("error:", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print("error:", e)
try:
    re.sub("(?P<a>x)", r"\g<b>", "x")
except IndexError as e:
    print("IndexError:", e)
try:
    re.match("(a)", "a").group(2)
except IndexError as e:
    print("IndexError:", e)
try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(re.error("x"), Exception), re.error.__name__)
m = re.search(r"(?P<word>\w+)\s+(?P<num>\d+)", "hello world 42 end")
print(m[0], m[1], m["num"])
