// Draws the app's PNG icons into static/ from the same design as static/favicon.svg (three nodes
// of an attribution graph on the accent blue), with nothing but node:zlib: the web app manifest
// needs bitmaps at 192 and 512 px, plain and maskable, and iOS wants a 180 px touch icon.
// `node scripts/make-icons.js` rewrites them; the output is deterministic, so it diffs cleanly.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/** @typedef {[number, number]} Point */
/** @typedef {[Point, Point]} Segment */
/** @typedef {[number, number, number]} Rgb */
/** @typedef {[number, number, number, number]} Rgba */

/** @type {Rgb} */
const accent = [0x1d, 0x4e, 0x89];
/** @type {Rgb} */
const white = [0xff, 0xff, 0xff];

/**
 * the favicon's shapes, in its 64×64 coordinates
 * @type {[Point, Point, Point]}
 */
const nodes = [
	[20, 22],
	[44, 22],
	[32, 44]
];
const nodeRadius = 6;
/** @type {Segment[]} */
const edges = [
	[nodes[0], nodes[2]],
	[nodes[2], nodes[1]]
];
const edgeHalfWidth = 1.5;

/**
 * @param {number} x
 * @param {number} y
 * @param {Segment} segment
 */
function distanceToSegment(x, y, [[ax, ay], [bx, by]]) {
	const dx = bx - ax;
	const dy = by - ay;
	const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
	return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/**
 * @param {number} x
 * @param {number} y
 * @param {number} radius
 */
function insideRoundedSquare(x, y, radius) {
	const cx = Math.min(Math.max(x, radius), 64 - radius);
	const cy = Math.min(Math.max(y, radius), 64 - radius);
	return Math.hypot(x - cx, y - cy) <= radius;
}

/**
 * The colour at a point of the 64×64 design: [r, g, b, alpha 0..1].
 * `rounded`: transparent corners (a plain icon); otherwise the blue fills the square, as a
 * maskable icon must, and the platform cuts its own shape.
 * @param {number} x
 * @param {number} y
 * @param {boolean} rounded
 * @returns {Rgba}
 */
function sample(x, y, rounded) {
	if (rounded && !insideRoundedSquare(x, y, 12)) return [0, 0, 0, 0];
	const onGraph =
		nodes.some(([nx, ny]) => Math.hypot(x - nx, y - ny) <= nodeRadius) ||
		edges.some((edge) => distanceToSegment(x, y, edge) <= edgeHalfWidth);
	return [...(onGraph ? white : accent), 1];
}

/**
 * RGBA pixels of a size×size icon, 4×4 samples a pixel for smooth edges
 * @param {number} size
 * @param {{ rounded: boolean, scale?: number }} options
 */
function render(size, { rounded, scale = 1 }) {
	const pixels = Buffer.alloc(size * size * 4);
	const grid = 4;
	for (let py = 0; py < size; py++) {
		for (let px = 0; px < size; px++) {
			/** @type {Rgba} */
			const sum = [0, 0, 0, 0];
			for (let sy = 0; sy < grid; sy++) {
				for (let sx = 0; sx < grid; sx++) {
					// pixel → design coordinates, shrunk around the centre by `scale`
					const x = 32 + (((px + (sx + 0.5) / grid) / size) * 64 - 32) / scale;
					const y = 32 + (((py + (sy + 0.5) / grid) / size) * 64 - 32) / scale;
					const [r, g, b, a] = sample(x, y, rounded);
					sum[0] += r * a;
					sum[1] += g * a;
					sum[2] += b * a;
					sum[3] += a;
				}
			}
			const [red, green, blue, weight] = sum;
			const alpha = weight / (grid * grid);
			const offset = (py * size + px) * 4;
			for (const [c, channel] of [red, green, blue].entries())
				pixels[offset + c] = weight ? Math.round(channel / weight) : 0;
			pixels[offset + 3] = Math.round(alpha * 255);
		}
	}
	return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** @param {Buffer} buffer */
function crc32(buffer) {
	let crc = 0xffffffff;
	for (const byte of buffer) {
		const entry = crcTable[(crc ^ byte) & 0xff];
		// the table has all 256 entries, so a byte-masked index always finds one
		if (entry === undefined) throw new Error('CRC table is incomplete');
		crc = entry ^ (crc >>> 8);
	}
	return (crc ^ 0xffffffff) >>> 0;
}

/**
 * @param {string} type
 * @param {Buffer} data
 */
function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/**
 * a PNG file: 8-bit RGBA, no interlace, filter 0 on every row
 * @param {number} size
 * @param {Buffer} pixels
 */
export function encodePng(size, pixels) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8; // bit depth
	header[9] = 6; // colour type: RGBA
	const rows = Buffer.alloc(size * (size * 4 + 1));
	const stride = size * 4;
	for (let y = 0; y < size; y++)
		pixels.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

// a maskable icon may be cut to a circle of 80% of its width: the graph fits inside it at 0.85
const icons = [
	{ file: 'icon-192.png', size: 192, rounded: true },
	{ file: 'icon-512.png', size: 512, rounded: true },
	{ file: 'icon-maskable-192.png', size: 192, rounded: false, scale: 0.85 },
	{ file: 'icon-maskable-512.png', size: 512, rounded: false, scale: 0.85 },
	{ file: 'apple-touch-icon.png', size: 180, rounded: false, scale: 0.9 }
];

for (const { file, size, ...options } of icons) {
	const png = encodePng(size, render(size, options));
	writeFileSync(new URL(`../static/${file}`, import.meta.url), png);
	console.log(`static/${file}: ${size}×${size}, ${png.length} bytes`);
}
