import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encode, encodeSync, encodingFor } from './encoding.js';

describe('encodingFor', () => {
	it('sends brotli where it is accepted, else gzip, else nothing', () => {
		expect(encodingFor('gzip, deflate, br, zstd')).toBe('br');
		expect(encodingFor('br')).toBe('br');
		expect(encodingFor('gzip, deflate')).toBe('gzip');
		expect(encodingFor('identity')).toBeUndefined();
		expect(encodingFor(undefined)).toBeUndefined();
		// a name that merely contains the letters is not the encoding
		expect(encodingFor('brx, xgzip')).toBeUndefined();
	});
});

describe('encode and encodeSync', () => {
	const text = Buffer.from('{"question":"What does the model plan?"}'.repeat(200));

	it('compress alike, and decode back to the file', async () => {
		for (const encoding of ['br', 'gzip'] as const) {
			const sent = await encode(text, encoding);
			expect(sent.equals(encodeSync(text, encoding)), encoding).toBe(true);
			const back = encoding === 'br' ? brotliDecompressSync(sent) : gunzipSync(sent);
			expect(back.equals(text), encoding).toBe(true);
		}
	});

	it('send brotli smaller than gzip for the app’s kind of text', () => {
		expect(encodeSync(text, 'br').length).toBeLessThan(encodeSync(text, 'gzip').length);
	});
});
