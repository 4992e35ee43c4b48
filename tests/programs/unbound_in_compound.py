# Reads inside try, match and with blocks of names a branch may have left
# unbound raise UnboundLocalError instead of reading a default.
def maybe(flag):
    if flag:
        (q1, q2), q3 = (1, 2), 3
    try:
        return q1 + q2 + q3
    except UnboundLocalError as err:
        return str(err)


def maybe2(flag):
    if flag:
        q1, q2 = 1, 2
    try:
        return q1 + q2
    except UnboundLocalError as err:
        return str(err)


def maybe3(flag):
    if flag:
        q1 = 1
    try:
        return q1
    except UnboundLocalError as err:
        return str(err)
print(maybe(True), maybe(False))
print(maybe2(True), maybe2(False))
print(maybe3(True), maybe3(False))
def with_try(flag):
    if flag:
        v = 1
    try:
        pass
    finally:
        try:
            print(v)
        except NameError as err:
            print(type(err).__name__, err)
    try:
        w = 5
        print(w)
    except Exception:
        pass
    match flag:
        case True:
            print("m", v)
        case _:
            try:
                print(v)
            except UnboundLocalError as err:
                print("match", err)
with_try(True)
with_try(False)
