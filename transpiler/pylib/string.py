"""Common string constants, capwords and Template (pyrc's string, after
CPython 3.11's documented behaviour).

Template is written without the re module: placeholders are scanned by hand.
A subclass may change ``delimiter``; a subclass changing ``idpattern``,
``braceidpattern``, ``flags`` or ``pattern`` (regular expressions) is not
supported.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, and join them with sep
    (a single space when sep is None, after splitting on runs of whitespace)."""
    words = [word.capitalize() for word in s.split(sep)]
    if sep is None:
        return " ".join(words)
    return sep.join(words)


_ID_START = "_" + ascii_letters
_ID_CONTINUE = _ID_START + digits


def _identifier_end(text, start):
    """The end of the ASCII identifier at text[start:], or start if none."""
    n = len(text)
    if start >= n or text[start] not in _ID_START:
        return start
    end = start + 1
    while end < n and text[end] in _ID_CONTINUE:
        end += 1
    return end


class _NoMapping:
    """The default for Template's mapping argument: only keywords are used."""


_NO_MAPPING = _NoMapping()


class Template:
    """A string with $-substitutions: $$ is an escaped $, $name and ${name}
    are placeholders; names are ASCII identifiers."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yields (kind, start, end, name) for each delimiter in the template,
        left to right: kind is 'escaped', 'named', 'braced' or 'invalid'."""
        template = self.template
        delim = self.delimiter
        width = len(delim)
        n = len(template)
        pos = 0
        while True:
            start = template.find(delim, pos)
            if start < 0 or width == 0:
                return
            after = start + width
            if template.startswith(delim, after):
                yield ("escaped", start, after + width, None)
                pos = after + width
                continue
            end = _identifier_end(template, after)
            if end > after:
                yield ("named", start, end, template[after:end])
                pos = end
                continue
            if after < n and template[after] == "{":
                end = _identifier_end(template, after + 1)
                if end > after + 1 and end < n and template[end] == "}":
                    yield ("braced", start, end + 1, template[after + 1:end])
                    pos = end + 1
                    continue
            yield ("invalid", start, after, None)
            pos = after

    def _invalid(self, index):
        lines = self.template[:index].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = index - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d"
                         % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        parts = []
        pos = 0
        for kind, start, end, name in self._placeholders():
            parts.append(self.template[pos:start])
            pos = end
            if kind == "escaped":
                parts.append(self.delimiter)
            elif kind == "invalid":
                if not safe:
                    self._invalid(end)
                parts.append(self.template[start:end])
            elif safe:
                try:
                    parts.append("%s" % (_lookup(mapping, kws, name),))
                except KeyError:
                    parts.append(self.template[start:end])
            else:
                parts.append("%s" % (_lookup(mapping, kws, name),))
        parts.append(self.template[pos:])
        return "".join(parts)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        """The template with every placeholder replaced from mapping and the
        keyword arguments (which win); a missing name raises KeyError, a
        malformed placeholder ValueError."""
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        """Like substitute, but missing names and malformed placeholders are
        left in the result as they were."""
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        """False if the template has a malformed placeholder."""
        for kind, start, end, name in self._placeholders():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        """The placeholder names in order of first appearance."""
        ids = []
        for kind, start, end, name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


def _lookup(mapping, kws, name):
    """mapping[name], with the keyword arguments kws looked at first."""
    if mapping is _NO_MAPPING:
        return kws[name]
    if not kws:
        return mapping[name]
    if name in kws:
        return kws[name]
    try:
        return mapping[name]
    except KeyError:
        pass
    raise KeyError(name)
