# str.maketrans and str.translate.
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdabcd".translate(table))
print("hello".translate({ord("l"): "L", ord("o"): None}), "abc".maketrans({"a": "1"}))
print("caesar".translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "defghijklmnopqrstuvwxyzabc")))
