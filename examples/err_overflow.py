# Uncaught OverflowError: a huge int is fine, but converting it to float is not.

big = 10 ** 400
print("digits in 10**400:", len(str(big)))
print("float(10**300) =", float(10 ** 300))
x = 2.0
for i in range(5):
    x = x * x
    print("x squared:", x)
print("float(10**400) =", float(big))
print("not reached")
