# Strings: indexing, slicing, concatenation, repetition, membership and methods.

s = "Hello, World"
print(s, len(s))
print(s[0], s[-1], s[7], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[:], s[3:3])
print(s[::2], s[::-1], s[1:10:3], s[10:2:-2], s[-3:-10:-1])
print(s[100:], s[5:1], s[-100:3])
print(s + "!" * 3, "ab" * 3, 3 * "xy", "-" * 0 + "|")
print("World" in s, "world" in s, "" in s, "lo, W" in s, "z" not in s)
print(s.upper(), s.lower())
print(s.find("o"), s.find("World"), s.find("xyz"), s.find(""))
print(s.replace("l", "L"), s.replace("World", "There"), s.replace("zz", "q"))
print(s.startswith("Hell"), s.startswith("hell"), s.endswith("World"), s.endswith("!"))
padded = "   spaced out \t\n"
print("[" + padded.strip() + "]", repr(padded), repr(padded.strip()))
print("--x--".strip("-"), "xyhixy".strip("xy"))
words = "the quick  brown fox".split()
print(words, len(words))
print("a,b,,c".split(","), "one two".split(" "), "".split(), "  ".split())
print("-".join(words), "".join(["a", "b", "c"]), ", ".join([]))
print("123".isdigit(), "12a".isdigit(), "".isdigit(), " 1".isdigit())
print(ord("A"), ord("a"), chr(65), chr(97 + 25), ord("0"), chr(ord("a") + 1))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("back\\slash"), repr("new\nline"))
print(str(42) + str(3.5) + str(True) + str(None))
print(repr(42), repr("42"), repr(None))
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "abc" == "a" + "bc")
print(min("hello"), max("hello"), min(["pear", "apple", "fig"]))


def caesar(text, shift):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + shift) % 26 + ord("a"))
        elif "A" <= ch <= "Z":
            out += chr((ord(ch) - ord("A") + shift) % 26 + ord("A"))
        else:
            out += ch
    return out


def is_palindrome(text):
    cleaned = ""
    for ch in text.lower():
        if "a" <= ch <= "z":
            cleaned += ch
    return cleaned == cleaned[::-1]


enc = caesar(s, 3)
print(enc, caesar(enc, -3))
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome(s))
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print("s in mississippi:", count)
name = "pyrc"
version = 3
print(f"{name} v{version}: {name!r} {name.upper()} {len(name) * 2} {[1, 'a']}")
print(f"nested quotes: {'x' + 'y'}")
print(type(s), isinstance(s, str), isinstance(5, str))
u = "naïve café"
print(u, len(u), u.upper(), u[2], u[::-1])
