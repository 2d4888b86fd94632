#!/bin/sh
# Runs the XCTest suite (built first: `swift build --build-tests`) with TMPDIR set to an empty
# folder of its own, then names whatever the tests left there. Every test removes what it makes
# (`XCTestCase.temporaryFolder` in Tests/TestSupport); a leftover fails the run even when every
# test passed. The bundle is run directly, not through `swift test`, whose own lock files in
# TMPDIR would count as leftovers.
#
#   Scripts/test-leftovers.sh                           # the whole suite (two processes)
#   Scripts/test-leftovers.sh NewsFactsTests.RegularFileTests
set -u
bundle="$(${SWIFT:-swift} build --show-bin-path)/newsqPackageTests.xctest"
[ -x "$bundle" ] || { echo "test-leftovers: no $bundle (run swift build --build-tests)" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsq-test-leftovers-XXXXXX")
# Open to every user, as /tmp is: the permission tests run newsq as `nobody` (setpriv), which
# must reach the folders they make here (mktemp's 0700 made them "do not exist").
chmod 1777 "$tmp"
slow='RealTextEntityTests|RealCorpusLoadTests|RealCorpusTests|BlockedJoinTests'
classes=$("$bundle" --list-tests | grep / | cut -d/ -f1 | sort -u)
first=$(printf '%s\n' "$classes" | grep -E "\.($slow)\$" | paste -sd, -)
rest=$(printf '%s\n' "$classes" | grep -vE "\.($slow)\$" | paste -sd, -)
if [ $# -gt 0 ] || [ -z "$first" ] || [ -z "$rest" ]; then
    TMPDIR="$tmp" "$bundle" "$@"
    status=$?
else
    # The whole suite as two processes side by side, one a core: the `slow` classes take half of
    # its time (the GUM floor alone runs newsq on 111 documents, ~180 s of ~450 in a debug build),
    # the rest the other half. Each class runs in exactly one of the two; the first's report is
    # printed after the second's, so the two never interleave.
    TMPDIR="$tmp" "$bundle" "$first" >"$tmp.first" 2>&1 &
    first_pid=$!
    TMPDIR="$tmp" "$bundle" "$rest"
    status=$?
    wait "$first_pid"
    first_status=$?
    cat "$tmp.first"
    rm -f "$tmp.first"
    [ "$first_status" -eq 0 ] || status=$first_status
fi
left=$(ls -A "$tmp")
if [ -n "$left" ]; then
    echo "test-leftovers: the tests left these in TMPDIR ($tmp), kept for a look:" >&2
    printf '%s\n' "$left" | sed 's/^/  /' >&2
    [ "$status" -ne 0 ] || status=1
else
    rmdir "$tmp"
fi
exit "$status"
