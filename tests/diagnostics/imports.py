import sqlite3
from tkinter import Tk
from . import sibling
