import os
from json import dumps
