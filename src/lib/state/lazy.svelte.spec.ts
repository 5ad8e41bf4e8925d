// Lazy in a real Chromium (the client project runs in a browser): the failure of a real import()
// is told apart from a failed fetch() of data by its message, as LazyLoad's Retry depends on it.
import { describe, expect, it } from 'vitest';
import { afterThisTask } from '$lib/browser/after-this-task';
import { Lazy, isFailedImport } from './lazy.svelte';

/** an import() of a module the server does not have: the browser's own failure */
const missingModule = () => import(/* @vite-ignore */ `/no-such-module-${Math.random()}.js`);

describe('Lazy', () => {
	it('says why, and that it was code, when a module cannot be downloaded', async () => {
		const lazy = new Lazy(missingModule);
		await lazy.load();
		expect(lazy.value).toBeUndefined();
		expect(lazy.problem).toMatch(/dynamically imported module/);
		expect(isFailedImport(lazy.problem)).toBe(true);
	});

	it('tells a failed fetch of data from code, and a retry that works clears both', async () => {
		let attempts = 0;
		const lazy = new Lazy(async () => {
			attempts++;
			if (attempts === 1) await fetch(`http://localhost:1/no-server-${Math.random()}`);
			return 'loaded';
		});
		await lazy.load();
		expect(lazy.problem).toBeTruthy();
		expect(isFailedImport(lazy.problem)).toBe(false);
		await lazy.retry();
		expect(lazy.value).toBe('loaded');
		expect(lazy.problem).toBeUndefined();
	});
});

describe('Lazy asks for its value in a task of its own', () => {
	it('not in the task that asked to load it (the page’s hydration), but in the next', async () => {
		const asked: string[] = [];
		const lazy = new Lazy(async () => {
			asked.push('loader');
			return 'loaded';
		});
		const loading = lazy.load();
		// everything this task still runs, its promise callbacks included, comes first
		await Promise.resolve();
		await Promise.resolve();
		asked.push('end of the task');
		await afterThisTask();
		await loading;
		expect(asked).toEqual(['end of the task', 'loader']);
		expect(lazy.value).toBe('loaded');
	});
});

describe('isFailedImport', () => {
	it('knows the words of Chromium, Firefox and Safari, and nothing else', () => {
		expect(isFailedImport('Failed to fetch dynamically imported module: https://a/b.js')).toBe(
			true
		);
		expect(isFailedImport('error loading dynamically imported module: https://a/b.js')).toBe(true);
		expect(isFailedImport('Importing a module script failed.')).toBe(true);
		expect(isFailedImport('Failed to fetch')).toBe(false);
		expect(isFailedImport('NetworkError when attempting to fetch resource.')).toBe(false);
		expect(isFailedImport('the cards could not be read')).toBe(false);
		expect(isFailedImport(undefined)).toBe(false);
	});
});
