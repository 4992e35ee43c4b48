# Classes: instances, attributes, methods, inheritance, super(), class
# attributes, properties, classmethod/staticmethod, __repr__/__str__, MRO.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return "a " + self.kind + " called " + self.name

    def __repr__(self):
        return "Animal(" + repr(self.name) + ")"


class Dog(Animal):
    kind = "dog"

    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)
        return self

    def describe(self):
        return super().describe() + " who knows " + str(len(self.tricks)) + " tricks"


a = Animal("generic")
d = Dog("rex")
d.add_trick("sit").add_trick("roll")
print(a.speak(), "|", d.speak())
print(a.describe())
print(d.describe())
print(repr(a), d, [a, d])
print(Animal.count, Dog.count, d.count, isinstance(d, Animal), isinstance(a, Dog))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), type(d).__name__, type(d) is Dog)


class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    def __str__(self):
        return str(self._c) + "C"


t = Temperature.freezing()
t.celsius = 100
print(t, t.celsius, t.fahrenheit, Temperature.convert(37), t.convert(-40))
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)


class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])


class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.value = 0
    def increment(self, by=1):
        self.value += by
        return self.value
c1 = Counter()
c2 = Counter()
for _ in range(5):
    c1.increment()
c2.increment(by=10)
print(c1.value, c2.value, Counter.instances)
print(c1.value, c1.__class__.__name__)
c1.extra = "dynamic"
print(c1.extra, sorted_keys := list(c1.__dict__.keys()))
del c1.extra
print(list(c1.__dict__.keys()))
