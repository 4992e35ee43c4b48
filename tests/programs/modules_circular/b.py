print("b start")
import a
A_SEEN = hasattr(a, "X")
try:
    from a import X
except ImportError as e:
    print(str(e).rsplit(" (", 1)[0])
Y = 2
def fb():
    return "fb" + str(a.X)
print("b end")
