import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// the domain folders stay framework-free: plain TypeScript that any tool or test can import
const domainFolders = [
	'src/lib/content/**',
	'src/lib/quiz/**',
	'src/lib/srs/**',
	'src/lib/storage/**',
	'src/lib/progress/**'
];

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
			'no-restricted-syntax': [
				'error',
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
				}
			]
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
	{
		files: domainFolders,
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*', '*.svelte'],
							message: 'domain code stays free of Svelte and $app'
						}
					]
				}
			]
		}
	}
);
