# f-strings with conversions and format specs (nested fields too).
pi = 3.14159265
n = 1234567
name = "pyrc"
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e} {pi:g} {n:,} {n:_} {n:>12,}|")
print(f"{name!r} {name:>8} {name:*^10} {name!s:<6}| {name.upper()!r:>10}")
print(f"{255:x} {255:#X} {255:08b} {-42:+d} {42: d} {0.25:.0%} {1e-7:.3g}")
width, prec = 12, 4
print(f"[{pi:{width}.{prec}f}] [{n:>{width}}]")
print(f"{[1, 2]!r} {(1, 'a')} {None} {True:d} {3.0} {1e20} {-0.0}")
values = [1.5, 22.25, 333.125]
for v in values:
    print(f"{v:8.2f}|{v:<8.1f}|{v:^9.3f}|")
print(f"{'nested {braces}'} {{literal}} {len(values)=}")
