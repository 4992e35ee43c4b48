import io, sys
b = io.BytesIO(b"hello\nworld")
print(b.read(3), b.readline(), b.read(), b.tell())
b.seek(0)
b.write(b"HE")
print(b.getvalue(), b.seek(0, 2), b.write(b"!"), b.getvalue())
b.seek(1)
print(b.truncate(), b.getvalue())
try:
    b.write("text")
except TypeError as e:
    print(e)
with io.BytesIO() as f:
    f.write(b"abc")
    print(f.getvalue())
print(f.closed, sys.stdout is sys.__stdout__)
