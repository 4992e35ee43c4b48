import a
print(a.fa(), a.b.fb())
import b
print(b.A_SEEN)
try:
    import broken
except ZeroDivisionError as e:
    print("broken failed:", e)
try:
    import broken
except ZeroDivisionError as e:
    print("broken failed again:", e)
import c
