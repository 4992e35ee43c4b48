import typing
from typing import (TYPE_CHECKING, Any, Callable, Dict, FrozenSet, Generator,
                    Generic, Iterable, Iterator, List, Literal, Mapping,
                    NamedTuple, NewType, Optional, Protocol, Sequence, Set,
                    Tuple, TypeVar, Union, cast, overload)

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
T_co = TypeVar("T_co", covariant=True)
Number = TypeVar("Number", int, float)
Bounded = TypeVar("Bounded", bound="Shape")

print(TYPE_CHECKING, T, T_co, Number.__constraints__, Bounded.__bound__)
Vector = List[float]
Matrix = List[Vector]
Table = Dict[str, List[Tuple[int, str]]]
Handler = Callable[[int, str], Optional[bool]]
print(Vector, Matrix)
print(Table)
print(Handler)
print(Optional[int], Union[int, str], Union[int, None, str], Union[int])
print(Union[int, Union[str, float], int], Optional[Union[int, str]])
print(Set[int], FrozenSet[str], Tuple[int, str], Tuple[()], Iterable[int])
print(Iterator[str], Generator[int, None, None], Sequence[Any], Mapping[str, T])
print(Literal["r", "w"], typing.Type[int], typing.ClassVar[int], typing.Final[str])
print(Callable[[], None], List["Node"], typing.Annotated[int, "positive"])
print(Any, Union, Optional, List, Dict, Callable, Generic, typing.NoReturn)
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int])
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__)
print(typing.get_origin(List[int]), typing.get_origin(Union[int, str]),
      typing.get_origin(int), typing.get_origin(Dict))
print(typing.get_args(Optional[int]), typing.get_args(Callable[[int], str]),
      typing.get_args(int))
print(Dict[K, V][str, int], List[T][bytes], Dict[K, V].__parameters__)
print(Optional[List[int]] == Union[List[int], None], {List[int]: "hashable"}[List[int]])
print(List[int] | None, None | Dict[str, int], T | int)

for expr in [lambda: List[int, str], lambda: Dict[int], lambda: Union[()],
             lambda: Optional[int, str], lambda: Callable[[int]],
             lambda: List[int][str], lambda: Generic[int], lambda: Generic[T, T],
             lambda: List(), lambda: Dict[str, int](), lambda: Any(),
             lambda: Union(), lambda: TypeVar("X", int),
             lambda: TypeVar("X", covariant=True, contravariant=True),
             lambda: typing.Annotated[int], lambda: typing.ClassVar[int, str],
             lambda: typing.Hashable[int], lambda: Any[int]]:
    try:
        print("no error:", expr())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

print(cast(int, "not checked"), cast("List[int]", [1]))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)


s = Stack()
s.push(1)
s.push(2)
print(s.pop(), len(s), [c.__name__ for c in Stack.__mro__])


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key = key
        self.value = value


pair = Pair("a", 1)
print(pair.key, pair.value)


def first(xs: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def gen(n: int) -> Iterator[int]:
    yield from range(n)


def counts(words: Iterable[str]) -> Dict[str, int]:
    result: Dict[str, int] = {}
    for w in words:
        result[w] = result.get(w, 0) + 1
    return result


print(first([3, 4]), first([], "empty"), apply(lambda v: v * 3, 5), list(gen(3)))
print(counts("a b a c b a".split()))


class SupportsClose(Protocol):
    def close(self) -> None:
        pass


class Resource:
    def close(self) -> None:
        print("closed")


def shutdown(r: SupportsClose) -> None:
    r.close()


shutdown(Resource())
try:
    SupportsClose()
except TypeError as e:
    print("TypeError:", e)


class Closer(SupportsClose):
    pass


Closer().close()


@overload
def double(x: int) -> int:
    pass


@overload
def double(x: str) -> str:
    pass


def double(x):
    return x * 2


print(double(2), double("ab"))


@overload
def only_overload(x: int) -> int:
    pass


try:
    only_overload(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__supertype__, Optional[UserId])

Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, y=2)
print(p, p.x, p[1], len(p), list(p), p == (1, 2), p._asdict(), Point._fields)
print(p._replace(y=5), Point._make([7, 8]), p + (3,), sorted([Point(2, 1), Point(1, 5)]))
x, y = p
print(x, y, hash(p) == hash((1, 2)), 2 in p, p.index(2), p.count(1))
Emp = NamedTuple("Emp", name=str, id=int)
print(Emp("ann", 3))
for bad in [lambda: Point(1, 2, 3), lambda: Point(1), lambda: Point(1, 2, z=3),
            lambda: Point(1, x=1), lambda: p._replace(z=1),
            lambda: setattr(p, "x", 5), lambda: setattr(p, "z", 5)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

match p:
    case Point(x=1, y=yy):
        print("matched y =", yy)


def annotated(a: "Stack[int]", b: List[Dict[str, Any]] = None) -> Tuple[int, str]:
    return (1, "x")


print(annotated(s))
x: Optional[int] = None
y: List[str] = []
print(x, y, typing.Text, typing.AnyStr)
