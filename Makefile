# A thin wrapper over CMake; scripts/ hold the real steps.
.PHONY: all demo test deps build debug sanitize fuzz bench format tidy clean

all: build

deps:
	scripts/install-deps.sh

build:
	scripts/build.sh

demo:
	scripts/demo.sh

test:
	scripts/test.sh

# Address and undefined-behaviour sanitizers (clang, build-asan/): every test, then each fuzz
# target for 15 s. `make fuzz` runs each fuzz target for 10 minutes.
sanitize:
	scripts/test-sanitize.sh

fuzz: sanitize
	scripts/fuzz.sh 600

bench: build
	@for b in build/bench/*_bench; do echo "== $$b"; $$b; done
	@echo "== build/bench/truce-bench --sentences 50000"; build/bench/truce-bench --sentences 50000

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp')

tidy: build
	clang-tidy -p build $$(git ls-files 'src/*.cpp')

clean:
	rm -rf build build-asan
