x = ...
print(x, repr(x), x is ..., x == ..., [1, ...])
def stub():
    ...
print(stub())
d = {...: 1}
print(d[...])
