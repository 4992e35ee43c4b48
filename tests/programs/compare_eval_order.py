# Operands of comparisons are evaluated left to right, `in` included (the
# item before the container), and temporaries are released after the test.
def f(tag, v):
    print("eval", tag)
    return v
print(f("item", 1) in f("container", [1, 2]))
print(f("item", 3) not in f("container", {1, 2}))
print(f("a", 1) < f("b", 2), f("a", 2.0) == f("b", 2))
x = [1, 2, 3]
print(f("l", 5) in x, 2 in x, 2.5 > 2, "a" < "b", (1, 2) == (1, 2))
chain = f("p", 1) < f("q", 2) < f("r", 3)
print(chain)
