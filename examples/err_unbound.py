# Uncaught UnboundLocalError: a local read before assignment shadows the global.

total = 100


def ok():
    return total + 1


def broken():
    print("inside broken, before the read")
    result = total + 1
    total = result
    return total


print("ok() =", ok())
print("total =", total)
print(broken())
print("not reached")
