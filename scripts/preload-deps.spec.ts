import { describe, expect, it } from 'vitest';
import { preloadDeps } from './preload-deps.js';

/** a bundle as the plugin reads it: each chunk's file name and group name */
const bundleOf = (chunks: Record<string, string>) =>
	Object.fromEntries(
		Object.entries(chunks).map(([fileName, name]) => [fileName, { type: 'chunk', fileName, name }])
	);

/** the plugin's hook, called as Vite calls it once the bundle is written (it reads only the bundle) */
function write(preload: ReturnType<typeof preloadDeps>, bundle: ReturnType<typeof bundleOf>) {
	const hook = preload.plugin.generateBundle as unknown as (options: object, b: object) => void;
	hook({}, bundle);
}

describe('preloadDeps', () => {
	it('leaves out the chunks every page loads first, and keeps the imported module and the rest', () => {
		const preload = preloadDeps();
		write(
			preload,
			bundleOf({
				'chunks/R.js': 'rolldown-runtime',
				'chunks/F.js': 'framework',
				'chunks/S.js': 'shell',
				'chunks/store.js': 'store',
				'chunks/quiz.js': 'QuizTaker'
			})
		);
		expect(
			preload.resolveDependencies('chunks/quiz.js', [
				'chunks/quiz.js',
				'chunks/R.js',
				'chunks/F.js',
				'chunks/S.js',
				'chunks/store.js'
			])
		).toEqual(['chunks/quiz.js', 'chunks/store.js']);
	});

	it('keeps every dependency while it has not seen the bundle, and forgets an earlier one', () => {
		const preload = preloadDeps();
		expect(preload.resolveDependencies('a.js', ['a.js', 'F.js', 'b.js'])).toEqual([
			'a.js',
			'F.js',
			'b.js'
		]);
		write(preload, bundleOf({ 'F.js': 'framework' }));
		expect(preload.resolveDependencies('a.js', ['F.js', 'b.js'])).toEqual(['b.js']);
		// the next build (SvelteKit writes the server's bundle, then the client's) starts afresh
		write(preload, bundleOf({ 'G.js': 'framework' }));
		expect(preload.resolveDependencies('a.js', ['F.js', 'G.js'])).toEqual(['F.js']);
	});
});
