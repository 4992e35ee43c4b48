# globals(): reads and writes go to the same variables compiled code uses;
# names created through it are visible to later code.
counter = 1

def bump():
    globals()["counter"] += 10
    return counter

print(bump(), counter, globals()["counter"], "counter" in globals(), "nothing" in globals())
for name in ["alpha", "beta"]:
    globals()[name] = name.upper()
print(alpha, beta, globals().get("alpha"), globals().get("gamma", "default"))
del globals()["alpha"]
print("alpha" in globals())
try:
    print(alpha)
except NameError as e:
    print("NameError:", e)
g = globals()
g["counter"] = 100
print(counter, g is globals(), len([k for k in g if k == "counter"]))
