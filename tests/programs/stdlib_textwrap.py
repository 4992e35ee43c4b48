import textwrap
from textwrap import TextWrapper, dedent, fill, indent, shorten, wrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known "
        "state-of-the-art fox, famous for its e-mail etiquette -- and for "
        "its extraordinarily-long-hyphenated-vocabulary. Really.  Truly!")

for width in (10, 20, 35, 50, 70, 200):
    print(width, wrap(text, width))
print(fill(text, 30))
print(fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(wrap(text, 25, break_on_hyphens=False))
print(wrap("supercalifragilisticexpialidocious is long", 10))
print(wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(wrap("a-very-long-hyphenated-word-that-must-break", 12))
print(wrap("Hello there.  How are you? I'm fine! 'Quoted.' Next", 80,
           fix_sentence_endings=True))
print(wrap("   leading spaces and trailing   ", 12))
print(wrap("   leading spaces and trailing   ", 12, drop_whitespace=False))
print(wrap("tabs\there\tand\nnewlines\r\nmixed", 15))
print(wrap("tabs\there\tand\nnewlines", 40, expand_tabs=False, replace_whitespace=False))
print(wrap("a\tb", 40, tabsize=4))
print(wrap("", 10), wrap("   ", 10), wrap("x", 1))
print(wrap("em--dash and double -- dash, x--y", 8))
print(wrap("numbers 1-2-3 and co-op-ed things", 9))

for n in (1, 2, 3):
    print(n, wrap(text, 30, max_lines=n))
print(wrap(text, 30, max_lines=2, placeholder=" ..."))
print(wrap("short", 30, max_lines=1))

print(repr(shorten("Hello  world!", width=12)))
print(repr(shorten("Hello  world!", width=11)))
print(repr(shorten("Hello world", width=10, placeholder="...")))
print(repr(shorten(text, 60)))
print(repr(shorten("   lots    of   space   ", 100)))

w = TextWrapper(width=24, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap(text))
w.width = 40
w.break_on_hyphens = False
print(w.fill(text))
print(TextWrapper().width, TextWrapper().placeholder, TextWrapper(width=9).width)

for bad in (0, -1):
    try:
        wrap("some text", bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    wrap("some text here", 4, max_lines=1, initial_indent="  ")
except ValueError as e:
    print("ValueError:", e)

code = """
    def f(x):
        return x + 1

    \t
    print(f(2))
"""
print(repr(dedent(code)))
print(dedent("  a\n    b\n  c"))
print(repr(dedent("\ta\n\t\tb\n  \n\tc")))
print(repr(dedent("  a\n\tb")))
print(repr(dedent("    x\n  y\n      z")))
print(repr(dedent("no indent\n  here")))
print(repr(dedent("")), repr(dedent("   ")), repr(dedent("  \n  \n")))

print(repr(indent("one\ntwo\n\nthree\n", "  ")))
print(repr(indent("one\r\ntwo\n   \nfour", "# ")))
print(repr(indent("a\nb\nc", "+", lambda line: "b" not in line)))
print(repr(indent("", "x")))
print(textwrap.fill(textwrap.dedent("""\
    This paragraph is indented in the source
    and wrapped again here at a narrower width.
"""), 25))
