class Log:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
log = Log()
print(1, "a", [2], sep="-", end="!", file=log)
print(file=log)
print(log.parts)
