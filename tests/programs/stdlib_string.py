import string
from string import Template, capwords

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(repr(string.printable), len(string.printable))
print(sorted(set("Hello, World!") & set(string.punctuation)))
print(all(c in string.printable for c in "abc XYZ 0-9\n"))

print(capwords("hello   wORLD  from\tpython"))
print(capwords("  leading and trailing  "))
print(capwords("a-b-c d-e", "-"))
print(capwords("one,,two,three", ","))
print(repr(capwords("")))

t = Template("$who likes $what, costs $$${price} (${who}!)")
print(t.template)
print(t.substitute(who="tim", what="kung pao", price=10))
print(t.substitute({"who": "ann", "what": "tea", "price": 2.5}))
print(t.substitute({"who": "ann", "what": "tea", "price": 1}, who="bob"))
print(t.safe_substitute(who="tim"))
print(t.get_identifiers(), t.is_valid())

try:
    t.substitute(who="tim")
except KeyError as e:
    print("KeyError", e)
try:
    Template("line one\nbad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
try:
    Template("${unclosed and $ok").substitute(ok=1)
except ValueError as e:
    print("ValueError:", e)
print(Template("${unclosed and $ok $9 $").safe_substitute(ok=1))
print(Template("${unclosed and $ok").is_valid())
print(Template("$a$b$a ${c}d $$e").get_identifiers())
print(Template("$name_1x$name").substitute(name_1x="A", name="B"))
print(Template("no placeholders").substitute())
print(Template("$x and $y").safe_substitute({"x": [1, 2]}, y=(3,)))


class Mapping:
    def __getitem__(self, key):
        if key.startswith("k"):
            return key.upper()
        raise KeyError(key)


print(Template("$kiwi $key $other").safe_substitute(Mapping()))
try:
    Template("$kiwi $other").substitute(Mapping(), extra=1)
except KeyError as e:
    print("KeyError", e)


class Percent(Template):
    delimiter = "%"


p = Percent("%who paid %%%{amount} ($5)")
print(p.substitute(who="Ann", amount=12))
print(Percent("100% sure").safe_substitute())
try:
    Percent("100% sure").substitute()
except ValueError as e:
    print("ValueError:", e)
