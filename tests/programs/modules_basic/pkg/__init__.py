print("importing pkg")
VERSION = "1.0"
