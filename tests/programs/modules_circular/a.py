print("a start")
import b
X = 1
def fa():
    return "fa" + str(b.Y)
print("a end")
