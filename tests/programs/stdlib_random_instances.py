# random.Random objects: own state, same numbers as the module functions for the same seed.
import random
r = random.Random(42)
print(r.random(), r.randint(1, 100), r.choice("abcdef"), r.uniform(1, 2), r.gauss(0, 1))
random.seed(42)
print(random.random(), random.randint(1, 100))
a = random.Random("seed")
b = random.Random("seed")
print([a.randrange(10) for _ in range(5)] == [b.randrange(10) for _ in range(5)])
xs = list(range(10))
r.shuffle(xs)
print(xs, r.sample(range(100), 3), r.choices("ab", k=4))
s = r.getstate()
v1 = r.random()
r.setstate(s)
print(v1 == r.random())
r.seed(7)
random.seed(7)
print(r.random() == random.random(), r.getrandbits(20))
try:
    r.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    r.choice([])
except IndexError as e:
    print("IndexError:", e)
