print("importing helper", __name__)
COUNT = 5
__all__ = ["triple", "double"]
def double(x):
    return x * 2
def triple(x):
    return x * 3
def bump():
    global COUNT
    COUNT += 1
    return COUNT
def use_double(v):
    return double(v)
