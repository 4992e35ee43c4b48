from . import sub
from .sub.deep import where as w
def tool():
    return "tool:" + w()
