# newsq — two commands do everything: `make run` and `make test`.
# Both install what the build needs (libedit-dev, pkg-config) with apt-get when it is missing.

SWIFT ?= swift
DATA ?= Data
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build release run test bench clean

all: build

# libedit comes from Debian's libedit-dev, found through pkg-config.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libedit; then \
	  echo "installing libedit-dev and pkg-config with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libedit-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

run: build
	$$($(SWIFT) build --show-bin-path)/newsq --data $(DATA)

test: deps
	$(SWIFT) build
	$(SWIFT) test --disable-swift-testing

bench: release
	Scripts/bench.sh

clean:
	rm -rf .build
