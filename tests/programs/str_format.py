# str.format and str.format_map: numbering, names, indexing, attributes,
# conversions, nested specs and escapes; printf-style % alongside.

print("{} + {} = {}".format(2, 3, 2 + 3))
print("{0}{1}{0}".format("ab", "-"))
print("{name} is {age} years old".format(name="Ada", age=36))
print("{0} and {who}".format("me", who="you"))
print("{{literal}} {{{}}}".format("inside"))
print("}}{{".format())

point = [3, 4]
record = {"x": 1.5, "tag": "pt"}
print("x={0[0]} y={0[1]}".format(point))
print("{r[tag]}: {r[x]}".format(r=record))
print("{0[0][1]}".format([["a", "b"], ["c"]]))
print("{0.real} {0.imag} {1.denominator}".format(2.5, 7))
print("{s[1]}{s[0]}".format(s="ok"))

print("{!r} {!s} {!a}".format("text", "text", "caf\u00e9"))
print("{0!r:>10}|{0!s:<10}|".format("q"))
print("{!r}".format([1, "two", (3,)]))

for width in range(4, 9, 2):
    print("[{:>{}}]".format("ab", width), "[{:^{w}}]".format("ab", w=width))
for prec in range(0, 5):
    print("{:.{}f}".format(3.14159265, prec), "{0:{1}.{2}e}".format(12345.678, 12, prec))
print("{:{fill}{align}{width}}".format("mid", fill="*", align="^", width=11))

rows = [("apples", 3, 0.5), ("pears", 12, 1.25), ("kiwis", 140, 0.125)]
print("{:<8}|{:>5}|{:>8}".format("item", "qty", "price"))
print("-" * 23)
total = 0.0
for name, qty, price in rows:
    print("{:<8}|{:>5d}|{:>8.3f}".format(name, qty, price))
    total += qty * price
print("{:<8}|{:>5}|{:>8.2f}".format("total", "", total))

person = {"first": "Grace", "last": "Hopper", "born": 1906}
print("{last}, {first} ({born})".format_map(person))
print("{first:.1}. {last:>10}|".format_map(person))
print("{born:,} {born:#x} {born:b}".format_map(person))

template = "{} is {}"
print(template.format("format", "a method"), str.format("{}-{}", 1, 2))
print("%s=%d (%5.1f%%)" % ("ratio", 7, 43.25), "{}={:d} ({:5.1f}%)".format("ratio", 7, 43.25))
print("%-6s|%06.2f|%x" % ("ab", 3.14159, 255), "{:<6}|{:06.2f}|{:x}".format("ab", 3.14159, 255))
