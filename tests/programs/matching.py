# match statements: literal, capture, wildcard, sequence, mapping, class and
# or-patterns, guards, star patterns and bindings that survive the match.
def describe(value):
    match value:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return "negative " + str(n)
        case int() | float():
            return "number"
        case "hello":
            return "greeting"
        case str(s):
            return "string of " + str(len(s))
        case []:
            return "empty list"
        case [x]:
            return "one item " + repr(x)
        case [first, *rest]:
            return "first " + repr(first) + " then " + repr(rest)
        case {"type": "point", "x": x, "y": y}:
            return "point at " + str(x) + "," + str(y)
        case {"type": t, **others}:
            return "typed " + t + " with " + repr(sorted(others))
        case None:
            return "nothing"
        case _:
            return "other"

for v in [0, 2, -5, 7, 2.5, "hello", "abc", [], [9], (1, 2, 3), {"type": "point", "x": 1, "y": 2},
          {"type": "box", "w": 3, "h": 4}, None, object]:
    print(describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "on x axis at " + str(x)
        case Point(x=0, y=y):
            return "on y axis at " + str(y)
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(5, 5), Point(1, 2), 42]:
    print(where(p))

command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["look"]:
        print("looking")
print(direction)

match (1, (2, 3)):
    case (a, (b, c)) as whole:
        print(a, b, c, whole)
