// The first screen as the build renders it (FirstQuestion is rendered nowhere else): what it does
// in a page is tested in the browser (tests/e2e/first-paint.e2e.ts); here, that the browser will
// run its script at all.
import { createHash } from 'node:crypto';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { quizLengthMarkerKey } from '$lib/storage/keys';
import config from '../../../../svelte.config.js';
import { setPage } from '../catalogue.server';
import FirstQuestion from './FirstQuestion.svelte';

const scriptsOf = (html: string) =>
	[...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(([, script]) => script ?? '');

const firstScreen = (setId: string) => {
	const page = setPage(setId);
	if (!page?.opening) throw new Error(`${setId} has a first screen`);
	return render(FirstQuestion, { props: { first: { set: page, opening: page.opening } } }).body;
};

describe('the first screen of a quiz page', () => {
	it('carries the script that paints a learner’s length, allowed by the CSP’s hash of it', () => {
		const html = firstScreen('section-key-concepts-1');
		expect(html).toContain('data-total-20="20"');
		const [script, ...more] = scriptsOf(html);
		expect(more).toEqual([]);
		expect(script).toContain(`localStorage.getItem('${quizLengthMarkerKey}')`);
		const hash = `sha256-${createHash('sha256')
			.update(script ?? '')
			.digest('base64')}`;
		expect(config.kit?.csp?.directives?.['script-src']).toContain(hash);
	});

	it('carries no script where every length asks as many questions', () => {
		const html = firstScreen('topic-limitations');
		expect(html).not.toContain('data-total-');
		expect(scriptsOf(html)).toEqual([]);
	});
});
