from .. import VERSION
def where():
    return __name__ + " " + VERSION
