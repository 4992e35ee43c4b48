# A subclass's reflected comparison goes first when the right operand's
# class derives from the left's; otherwise the left operand's method does.
class A:
    def __lt__(self, o):
        return "A.lt"

    def __eq__(self, o):
        return "A.eq"

    def __ge__(self, o):
        return "A.ge"


class B(A):
    def __gt__(self, o):
        return "B.gt"

    def __eq__(self, o):
        return "B.eq"


class C(A):
    def __gt__(self, o):
        return NotImplemented


class Other:
    def __gt__(self, o):
        return "Other.gt"


print(A() < B(), A() == B(), B() == A(), A() <= B() if False else "skip")
print(A() < C(), A() < Other(), B() < A(), A() >= B())
if A() < B():
    print("truthy")
print([A() == x for x in (A(), B(), C())])
