// The first screen as the build renders it (FirstQuestion is rendered nowhere else): what it does
// in a page is tested in the browser (tests/e2e/first-paint.e2e.ts); here, that the browser will
// run its script at all.
import { createHash } from 'node:crypto';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { quizLengthMarkerKey, quizzesBegunMarkerKey } from '$lib/storage/keys';
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
	it('carries the script that paints what the marks say, allowed by the CSP’s hash of it', () => {
		for (const setId of ['section-key-concepts-1', 'topic-limitations', 'mixed-10']) {
			const [script, ...more] = scriptsOf(firstScreen(setId));
			expect(more, setId).toEqual([]);
			expect(script).toContain(`localStorage.getItem('${quizLengthMarkerKey}')`);
			expect(script).toContain(`localStorage.getItem('${quizzesBegunMarkerKey}')`);
			const hash = `sha256-${createHash('sha256')
				.update(script ?? '')
				.digest('base64')}`;
			expect(config.kit?.csp?.directives?.['script-src']).toContain(hash);
		}
	});

	it('names the quiz it shows and the depths that open another', () => {
		const section = firstScreen('section-key-concepts-1');
		expect(section).toContain(
			'data-quiz-ids="section-key-concepts-1-depth-1 section-key-concepts-1"'
		);
		expect(section).toContain('data-other-depths="2 3"');
		expect(section).toContain('data-total-20="20"');
		const small = firstScreen('topic-medical-diagnosis');
		expect(small).not.toMatch(/data-total-\w+="/);
		expect(firstScreen('fact-check')).not.toMatch(/data-other-depths="/);
	});
});
