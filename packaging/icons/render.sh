#!/usr/bin/env bash
# Renders the committed PNG sizes and the Windows .ico from the application icon
# resources/icons/identsync.svg (the one the console shows too) (needs rsvg-convert from
# librsvg2-bin and python3). Run after editing the SVG and commit the results.
set -euo pipefail
cd "$(dirname "$0")"
sizes=(16 24 32 48 64 128 256)
for s in "${sizes[@]}"; do rsvg-convert -w "$s" -h "$s" ../../resources/icons/identsync.svg -o "identsync-$s.png"; done
# An .ico is a directory of images; since Windows Vista each image may be a whole PNG.
python3 - "${sizes[@]}" <<'PY'
import struct, sys
sizes = [int(s) for s in sys.argv[1:] if int(s) in (16, 24, 32, 48, 64, 256)]
images = [open(f"identsync-{s}.png", "rb").read() for s in sizes]
out = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
for s, data in zip(sizes, images):
    out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open("identsync.ico", "wb").write(out + b"".join(images))
PY
