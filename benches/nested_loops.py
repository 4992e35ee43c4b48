# Benchmark: nested integer loops doing modular arithmetic.


def main():
    total = 0
    for i in range(6000):
        for j in range(3000):
            total = (total + i * j) % 1000003
    print(total)


if __name__ == "__main__":
    main()
