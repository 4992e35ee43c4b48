def f():
    raise ValueError("in c")
f()
