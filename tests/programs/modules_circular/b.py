print("b start")
import a
A_SEEN = hasattr(a, "X")
try:
    from a import X
except ImportError as e:
    print(e)
Y = 2
def fb():
    return "fb" + str(a.X)
print("b end")
