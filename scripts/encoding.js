// How text is sent, by scripts/serve.js and as the budgets count it: brotli at its highest quality
// where the browser accepts it (every current browser does; static hosts send their text
// precompressed at that quality), gzip level 9 where only gzip is accepted, and as it is otherwise.
// Images are sent as they are (headers.js: compressibleExtensions).
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

/** @typedef {'br' | 'gzip'} Encoding */

/**
 * The encoding to send text in, for a request's Accept-Encoding header: brotli, else gzip.
 * @param {string | undefined} acceptEncoding
 * @returns {Encoding | undefined}
 */
export function encodingFor(acceptEncoding = '') {
	if (/\bbr\b/.test(acceptEncoding)) return 'br';
	if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
	return undefined;
}

/** @param {number} size */
const brotliOptions = (size) => ({
	params: {
		[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
		[constants.BROTLI_PARAM_SIZE_HINT]: size
	}
});

/**
 * `content` as sent in `encoding`, at once: for the budgets, which measure the build.
 * @param {Buffer | string} content
 * @param {Encoding} encoding
 */
export function encodeSync(content, encoding) {
	const buffer = Buffer.from(content);
	return encoding === 'br'
		? brotliCompressSync(buffer, brotliOptions(buffer.length))
		: gzipSync(buffer, { level: 9 });
}

/**
 * `content` as sent in `encoding`, compressed off the server's thread: brotli at its highest
 * quality takes up to half a second for the largest file, in which other requests are answered.
 * @param {Buffer} content
 * @param {Encoding} encoding
 * @returns {Promise<Buffer>}
 */
export function encode(content, encoding) {
	return new Promise((resolve, reject) => {
		/** @param {Error | null} error @param {Buffer} result */
		const done = (error, result) => (error ? reject(error) : resolve(result));
		if (encoding === 'br') brotliCompress(content, brotliOptions(content.length), done);
		else gzip(content, { level: 9 }, done);
	});
}
