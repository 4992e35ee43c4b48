# Chained comparisons and value-returning and/or/not.

calls = []


def val(name, v):
    calls.append(name)
    return v


x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, 5 == x == 5.0, 1 < 2 > 3)
print(3 > 2 > 1, 3 > 2 > 2, 1 != 2 != 1, "a" < "b" < "c", [1] < [2] <= [2])
# the middle operand is evaluated once and evaluation short-circuits
calls = []
r = val("a", 1) < val("b", 2) < val("c", 3)
print(r, calls)
calls = []
r = val("a", 5) < val("b", 2) < val("c", 3)
print(r, calls)

print(0 or 7, 3 or 7, "" or "default", None or 0, [] or {} or "last")
print(0 and 7, 3 and 7, "x" and "", 1 and 2 and 3, None and undefined_name_never_evaluated)
print(not 0, not 3, not "", not "a", not [], not [0], not None, not not 5)
print(1 and 0 or "fallback", 0 or 1 and 2, not 1 or 2, (not 1) == False)
calls = []
r = val("p", 0) and val("q", 1)
print(repr(r), calls)
calls = []
r = val("p", 2) or val("q", 1)
print(repr(r), calls)
calls = []
r = val("p", "") or val("q", []) or val("r", "end")
print(repr(r), calls)

# bool conversions
for v in [0, 1, -1, 0.0, 2.5, "", "0", [], [[]], (), {}, {"k": 0}, None, True, False]:
    print(repr(v), bool(v), end=" | ")
print()
print(True + True, True * 10, False - 1, True == 1, False == 0, True != 2)
print(type(True), isinstance(True, bool), isinstance(True, int), str(False), int(True))
print(True and 3, False or 0.0, 3 == 3 and "equal", 3 == 4 or "different")

# combining conditions in a function


def leap(y):
    return y % 4 == 0 and y % 100 != 0 or y % 400 == 0


leaps = []
for y in [1900, 1996, 2000, 2023, 2024, 2100]:
    if leap(y):
        leaps.append(y)
print("leap years:", leaps)


def sign(v):
    return (v > 0) - (v < 0)


print([sign(-4), sign(0), sign(9)])
print(min(3, 3.0), max(0, False), 1 < 1.5 < 2 <= 2.0)
