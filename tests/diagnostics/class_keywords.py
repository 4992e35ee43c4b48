options = {"kind": "csv"}


class Plugin(**options):
    pass
