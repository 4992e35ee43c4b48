# bytes basics: literals, repr, len, indexing, slicing, iteration,
# concatenation, comparison, membership, methods, encode/decode.
data = b"hello world"
print(data, len(data), data[0], data[-1], data[0:5], data[::-1], data[6:])
print(list(b"abc"), bytes([72, 105]), bytes(3), bytes("héllo", "utf-8"))
print(b"ab" + b"cd", b"xy" * 3, b"a" < b"b", b"abc" == b"abc", b"" == b"x")
print(b"wor" in data, 111 in data, 0 in data, b"it's", b'say "hi"', b"\x00\xff\t")
print(data.upper(), data.split(), b"a,b,,c".split(b","), b"-".join([b"x", b"y"]))
print(data.find(b"o"), data.count(b"o"), data.startswith(b"hell"), data.endswith(b"x"))
print(data.replace(b"l", b"L"), b"  pad  ".strip(), data.hex(), type(data).__name__)
text = "naïve café"
encoded = text.encode()
print(encoded, len(encoded), encoded.decode("utf-8") == text, "abc".encode("ascii"))
print(isinstance(data, bytes), bool(b""), bool(b"x"), repr(b"\n"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("encode error:", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("decode error:", e)
try:
    bytes([256])
except ValueError as e:
    print("value error:", e)
