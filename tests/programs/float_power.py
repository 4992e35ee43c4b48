# Float powers with float and int exponents, their special cases and errors.
vals = [2.0, -3.0, 0.0, -0.0, 0.5, 1e300, float("inf"), float("-inf"), float("nan")]
exps = [0, 1, 2, 3, -1, -2, 32, 2**53 + 1, -(2**53 + 1), 0.5, -0.5, 2.0, 1e308]
for v in vals:
    row = []
    for e in exps:
        try:
            r = v ** e
            row.append(repr(r) if isinstance(r, float) else "complex")
        except (ZeroDivisionError, OverflowError) as err:
            row.append(type(err).__name__)
        except ValueError:
            row.append("complex")  # CPython gives a complex; pyrc does not have complex numbers
    print(v, row)
print(3 ** 2, 2 ** 62, 2 ** 64, (-3) ** 3, 2 ** -1, 10 ** 20, 7 ** 0)
