# The format-spec mini-language through str.format: fill, alignment, sign,
# z, #, 0, width, grouping, precision and every presentation type.


def show(value, specs):
    cells = []
    for spec in specs:
        cells.append(("{:" + spec + "}").format(value))
    print(repr(value), "->", " | ".join(cells))


int_specs = ["", "d", "+d", " d", "5", "<5", "^5", "=+6", "*>6", "06", "_", ",", "09,",
             "b", "#b", "_b", "o", "#o", "x", "#X", "#010_x", "n", "e", ".2f", "%"]
for n in [0, 7, -42, 255, 65, 1234567, -1234567, 2 ** 64, -(10 ** 25), True, False]:
    show(n, int_specs)

for code in [65, 955, 8364, 128512, True]:
    print("{:c}|{:>3c}|{:*^5c}|{:05c}".format(code, code, code, code))

float_specs = ["", ".0", ".3", "#", "e", ".2e", "E", "f", ".1f", "#.0f", "F", "g", ".3g",
               "#g", "G", "%", ".1%", "n", "+", " .2f", "z.1f", "10.2f", "<10.2f", "^10.2f",
               "010.2f", "*=+11.3f", ",.2f", "_.1f", "0=15,.3f"]
values = [0.0, -0.0, 1.5, -2.5, 0.125, 1 / 3, 1234.5678, -0.00004, 1e16, 1e-5, 123456789.0,
          1e22, 2.0 ** 0.5, 9.995, 0.5, float("inf"), float("-inf"), float("nan")]
for x in values:
    show(x, float_specs)

str_specs = ["", "s", "8", "<8", ">8", "^8", "*^9", "-<7", ".2", "8.3", "^9.1", "0>6", "06"]
for text in ["", "a", "spam", "caf\u00e9", "longer than width"]:
    show(text, str_specs)

for other in [None, [1, 2], (3,), {"k": "v"}]:
    print("{}|{:}|{!r:>12}|".format(other, other, other))

print("{:,}".format(10 ** 30), "{:_x}".format(2 ** 70), "{:.30f}".format(0.1))
print("{:.17g} {:.17g} {:.20e}".format(0.1, 1 / 3, 2.0 ** -30))
print("{:e} {:f}".format(10 ** 20, 2 ** 70))
print("%08.3f %+.2e %10.4g %-10s|" % (3.14159, 12345.678, 0.000123456, "left"))
