# dataclasses with string annotations (from __future__ import annotations):
# ClassVar, InitVar and KW_ONLY are recognised by their spelling.
from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
from typing import ClassVar, List, Optional


def attempt(f):
    try:
        result = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print("ok:", result)


@dataclass
class Config:
    registry: ClassVar[dict] = {}
    count: typing.ClassVar[int] = 0
    name: str
    size: int = 1
    seed: InitVar[int] = 0
    other: dataclasses.InitVar[str] = "o"
    _: KW_ONLY
    debug: bool = False
    items: List[int] = field(default_factory=list)
    parent: Optional[Config] = None

    def __post_init__(self, seed, other):
        Config.count += 1
        self.size += seed
        Config.registry[self.name] = other


c = Config("a", 2, 3, "x", debug=True)
print(c, Config.count, Config.registry)
print([(f.name, f.type) for f in fields(Config)])
print(sorted(Config.__dataclass_fields__))
print(Config.__match_args__)
print(Config.__init__.__annotations__)
print(Config.__doc__)
print(Config("b", parent=c).parent is c, Config.count)
attempt(lambda: Config("c", 1, 2, "y", False))


@dataclass(frozen=True, order=True)
class Item:
    name: str
    price: float = 0.0
    tags: tuple[str, ...] = ()
    _: dataclasses.KW_ONLY
    stock: int = 0


print(Item("x", 1.5, ("a",), stock=3), Item("a") < Item("b"))
print(Item.__doc__)
attempt(lambda: Item("x", 1.0, (), 4))


@dataclass
class WithVarName:
    ClassVarLike: int = 1
    InitVarLike: str = "s"


print(WithVarName(), [f.name for f in fields(WithVarName)])


import typing as t
import dataclasses as dc


@dataclass
class Aliased:
    shared: t.ClassVar[int] = 5
    tag: t.ClassVar = "x"
    value: int = 0
    extra: dc.InitVar[int] = 1
    _: dc.KW_ONLY
    key: str = "k"


print(Aliased(1, 2, key="q"), [f.name for f in fields(Aliased)])
print(sorted(Aliased.__dataclass_fields__), Aliased.shared, Aliased.tag)
