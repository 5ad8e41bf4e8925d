// The folder rules CONTRIBUTING.md promises, checked the way `npm run lint` checks them: a probe
// file that breaks each rule, linted by ESLint with the project's own config, must fail.
import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

// the first lint loads every plugin and parser: once, before the tests, with room for a busy machine
beforeAll(() => eslint.lintText('', { filePath: 'src/lib/quiz/probe.ts' }), 60_000);

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('domain code (src/lib/quiz and the other plain TypeScript folders)', () => {
	const probe = 'src/lib/quiz/probe.ts';

	it.each([
		['window', 'export const width = window.innerWidth;'],
		['document', "export const title = document.title ?? '';"],
		['localStorage', "export const saved = localStorage.getItem('x');"],
		['navigator', 'export const online = navigator.onLine;'],
		['fetch', "export const load = () => fetch('/x');"]
	])('may not touch the browser global %s', async (_name, code) => {
		expect(await ruleIdsFor(probe, code)).toContain('no-restricted-globals');
	});

	it.each([
		['Date.now()', 'export const now = Date.now();'],
		['new Date()', 'export const now = new Date();'],
		['Math.random()', 'export const roll = Math.random();']
	])('may not read the clock or chance with %s', async (_name, code) => {
		expect(await ruleIdsFor(probe, code)).toContain('no-restricted-syntax');
	});

	it('may still build a date from a value it was given', async () => {
		expect(await ruleIdsFor(probe, 'export const at = (ms: number) => new Date(ms);')).toEqual([]);
	});

	it.each([
		['state', "import { AppState } from '$lib/state/app-state.svelte';\nexport { AppState };"],
		['components', "export * from '../components/LazyLoad.svelte';"],
		['routes', "export * from '../../routes/progress/progress-meta';"],
		['$app', "import { goto } from '$app/navigation';\nexport { goto };"],
		['svelte', "import { tick } from 'svelte';\nexport { tick };"],
		['a higher domain folder', "export * from '../progress/report';"]
	])('may not import %s', async (_name, code) => {
		expect(await ruleIdsFor(probe, code)).toContain('no-restricted-imports');
	});

	it('may import the folders below it', async () => {
		expect(await ruleIdsFor(probe, "export * from '../content/schema';")).toEqual([]);
	});
});

describe('the folders above the domain', () => {
	it('state may not import components or routes', async () => {
		const code = "export * from '$lib/components/LazyLoad.svelte';";
		expect(await ruleIdsFor('src/lib/state/probe.ts', code)).toContain('no-restricted-imports');
	});

	it('components may not import routes', async () => {
		const code = "export * from '../../routes/progress/progress-meta';";
		expect(await ruleIdsFor('src/lib/components/probe.ts', code)).toContain(
			'no-restricted-imports'
		);
	});
});

describe('every folder of src/lib', () => {
	// a folder missing from the config's table would have no import rule at all
	const folders = readdirSync('src/lib', { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name);

	it.each(folders)('%s is under an import rule: it may not import routes', async (folder) => {
		const code = "export * from '../../routes/progress/progress-meta';";
		expect(await ruleIdsFor(`src/lib/${folder}/probe.ts`, code)).toContain('no-restricted-imports');
	});

	it('server (the build’s page hook) imports none of the app, and nothing in src/lib imports it', async () => {
		expect(
			await ruleIdsFor('src/lib/server/probe.ts', "export * from '$lib/state/context';")
		).toContain('no-restricted-imports');
		expect(
			await ruleIdsFor('src/lib/state/probe.ts', "export * from '$lib/server/start-script';")
		).toContain('no-restricted-imports');
	});
});

describe('every file', () => {
	it('may not write HTML into the page', async () => {
		const code = "export const put = (el: Element) => { el.innerHTML = '<b>x</b>'; };";
		expect(await ruleIdsFor('src/routes/probe.ts', code)).toContain('no-restricted-syntax');
	});

	it('may not call z.config, which the build would drop (z.* calls are pure to it)', async () => {
		const zConfig = "import * as z from 'zod/mini';\nz.config({ jitless: true });";
		expect(await ruleIdsFor('src/lib/model/probe.ts', zConfig)).toContain('no-restricted-syntax');
		const byName = "import { config } from 'zod/mini';\nconfig({ jitless: true });";
		expect(await ruleIdsFor('src/lib/model/probe.ts', byName)).toEqual([]);
	});
});
