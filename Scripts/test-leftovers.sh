#!/bin/sh
# Runs the XCTest suite (built first: `swift build --build-tests`) with TMPDIR set to an empty
# folder of its own, then names whatever the tests left there. Every test removes what it makes
# (`XCTestCase.temporaryFolder` in Tests/TestSupport); a leftover fails the run even when every
# test passed. The bundle is run directly, not through `swift test`, whose own lock files in
# TMPDIR would count as leftovers.
#
#   Scripts/test-leftovers.sh                           # the whole suite
#   Scripts/test-leftovers.sh NewsFactsTests.RegularFileTests
set -u
bundle="$(${SWIFT:-swift} build --show-bin-path)/newsqPackageTests.xctest"
[ -x "$bundle" ] || { echo "test-leftovers: no $bundle (run swift build --build-tests)" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/newsq-test-leftovers-XXXXXX")
# Open to every user, as /tmp is: the permission tests run newsq as `nobody` (setpriv), which
# must reach the folders they make here (mktemp's 0700 made them "do not exist").
chmod 1777 "$tmp"
TMPDIR="$tmp" "$bundle" "$@"
status=$?
left=$(ls -A "$tmp")
if [ -n "$left" ]; then
    echo "test-leftovers: the tests left these in TMPDIR ($tmp), kept for a look:" >&2
    printf '%s\n' "$left" | sed 's/^/  /' >&2
    [ "$status" -ne 0 ] || status=1
else
    rmdir "$tmp"
fi
exit "$status"
