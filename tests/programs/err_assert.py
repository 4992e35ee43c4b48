def check(x):
    assert x > 0, "x must be positive"
    return x
print(check(1))
check(-1)
