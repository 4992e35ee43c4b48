import array
from array import array as A, ArrayType, typecodes


def attempt(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, ValueError, OverflowError, IndexError, MemoryError, AttributeError) as e:
        print(label, type(e).__name__ + ":", e)


# Construction, repr, attributes.
print(typecodes, ArrayType is A, array.array is A)
print(A('i', [1, 2, 3]), A('d'), A('b', range(-2, 3)), A('u', 'héllo'), A('u'))
print(A('d', [0.1, 1 / 3, -0.0, 1e16, float('inf'), float('nan')]), A('f', [0.1, 1.5]))
print(A('B', b'abc'), A('H', b'\x01\x02\x03\x04'), A('d', A('f', [0.5, 0.1])))
print(A('Q', [2**64 - 1]), A('q', [-2**63]), A('L', [0, 2**64 - 1]), A('l', [2**63 - 1]))
print(A('f', [1e40, -1e40, 3.4e38, 2**200]), A('d', [1, True, 2.5]))
print(str(A('i', [7])), f"{A('h', [1, -1])}", [A('b', [1])])
for code in typecodes:
    x = A(code)
    print(code, x.typecode, x.itemsize, len(x), bool(x), repr(x))

# Overflow and type errors for every typecode.
for code in 'bBhHiIlLqQ':
    x = A(code)
    bits = 8 * x.itemsize
    for v in [2**bits, -1 - 2**bits, 2**(bits - 1), -1 - 2**(bits - 1), -1, 2**70, -2**70]:
        attempt(code + ' append ' + str(v), lambda: x.append(v))
    for v in [1.5, 'x', None, True, [1]]:
        attempt(code + ' append ' + repr(v), lambda: x.append(v))
    print(code, x)
for code in 'fd':
    x = A(code)
    for v in ['x', None, 2**2000, True, 3, 1e300, 2.5]:
        attempt(code + ' append ' + repr(v)[:10], lambda: x.append(v))
    print(code, x)
attempt('u append 1', lambda: A('u').append(1))
attempt('u append ab', lambda: A('u').append('ab'))
attempt('bad code', lambda: A('z'))
attempt('two chars', lambda: A('ii'))
attempt('empty code', lambda: A(''))
attempt('int code', lambda: A(1))
attempt('no args', lambda: A())
attempt('three args', lambda: A('i', [1], 3))
attempt('keyword', lambda: A('i', initializer=[1]))
attempt('str init', lambda: A('i', 'abc'))
attempt('int init', lambda: A('i', 5))
attempt('None init', lambda: A('i', None))
attempt('odd bytes', lambda: A('i', b'\x01\x00\x00'))
attempt('unicode array init', lambda: A('i', A('u', 'a')))
attempt('float array init', lambda: A('i', A('d', [1.0])))
attempt('generator init', lambda: A('i', (x * x for x in range(4))))
attempt('dict init', lambda: A('i', {1: 2, 3: 4}))


class Seven:
    def __index__(self):
        return 7


class Half:
    def __float__(self):
        return 0.5


print(A('i', [Seven()]), A('d', [Seven(), Half()]), A('i', range(10))[Seven()])

# Methods.
a = A('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(A('i', [7]))
a.extend(a)
print(a, len(a))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
a.insert(-100, -100)
print(a)
print(a.pop(), a.pop(0), a.pop(-3), a)
print(a.index(99), a.index(3), a.index(3, 4), a.index(1, -10), a.index(1, -20, 5), a.count(3), a.count(3.0), a.count('x'))
a.remove(99)
a.remove(3)
print(a)
a.reverse()
print(a, a.tolist(), type(a.tolist()).__name__)
a.fromlist([10, 20])
print(a)
b = A('b', [1])
attempt('fromlist atomic', lambda: b.fromlist([2, 3, 300, 4]))
print(b)
attempt('extend partial', lambda: b.extend([2, 3, 300, 4]))
print(b)
attempt('extend kind', lambda: b.extend(A('B', [5])))
attempt('extend int', lambda: b.extend(5))
attempt('extend str', lambda: b.extend('ab'))
attempt('fromlist tuple', lambda: b.fromlist((1, 2)))
attempt('index missing', lambda: b.index(42))
attempt('index bad start', lambda: b.index(1, 'a'))
attempt('remove missing', lambda: b.remove(42))
attempt('pop empty', lambda: A('i').pop())
attempt('pop range', lambda: A('i', [1]).pop(3))
attempt('pop str', lambda: A('i', [1]).pop('a'))
attempt('pop huge', lambda: A('i', [1]).pop(2**80))
attempt('insert str', lambda: A('i', [1]).insert('a', 1))
attempt('insert value', lambda: A('i', [1]).insert(0, 'a'))
attempt('append 0 args', lambda: A('i').append())
attempt('append 2 args', lambda: A('i').append(1, 2))
attempt('append keyword', lambda: A('i').append(x=1))
attempt('pop 2 args', lambda: A('i').pop(1, 2))
attempt('insert 1 arg', lambda: A('i').insert(1))
attempt('index 0 args', lambda: A('i').index())
attempt('tolist arg', lambda: A('i').tolist(1))
attempt('no attribute', lambda: A('i').foo)

# Bytes.
h = A('h', [1, 256, -2])
print(h.tobytes(), A('d', [1.5]).tobytes(), A('f', [1.5]).tobytes(), A('u', 'ab').tobytes())
h.byteswap()
print(h)
for code, init in [('d', [1.0]), ('f', [1.0]), ('b', [1, 2]), ('Q', [1]), ('I', [1])]:
    x = A(code, init)
    x.byteswap()
    print(code, x)
x = A('H')
x.frombytes(b'\x01\x02\x03\x04')
print(x)
y = A('d')
y.frombytes(A('d', [2.5, -1.0]).tobytes())
print(y, A('u', 'hi').tounicode(), buffer := A('b', [1, 2]).buffer_info()[1])
attempt('frombytes odd', lambda: A('i').frombytes(b'abc'))
attempt('frombytes str', lambda: A('i').frombytes('ab'))
attempt('frombytes list', lambda: A('i').frombytes([1]))
attempt('tounicode', lambda: A('i').tounicode())
attempt('fromunicode', lambda: A('i').fromunicode('a'))
attempt('fromunicode int', lambda: A('u').fromunicode(1))
u = A('u', 'ab')
u.fromunicode('cd')
print(u, u[1], u[1:3], 'c' in u, u.count('a'), list(u))

# Indexing, slicing, deletion.
s = A('i', range(6))
print(s[0], s[-1], s[True], s[1:4], s[::-1], s[::2], s[10:], s[-2:], s[4:1:-1])
attempt('index range', lambda: s[6])
attempt('index neg range', lambda: s[-7])
attempt('index str', lambda: s['a'])
attempt('index float', lambda: s[1.0])
attempt('index huge', lambda: s[2**70])
attempt('slice step 0', lambda: s[1:2:0])
attempt('slice str', lambda: s['a':])
s[0] = 10
s[-1] = 50
print(s)


def assign(key, value):
    t = A('i', range(6))
    t[key] = value
    return t


def delete(key):
    t = A('i', range(6))
    del t[key]
    return t


attempt('set 10', lambda: assign(10, 1))
attempt('set -7', lambda: assign(-7, 1))
attempt('set str key', lambda: assign('a', 1))
attempt('set str value', lambda: assign(1, 'a'))
attempt('set overflow', lambda: assign(1, 2**40))
attempt('del 10', lambda: delete(10))
attempt('del -1', lambda: delete(-1))
attempt('del str', lambda: delete('x'))
t = A('i', range(6))
t[1:3] = A('i', [9, 9, 9])
print(t)
t[::2] = A('i', [7, 7, 7, 7])
print(t)
t[::-1] = A('i', range(7))
print(t)
t[5:1] = A('i', [8, 9])
print(t)
t[1:3] = A('i')
print(t)
t[2:5] = t
print(t)
del t[::3]
print(t)
del t[::-2]
print(t)
del t[1:3]
print(t)
del t[:]
print(t, len(t), bool(t))
try:
    t[0:1] = [1]
except TypeError as e:
    print('TypeError:', e)
try:
    t[0:1] = A('d', [1.0])
except TypeError as e:
    print('TypeError:', e)
t = A('i', range(6))
try:
    t[::2] = A('i', [7, 7])
except ValueError as e:
    print('ValueError:', e)

# Iteration, membership, builtins.
r = A('i', [3, 1, 2])
print([v * 2 for v in r], list(r), sorted(r), list(reversed(r)), sum(r), max(r), min(A('d', [2.5, -1.5])))
print(2 in r, 5 in r, 2.0 in r, 'a' in r, None in r, 2 not in r)
print(list(enumerate(A('b', [4, 5]))), dict(zip('ab', A('H', [1, 2]))), tuple(A('d', [1])))
total = 0
for v in A('q', [2**62, 2**62 - 1]):
    total += v
print(total, list(iter(A('Q', [2**63]))))
try:
    hash(r)
except TypeError as e:
    print('TypeError:', e)
try:
    {r: 1}
except TypeError as e:
    print('TypeError:', e)

# Comparison.
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) != A('i', [1, 2]), A('i', [1, 2]) == A('d', [1.0, 2.0]))
print(A('i', [1, 2]) == [1, 2], A('i', [1, 2]) != [1, 2], A('i') == A('d'))
print(A('i', [1, 2]) < A('i', [1, 2, 0]), A('i', [1, 3]) > A('i', [1, 2, 0]), A('i', [1, 3]) <= A('i', [1, 3]), A('i', [1, 3]) >= A('b', [1, 4]))
print(A('d', [float('nan')]) == A('d', [float('nan')]), A('d', [float('nan')]) < A('d', [float('nan')]))
print(A('Q', [2**64 - 1]) == A('q', [-1]), A('Q', [2**64 - 1]) > A('q', [-1]), A('l', [-1]) < A('L', [0]))
print(A('f', [0.5]) == A('d', [0.5]), A('f', [0.1]) == A('d', [0.1]), A('u', 'ab') < A('u', 'b'), A('u', 'ab') == A('i', [1]))
print(A('i', [1]) == 1, A('i', [1]) != 1, [A('i', [1])].index(A('i', [1])), A('i', [2]) in [A('i', [1]), A('i', [2])])
attempt('lt int', lambda: A('i', [1]) < 1)
attempt('lt list', lambda: A('i', [1]) < [1])
attempt('lt mixed', lambda: A('u', 'ab') < A('i', [1]))
ordered = sorted([A('i', [2]), A('i', [1, 5]), A('i', [1])])
print(ordered)

# Concatenation and repetition.
print(A('b', [1]) + A('b', [2, 3]), A('b', [1]) * 3, 2 * A('d', [0.5]), A('i', [1, 2]) * 0, A('i', [1]) * -1, A('i', [5]) * True)
print(A('i', [1]) * Seven())
attempt('add kind', lambda: A('b', [1]) + A('B', [2]))
attempt('add list', lambda: A('i', [1]) + [1])
attempt('list add', lambda: [1] + A('i', [1]))
attempt('add int', lambda: A('i', [1]) + 1)
attempt('int add', lambda: 1 + A('i', [1]))
attempt('mul float', lambda: A('i', [1]) * 1.5)
attempt('mul str', lambda: A('i', [1]) * 'a')
attempt('mul huge', lambda: A('i', [1]) * 2**80)
attempt('sub', lambda: A('i', [1]) - A('i', [1]))
attempt('neg', lambda: -A('i', [1]))
attempt('len', lambda: len(A('i', [1]) * 2**62))
c = A('h', [1, 2])
alias = c
c += A('h', [3])
c += c
print(c, c is alias)
c *= 2
print(c, c is alias)
c *= 0
print(c, c is alias, len(alias))
try:
    c += [1]
except TypeError as e:
    print('TypeError:', e)
try:
    c += A('i', [1])
except TypeError as e:
    print('TypeError:', e)
d = A('d', [1.5])
d[0] += 1
d[0] *= 2
print(d, d[0])

# Copies.
e = A('i', [1, 2])
f = e.__copy__()
g = e[:]
f.append(3)
g.append(4)
print(e, f, g, e.__deepcopy__({}), A('i', e))

# A small numeric use: a prefix-sum table.
data = A('l', [5, -2, 7, 1, 0, 3])
prefix = A('l', [0]) * (len(data) + 1)
for i, v in enumerate(data):
    prefix[i + 1] = prefix[i] + v
print(prefix, prefix[-1] == sum(data), prefix[2:5].tolist())
