// The app's version (SvelteKit's `version.name`): a hash of what the build is made from, not the
// time of the build (SvelteKit's default). The version is written into the start of every page's
// code, so with a time every build had new file names, and every page's first-load bytes moved
// by some: /settings went from 39,928 to 39,939 bytes between two builds of one commit, across
// its 39,936-byte budget. Built from the same sources, the app is now the same byte for byte; a
// change to what it is made of gives a new version, which the service worker installs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** what the build reads: the app, its content, its dependencies and its configuration */
const inputs = [
	'src',
	'static',
	'seeds',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts',
	'scripts/preload-deps.js'
];

/** tests are not part of what the build makes */
const isTest = (/** @type {string} */ name) => /\.spec\.[jt]s$/.test(name);

/**
 * The version of the app the sources under `root` build: 12 hex digits of their hash.
 *
 * @param {string} [root] the project's folder
 * @returns {string}
 */
export function appVersion(root = fileURLToPath(new URL('..', import.meta.url))) {
	const hash = createHash('sha256');
	/** @param {string} path */
	const add = (path) => {
		if (statSync(path).isDirectory()) {
			for (const name of readdirSync(path).sort()) if (!isTest(name)) add(join(path, name));
			return;
		}
		hash.update(`${relative(root, path).split('\\').join('/')}\0`);
		hash.update(readFileSync(path));
		hash.update('\0');
	};
	for (const input of inputs) add(join(root, input));
	return hash.digest('hex').slice(0, 12);
}
