import struct
from struct import pack, unpack, calcsize
print(calcsize('@bi'), calcsize('<bi'), calcsize('ihq'), calcsize('@iq'), calcsize('5s2x?'), calcsize('l'), calcsize('<l'))
for f, a in [('<i', (2**31,)), ('<B', (-1,)), ('<h', ('x',)), ('<ii', (1,)), ('<c', (b'ab',)), ('<b', (200,)), ('<H', (70000,)), ('<Q', (2**64,))]:
    try:
        pack(f, *a)
    except struct.error as e:
        print(type(e).__name__, e)
for f, b in [('<i', b'abc'), ('<z', b'')]:
    try:
        unpack(f, b)
    except struct.error as e:
        print("error", e)
print(pack('<5s', b'ab'), pack('<2s', b'abcd'), pack('>d', 1.5), pack('<f', 0.1), unpack('<f', pack('<f', 0.1)))
print(pack('@bi', 1, 2), pack('<Q', 2**64 - 1), unpack('<3sh?', b'abc\x01\x02\x01'), pack('!I', 1), pack('>h', -2))
print(unpack('<Q', b'\xff' * 8), unpack('>q', b'\xff' * 8), unpack('<2i', pack('<2i', -5, 7)), pack('?', []))
print(struct.unpack_from('<h', b'\x00\x01\x02', 1), list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
header = pack('<4sIHH', b'PYRC', 1024, 3, 65535)
magic, size, major, minor = unpack('<4sIHH', header)
print(header, magic, size, major, minor)
