print("broken start")
x = 1 // 0
