# Uncaught KeyError for a missing dict key.

ages = {"ann": 31, "bob": 27}
print("ann is", ages["ann"])
print("get with default:", ages.get("cid", "unknown"))
for name in ["bob", "ann", "cid"]:
    print(name, "is", ages[name])
print("not reached")
