print("eq")
