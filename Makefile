# A thin wrapper over CMake; scripts/ hold the real steps.
.PHONY: all demo test deps build debug sanitize bench format tidy clean

all: build

deps:
	scripts/install-deps.sh

build:
	scripts/build.sh

demo:
	scripts/demo.sh

test:
	scripts/test.sh

# Address and undefined-behaviour sanitizers, in build-asan/.
sanitize:
	cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTRUCE_SANITIZE=ON -DTRUCE_BUILD_BENCH=OFF
	cmake --build build-asan -j$$(nproc)
	ctest --test-dir build-asan --output-on-failure -j$$(nproc)

bench: build
	@for b in build/bench/*_bench; do echo "== $$b"; $$b; done
	@echo "== build/bench/truce-bench --sentences 50000"; build/bench/truce-bench --sentences 50000

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp')

tidy: build
	clang-tidy -p build $$(git ls-files 'src/*.cpp')

clean:
	rm -rf build build-asan
