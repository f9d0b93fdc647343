# Muistio: `make serve` serves the app on http://127.0.0.1:8080, `make test` runs every test.
# Both install what is missing first (tools/setup.sh) and skip what is present.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/tools/node_modules/.bin:$(PATH)

.PHONY: serve test build check bench setup fuzz

serve:
	tools/setup.sh build
	trunk serve --release

build:
	tools/setup.sh build
	trunk build --release

test:
	tools/setup.sh test
	tools/test.sh

check:
	tools/setup.sh build
	cargo fmt --all -- --check
	cargo clippy -p muistio-core --all-targets -- -D warnings
	cargo clippy -p muistio --all-targets -- -D warnings
	cargo clippy -p muistio --target wasm32-unknown-unknown --all-targets -- -D warnings

bench: build
	tools/bench.sh

setup:
	tools/setup.sh test

# Fuzzes the core's readers for FUZZ_SECONDS (default an hour) on one core, at low priority.
fuzz:
	tools/fuzz.sh $(FUZZ_SECONDS)
