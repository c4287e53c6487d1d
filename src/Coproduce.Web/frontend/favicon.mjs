// Draws Coproduce's favicon from its own two shapes: a near-black rounded square (the header's colour) and a white
// open ring, a "C" for Coproduce. Writes ../wwwroot/favicon.svg and ../wwwroot/favicon.ico (32 x 32, one 32-bit
// bitmap), which are committed; run `node favicon.mjs` again only to change the drawing. Nothing third-party.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "wwwroot");
const size = 32;
const dark = [0x0b, 0x0c, 0x0c];
const corner = 6; // the square's corner radius
const ring = { radius: 8, width: 4, gapDegrees: 45 }; // open on the right, 45 degrees either side

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}">` +
  `<rect width="${size}" height="${size}" rx="${corner}" fill="#0b0c0c"/>` +
  `<path d="M21.66 10.34A8 8 0 1 0 21.66 21.66" fill="none" stroke="#ffffff" stroke-width="${ring.width}"/></svg>\n`;

function inSquare(x, y) {
  const cx = Math.min(Math.max(x, corner), size - corner);
  const cy = Math.min(Math.max(y, corner), size - corner);
  return (x - cx) ** 2 + (y - cy) ** 2 <= corner ** 2;
}

function inRing(x, y) {
  const dx = x - size / 2;
  const dy = y - size / 2;
  const distance = Math.hypot(dx, dy);
  const angle = Math.abs(Math.atan2(dy, dx)) * 180 / Math.PI;
  return Math.abs(distance - ring.radius) <= ring.width / 2 && angle >= ring.gapDegrees;
}

// Four by four samples a pixel, so the edges are smooth.
function pixel(px, py) {
  let square = 0;
  let white = 0;
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      const x = px + (i + 0.5) / 4;
      const y = py + (j + 0.5) / 4;
      if (inSquare(x, y)) {
        square++;
        if (inRing(x, y)) {
          white++;
        }
      }
    }
  }

  const alpha = square / 16;
  const mix = square === 0 ? 0 : white / square;
  const [r, g, b] = dark.map(c => Math.round(c + (255 - c) * mix));
  return [b, g, r, Math.round(alpha * 255)];
}

// An ICO: its header, one directory entry, then a bitmap (rows bottom up) and an all-clear AND mask.
const maskRow = Math.ceil(size / 32) * 4;
const image = Buffer.alloc(40 + size * size * 4 + maskRow * size);
image.writeUInt32LE(40, 0);
image.writeInt32LE(size, 4);
image.writeInt32LE(size * 2, 8); // the colours and the mask, one above the other
image.writeUInt16LE(1, 12);
image.writeUInt16LE(32, 14);
image.writeUInt32LE(size * size * 4 + maskRow * size, 20);
for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    Buffer.from(pixel(x, y)).copy(image, 40 + ((size - 1 - y) * size + x) * 4);
  }
}

const header = Buffer.alloc(6 + 16);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2); // an icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(size, 6);
header.writeUInt8(size, 7);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(image.length, 14);
header.writeUInt32LE(header.length, 18);

writeFileSync(join(out, "favicon.svg"), svg);
writeFileSync(join(out, "favicon.ico"), Buffer.concat([header, image]));
console.log(`Wrote ${join(out, "favicon.svg")} and favicon.ico`);
