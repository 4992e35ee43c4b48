# Uncaught NameError from a name that is never defined.


def greet(who):
    return "hello " + who


print(greet("world"))
count = 3
print("count is", count)
print(greet(missing_name))
print("not reached")
