# The math and random modules as programs use them.
import math
import random
from math import sqrt, pi as PI, inf
from random import randint, shuffle

print(math.sqrt(2), sqrt(81), PI, math.e, math.tau, inf, -math.inf, math.nan)
print(math.floor(-3.5), math.ceil(2.1), math.trunc(-7.9), math.floor(10**20 + 0.5))
print(math.factorial(25), math.comb(40, 20), math.perm(10, 3), math.gcd(84, 36, 60), math.lcm(4, 6, 10))
print(math.isqrt(10**30), math.log(1000, 10), math.log2(1024), math.log10(0.001), math.log(10**400))
print(math.sin(1), math.cos(math.pi), math.tan(0.5), math.atan2(1, -1), math.hypot(3, 4, 12))
print(math.exp(1.5), math.expm1(1e-10), math.log1p(1e-10), math.pow(2, 0.5), math.fmod(-7, 3))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 11)), math.dist((0, 0), (3, 4)))
print(math.isclose(1.0, 1.0 + 1e-10), math.isfinite(1e308), math.isinf(-inf), math.isnan(float("nan")))
print(math.degrees(math.pi / 3), math.radians(180), math.copysign(3, -0.0), math.frexp(48.0), math.ldexp(0.75, 7))
print(math.modf(-2.75), math.gamma(5.5), math.lgamma(100), math.erf(0.5), math.erfc(2))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-2), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

random.seed(12345)
print(random.random(), random.randint(1, 6), random.randrange(0, 100, 7), random.uniform(-1, 1))
deck = list(range(10))
shuffle(deck)
print(deck, random.choice(deck), random.sample(deck, 3))
print(random.choices("abcde", k=5), random.choices("xyz", weights=[5, 1, 1], k=6))
print(round(random.gauss(0, 1), 12), random.getrandbits(70))
random.seed("pyrc")
print([randint(1, 100) for _ in range(8)])
rolls = [0] * 6
for _ in range(10000):
    rolls[random.randint(1, 6) - 1] += 1
print(rolls)
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
