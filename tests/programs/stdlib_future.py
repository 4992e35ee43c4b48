"""Future imports are accepted; the features are records."""
from __future__ import annotations, division, generator_stop, print_function

import __future__


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def append(self, value: int) -> Node:
        self.next = Node(value)
        return self.next


def total(node: Node | None) -> int:
    result: int = 0
    while node is not None:
        result += node.value
        node = node.next
    return result


head = Node(1)
head.append(2).append(3)
print(total(head), 7 / 2)
print(annotations)
print(division.getOptionalRelease(), division.getMandatoryRelease())
print(annotations.getMandatoryRelease(), hex(annotations.compiler_flag))
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.compiler_flag == getattr(__future__, name).compiler_flag)
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED)
print(sorted(__future__.__all__) == sorted(["all_feature_names"] + __future__.all_feature_names))
