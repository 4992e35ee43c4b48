"""Text wrapping and filling (pyrc's textwrap, after CPython 3.11's documented
behaviour).

CPython splits text into chunks with regular expressions; this module scans
the text by hand with the same rules, so the lines come out the same.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# The whitespace TextWrapper breaks on (ASCII only, like CPython).
_WHITESPACE = "\t\n\x0b\x0c\r "


def _is_word(c):
    """True for a character of the regular-expression class \\w."""
    return c.isalnum() or c == "_"


def _is_letter(c):
    """True for a character of [^\\d\\W]: a word character, not a digit."""
    return (c.isalnum() or c == "_") and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in "!\"'&.,?"


def _letter_at(text, i):
    return 0 <= i < len(text) and _is_letter(text[i])


def _dash_run_before_word(text, i):
    """True if text[i:] is two or more hyphens followed by a word character."""
    n = len(text)
    j = i
    while j < n and text[j] == "-":
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _hyphen_breaks_after(text, j):
    """True if the hyphen at text[j] joins two parts of a hyphenated word, so
    a line may break after it: two letters (or letter, hyphen, letter) come
    before it and a letter, an optional hyphen and a letter after it."""
    before = (_letter_at(text, j - 2) and _letter_at(text, j - 1)) or (
        _letter_at(text, j - 3) and j >= 2 and text[j - 2] == "-"
        and _letter_at(text, j - 1))
    if not before or not _letter_at(text, j + 1):
        return False
    if _letter_at(text, j + 2):
        return True
    return j + 2 < len(text) and text[j + 2] == "-" and _letter_at(text, j + 3)


def _word_end(text, i):
    """The end of the chunk starting at the non-whitespace text[i]: the
    shortest run of non-whitespace that ends at whitespace or the end of the
    text, after the hyphen of a hyphenated word, or before an em-dash."""
    n = len(text)
    j = i + 1
    while True:
        if j < n and text[j] == "-" and _hyphen_breaks_after(text, j):
            return j + 1
        if j == n or text[j] in _WHITESPACE:
            return j
        if _is_word_punct(text[j - 1]) and _dash_run_before_word(text, j):
            return j
        j += 1


def _split_on_hyphens(text):
    """Whitespace runs, em-dashes between words, and words, split after the
    hyphens of hyphenated words."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WHITESPACE:
            j = i + 1
            while j < n and text[j] in _WHITESPACE:
                j += 1
        elif c == "-" and i > 0 and _is_word_punct(text[i - 1]) \
                and _dash_run_before_word(text, i):
            j = i
            while text[j] == "-":
                j += 1
        else:
            j = _word_end(text, i)
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_on_whitespace(text):
    """Alternating runs of whitespace and of everything else."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        space = text[i] in _WHITESPACE
        j = i + 1
        while j < n and (text[j] in _WHITESPACE) == space:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """True if chunk ends with a lowercase ASCII letter, one of '.!?' and an
    optional quote."""
    k = len(chunk)
    if k and chunk[k - 1] in "\"'" and k >= 3 and chunk[k - 2] in ".!?" \
            and "a" <= chunk[k - 3] <= "z":
        return True
    return k >= 2 and chunk[k - 1] in ".!?" and "a" <= chunk[k - 2] <= "z"


class TextWrapper:
    """Wraps paragraphs of text into lines of at most ``width`` characters.

    The attributes (all keyword arguments of the constructor) may be changed
    between calls: width, initial_indent, subsequent_indent, expand_tabs,
    replace_whitespace, fix_sentence_endings, break_long_words,
    drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder.
    """

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expands tabs, then turns every other whitespace character into a
        space (as configured)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in "\t\n\x0b\x0c\r":
                if c in text:
                    text = text.replace(c, " ")
        return text

    def _split(self, text):
        """The chunks the lines are assembled from."""
        if self.break_on_hyphens:
            return _split_on_hyphens(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Makes the single space after each sentence end two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Puts (part of) the chunk too long for any line on cur_line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-") != "":
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Assembles chunks into lines (the indents included)."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % (self.width,))
        if self.max_lines is not None:
            if self.max_lines > 1:
                first = self.subsequent_indent
            else:
                first = self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks = chunks[::-1]
        while chunks:
            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and chunks[-1].strip() == "":
                chunks.pop()
            line = []
            length = 0
            while chunks and length + len(chunks[-1]) <= width:
                length += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, length, width)
                length = 0
                for part in line:
                    length += len(part)
            if self.drop_whitespace and line and line[-1].strip() == "":
                length -= len(line[-1])
                line.pop()
            if not line:
                continue
            if self._fits_in_max_lines(lines, chunks, length, width):
                lines.append(indent + "".join(line))
                continue
            self._add_placeholder(lines, line, length, width, indent)
            break
        return lines

    def _fits_in_max_lines(self, lines, chunks, length, width):
        """True if the line may be added as it is (it is not the last of
        max_lines with text still to come)."""
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        rest_is_space = not chunks or (
            self.drop_whitespace and len(chunks) == 1
            and not chunks[0].strip())
        return rest_is_space and length <= width

    def _add_placeholder(self, lines, line, length, width, indent):
        """Ends the text with the placeholder, on this line if some of it
        fits, else on the previous line, else alone."""
        while line:
            if line[-1].strip() and length + len(self.placeholder) <= width:
                line.append(self.placeholder)
                lines.append(indent + "".join(line))
                return
            length -= len(line[-1])
            line.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines of text wrapped, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string of lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps one paragraph into lines of at most width characters."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps one paragraph and returns it as one string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace and truncates text to fit width, ending with the
    placeholder when words had to be dropped."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(" ".join(text.strip().split()))


def _is_blank(line):
    """True for a line of only spaces and tabs (at least one)."""
    return line != "" and line.strip(" \t") == ""


def _leading_blanks(line):
    return line[:len(line) - len(line.lstrip(" \t"))]


def dedent(text):
    """Removes the whitespace all lines of text begin with; lines of only
    spaces and tabs become empty and are ignored."""
    lines = text.split("\n")
    margin = None
    for index, line in enumerate(lines):
        if _is_blank(line):
            lines[index] = ""
            continue
        if line == "":
            continue
        leading = _leading_blanks(line)
        if margin is None or margin.startswith(leading):
            margin = leading
        elif not leading.startswith(margin):
            common = 0
            while margin[common] == leading[common]:
                common += 1
            margin = margin[:common]
    if margin:
        size = len(margin)
        for index, line in enumerate(lines):
            if line.startswith(margin):
                lines[index] = line[size:]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text for which predicate is true (by
    default, the lines that are not only whitespace)."""
    result = []
    for line in text.splitlines(True):
        if predicate is None:
            add = line.strip() != ""
        else:
            add = predicate(line)
        if add:
            result.append(prefix + line)
        else:
            result.append(line)
    return "".join(result)
