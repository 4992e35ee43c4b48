"""Functions creating iterators for efficient looping (pyrc's itertools, after
CPython 3.11's documented behaviour).

Most iterators here are generators, with an outer function that checks the
arguments and takes iter() of the inputs eagerly, so errors are raised when
the iterator is made, as CPython's are. count, repeat, groupby and tee are
classes (for their reprs and shared state).
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807  # sys.maxsize on 64-bit platforms


class _Sentinel:
    # A unique marker (pyrc does not make object() instances yet).
    pass


_sentinel = _Sentinel()


def _is_number(x):
    return isinstance(x, (int, float)) or hasattr(type(x), '__index__') \
        or hasattr(type(x), '__float__') or hasattr(type(x), '__int__')


class count:
    """start, start + step, start + 2*step, ... without end."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._value = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1:
            return 'count(%r)' % (self._value,)
        return 'count(%r, %r)' % (self._value, step)


class repeat:
    """object again and again: `times` times, or without end."""

    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._times = None
        else:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            self._times = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._object
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %r)' % (self._object, self._times)


def _cycle(it, saved):
    for element in it:
        saved.append(element)
        yield element
    if not saved:
        return
    while True:
        yield from saved


def cycle(iterable, /):
    """The iterable's items, then the same items over and over (kept from the first pass)."""
    return _cycle(iter(iterable), [])


def _chain(iterables):
    for it in iterables:
        yield from it


class _ChainType:
    # pyrc classes cannot define __new__ yet, so `chain` is the one instance of
    # this class: calling it makes a chain, and it has chain.from_iterable.

    def __call__(self, *iterables):
        """The items of each iterable in turn."""
        return _chain(iterables)

    def from_iterable(self, iterable, /):
        """The items of each iterable the argument yields, taken lazily."""
        return _chain(iter(iterable))

    def __repr__(self):
        return "<class 'itertools.chain'>"


chain = _ChainType()


def compress(data, selectors):
    """The items of data whose matching selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable, /):
    """The items of iterable from the first one the predicate rejects on."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable, /):
    """The items of iterable up to the first one the predicate rejects."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(function, iterable, /):
    """The items of iterable that function (or truth, when None) rejects."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


def starmap(function, iterable, /):
    """function(*args) for each args the iterable yields."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def pairwise(iterable, /):
    """Consecutive overlapping pairs: (s0, s1), (s1, s2), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func), after initial when given."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        total = _sentinel
        for total in it:
            break
        if total is _sentinel:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def _ssize(value):
    # value as a C Py_ssize_t, or -1 when it is not an integer or does not fit
    # (CPython's islice() turns every such failure into its ValueError).
    if isinstance(value, int):
        index = value
    else:
        try:
            method = type(value).__index__
        except AttributeError:
            return -1
        try:
            index = method(value)
        except Exception:
            return -1
        if not isinstance(index, int):
            return -1
    if index < -_MAXSIZE - 1 or index > _MAXSIZE:
        return -1
    return index


_STOP_MESSAGE = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    the items at those positions, read lazily, like slicing a list (no negatives)."""
    if not args:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if len(args) > 3:
        raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
    start, stop, step = 0, -1, 1  # -1: no stop
    if len(args) == 1:
        stop_arg = args[0]
    else:
        if args[0] is not None:
            start = _ssize(args[0])
        stop_arg = args[1]
    if stop_arg is not None:
        stop = _ssize(stop_arg)
        if stop == -1:
            raise ValueError(_STOP_MESSAGE)
    if start < 0 or stop < -1:
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    if len(args) == 3 and args[2] is not None:
        step = _ssize(args[2])
    if step < 1:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, None if stop == -1 else stop, step)


def _islice(it, start, stop, step):
    # CPython's state machine: each step skips items up to the next wanted
    # position, stops there if it reached `stop`, else returns one item.
    position = 0
    wanted = start
    while True:
        while position < wanted:
            if next(it, _sentinel) is _sentinel:
                return
            position += 1
        if stop is not None and position >= stop:
            return
        item = next(it, _sentinel)
        if item is _sentinel:
            return
        position += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


def zip_longest(*iterables, fillvalue=None):
    """Tuples of the i-th items of every iterable, until the longest is done;
    the shorter ones are padded with fillvalue."""
    return _zip_longest([iter(iterable) for iterable in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            for value in it:
                values.append(value)
                break
            else:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


def product(*iterables, repeat=1):
    """Every tuple taking one item from each input, in the order of nested for loops
    (the last input varies fastest); `repeat` repeats the inputs."""
    if not isinstance(repeat, int):
        raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    current = [pool[0] for pool in pools]
    yield tuple(current)
    while True:
        # Advance the rightmost index that can advance, like an odometer;
        # the ones after it wrap around to their pool's first item.
        i = n - 1
        while i >= 0:
            pool = pools[i]
            k = indices[i] + 1
            if k < len(pool):
                indices[i] = k
                current[i] = pool[k]
                break
            indices[i] = 0
            current[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """Every ordering of r items of the iterable (all of them by default), in
    lexicographic order of positions."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif not isinstance(r, int):
        raise TypeError('Expected int as r')
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    # Lexicographic order of positions: `indices` is the current arrangement;
    # cycles[i] counts how many more choices position i has.
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                # Rotate indices[i:] left by one, restoring position i's pool.
                first = indices[i]
                indices[i:] = indices[i + 1:]
                indices.append(first)
                cycles[i] = n - i
            else:
                j = n - cycles[i]
                indices[i], indices[j] = indices[j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
        else:
            return


def combinations(iterable, r):
    """Every choice of r items of the iterable, keeping their order, in
    lexicographic order of positions."""
    pool = tuple(iterable)
    r = _check_r(r)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    current = list(pool[:r])
    yield tuple(current)
    while True:
        # Find the rightmost index not at its maximum (n - r + i).
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        k = indices[i]
        for j in range(i, r):
            k += 1
            indices[j] = k
            current[j] = pool[k]
        yield tuple(current)


def combinations_with_replacement(iterable, r):
    """Like combinations(), but an item may be chosen more than once."""
    pool = tuple(iterable)
    r = _check_r(r)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    current = [pool[0]] * r if n else []
    yield tuple(current)
    while True:
        # Find the rightmost index not at the last element.
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        k = indices[i] + 1
        item = pool[k]
        for j in range(i, r):
            indices[j] = k
            current[j] = item
        yield tuple(current)


class groupby:
    """(key, group) for each run of consecutive items with equal keys;
    key(item), or the item itself when key is None. A group is valid until
    the groupby moves on."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        # The last item read (_sentinel once a group handed it out), its key,
        # and the key of the current group.
        self._currvalue = self._currkey = self._tgtkey = _sentinel
        self._group = None  # the only _grouper still allowed to advance

    def __iter__(self):
        return self

    def _step(self):
        # Read one more item (StopIteration passes through).
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._group = None
        # Skip what remains of the current group.
        while True:
            if self._currkey is _sentinel:
                pass
            elif self._tgtkey is _sentinel:
                break
            else:
                tgt = self._tgtkey
                cur = self._currkey
                if not (tgt is cur or tgt == cur):
                    break
            self._step()
        self._tgtkey = self._currkey
        group = _grouper(self, self._tgtkey)
        self._group = group
        return (self._currkey, group)


class _grouper:
    # The items of one group; exhausted once its groupby moves on.

    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._group is not self:
            raise StopIteration
        if parent._currvalue is _sentinel:
            parent._step()
        tgt = self._tgtkey
        cur = parent._currkey
        if not (tgt is cur or tgt == cur):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _sentinel
        return value


_TEE_BLOCK = 57  # items per block of a tee's shared buffer


class _tee:
    """One of the independent iterators tee() returns."""

    # The tees of one input share a linked list of blocks [items, next block];
    # blocks every tee has passed are freed.

    def __init__(self, it, block, index):
        self._it = it
        self._block = block
        self._index = index

    def __iter__(self):
        return self

    def __next__(self):
        block = self._block
        index = self._index
        if index == _TEE_BLOCK:
            following = block[1]
            if following is None:
                following = [[], None]
                block[1] = following
            block = following
            self._block = block
            index = 0
        items = block[0]
        if index < len(items):
            value = items[index]
        else:
            value = next(self._it)
            items.append(value)
        self._index = index + 1
        return value

    def __copy__(self):
        return _tee(self._it, self._block, self._index)


def tee(iterable, n=2, /):
    """n independent iterators over the items of one iterable."""
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    # As CPython: a copyable iterator (a tee, say) is itself the first result.
    if not isinstance(it, _tee) and not hasattr(it, '__copy__'):
        it = _tee(it, [[], None], 0)
    return (it,) + tuple(it.__copy__() for _ in range(n - 1))
