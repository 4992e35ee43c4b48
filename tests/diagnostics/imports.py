import sqlite3
from json import dumps
from . import sibling
