import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The folders of src/lib and which of them each may import (CONTRIBUTING.md, "Folders and the
// direction of imports"): lower layers never import higher ones. Routes may import anything.
const allowed = {
	calendar: [],
	format: ['calendar'],
	content: ['format', 'calendar'],
	model: ['content', 'format', 'calendar'],
	transcript: ['content', 'model', 'format', 'calendar'],
	quiz: ['content', 'model', 'format', 'calendar'],
	srs: ['content', 'model', 'format', 'calendar'],
	storage: ['content', 'model', 'format', 'calendar'],
	progress: ['content', 'model', 'quiz', 'srs', 'transcript', 'format', 'calendar'],
	// the build's page hook (src/hooks.server.ts): it rewrites the HTML SvelteKit renders
	server: [],
	browser: [
		'content',
		'model',
		'quiz',
		'srs',
		'storage',
		'progress',
		'transcript',
		'format',
		'calendar'
	],
	state: [
		'content',
		'model',
		'quiz',
		'srs',
		'storage',
		'progress',
		'transcript',
		'format',
		'calendar',
		'browser'
	],
	components: [
		'content',
		'model',
		'quiz',
		'srs',
		'storage',
		'progress',
		'transcript',
		'format',
		'calendar',
		'browser',
		'state'
	]
};
const folders = [...Object.keys(allowed), 'routes'];
/** the plain TypeScript folders: no Svelte, no DOM, no clock, no randomness */
const domainFolders = [
	'calendar',
	'format',
	'content',
	'model',
	'transcript',
	'quiz',
	'srs',
	'storage',
	'progress'
];

// an import of `folder` from anywhere in src/lib: "$lib/quiz/…", "../quiz/…", "../../routes/…"
const importOf = (folder) => `^(\\$lib/|(\\.\\./)+)${folder}(/|$)`;

const importRules = (folder) => [
	'error',
	{
		patterns: [
			...folders
				.filter((other) => other !== folder && !allowed[folder]?.includes(other))
				.map((other) => ({
					regex: importOf(other),
					message: `src/lib/${folder} may not import ${other} (CONTRIBUTING.md: the direction of imports)`
				})),
			...(domainFolders.includes(folder)
				? [
						{
							regex: '^(svelte|svelte/.*|\\$app/.*|\\$env/.*|.*\\.svelte)$',
							message: 'domain code stays free of Svelte, $app and $env'
						}
					]
				: [])
		]
	}
];

// what every file may not do, and what domain code may not do besides
const sinkSelectors = [
	{ selector: "CallExpression[callee.name='eval']", message: 'no eval' },
	{ selector: "NewExpression[callee.name='Function']", message: 'no new Function' },
	{
		selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
		message: 'render text, never HTML'
	},
	{
		selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
		message: 'render text, never HTML'
	},
	{
		selector: "CallExpression[callee.object.name='document'][callee.property.name='write']",
		message: 'no document.write'
	},
	{
		// the build takes z.* calls as pure and drops those whose result is unused (vite.config.ts)
		selector: "CallExpression[callee.object.name='z'][callee.property.name='config']",
		message:
			"call zod's config by its own name (import { config } from 'zod/mini'): the build drops z.config"
	}
];
const clockAndChance = [
	{
		selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
		message: 'domain code takes the clock as a parameter: no Date.now()'
	},
	{
		selector: "NewExpression[callee.name='Date'][arguments.length=0]",
		message: 'domain code takes the clock as a parameter: no new Date() without a value'
	},
	{
		selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
		message: 'domain code takes the random source as a parameter: no Math.random()'
	}
];
const browserGlobals = [
	'window',
	'document',
	'localStorage',
	'sessionStorage',
	'indexedDB',
	'navigator',
	'location',
	'fetch',
	'self',
	'globalThis'
].map((name) => ({
	name,
	message: `domain code runs anywhere: no ${name} (pass what it needs in, or move the code to src/lib/browser)`
}));

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/lighthouse/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
			'svelte/no-at-html-tags': 'error',
			// the app is served from the root with no base path, so plain hrefs are already resolved
			'svelte/no-navigation-without-resolve': 'off',
			'no-restricted-syntax': ['error', ...sinkSelectors]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	...Object.keys(allowed).map((folder) => ({
		files: [`src/lib/${folder}/**`],
		rules: { 'no-restricted-imports': importRules(folder) }
	})),
	{
		files: domainFolders.map((folder) => `src/lib/${folder}/**/*.ts`),
		ignores: ['**/*.spec.ts', '**/test-*.ts', '**/fixtures.ts'],
		rules: {
			'no-restricted-globals': ['error', ...browserGlobals],
			'no-restricted-syntax': ['error', ...sinkSelectors, ...clockAndChance]
		}
	}
);
