import hashlib
print(hashlib.md5(b"hello").hexdigest(), hashlib.sha1(b"hello").hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size)
print(hashlib.sha512(b"x").hexdigest()[:32], hashlib.sha224(b"").hexdigest(), hashlib.sha384(b"abc").digest()[:8])
print(hashlib.new("sha256", b"abc").hexdigest() == hashlib.sha256(b"abc").hexdigest(), hashlib.new("MD5").name)
print(hashlib.sha256("text".encode()).hexdigest())
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha256", "nonexistent"}))
