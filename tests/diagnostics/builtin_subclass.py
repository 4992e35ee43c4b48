class M(type):
    pass
