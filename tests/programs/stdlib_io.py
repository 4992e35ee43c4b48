import io
import sys
from io import StringIO
buf = StringIO()
n = buf.write("hello\n")
print("world", 42, file=buf)
buf.writelines(["a\n", "b\n"])
print(n, repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(repr(buf.readline()), repr(buf.read(3)), buf.readlines())
r = io.StringIO("line1\nline2\nline3")
for line in r:
    print(repr(line))
r.seek(0)
print(r.read(), r.read(), r.tell())
w = StringIO("abcdef")
w.write("XY")
print(w.getvalue(), w.truncate(), w.getvalue())
with StringIO() as s:
    s.write("inside")
    print(s.getvalue(), s.closed)
print(s.closed)
try:
    s.write("x")
except ValueError as e:
    print("ValueError", e)
try:
    StringIO().write(5)
except TypeError as e:
    print("TypeError", e)
old = sys.stdout
sys.stdout = StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))
