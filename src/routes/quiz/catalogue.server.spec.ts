// issue 15: a quiz page's HTML shows the opening question of a new attempt, options in order; the
// quiz the browser then opens, from the files it downloads, must show exactly that.
import { describe, expect, it } from 'vitest';
import { memoryConnection } from '$lib/browser/test-tabs';
import { fetchQuizItems } from '$lib/browser/quiz-data';
import { quizLengthChoices } from '$lib/quiz/length';
import { seededRandom } from '$lib/quiz/random';
import { choicesOf, promptOf } from '$lib/quiz/opening';
import { AppState } from '$lib/state/app-state.svelte';
import { openQuiz } from '$lib/state/quiz-session.svelte';
import { withDepth } from '$lib/quiz/sets';
import { GET } from '../quiz-data/[file].json/+server';
import { catalogue, setPage } from './catalogue.server';

/** serves /quiz-data/ from the build's own handler, as the static host would serve its output */
const fromBuild: typeof fetch = async (input) => {
	const file = decodeURIComponent(/\/quiz-data\/(.+)\.json$/.exec(String(input))?.[1] ?? '');
	return GET({ params: { file } } as Parameters<typeof GET>[0]);
};

async function newLearner() {
	const app = new AppState(() => new Date('2025-03-01T12:00:00Z'));
	await app.connect(memoryConnection());
	return app;
}

describe('the opening screen in a quiz page', () => {
	const menuSets = catalogue.filter((set) => set.group !== 'mistakes');

	it.each(menuSets.map((set) => [set.id]))(
		'%s shows what a new attempt in the browser opens on, whatever its seed',
		async (setId) => {
			const page = setPage(setId);
			const opening = page?.opening;
			expect(opening).toBeDefined();
			if (!page || !opening) return;
			const items = await fetchQuizItems(page.chunks, fromBuild);
			const app = await newLearner();
			for (const seed of [1, 2, 3]) {
				// as QuizTaker begins a quiz when the address asks for no depth
				const setAtDepth = page.depths ? withDepth(page.id, page.startDepth) : page.id;
				let n = 0;
				const result = openQuiz(app, setAtDepth, items, {
					now: () => new Date('2025-03-01T12:00:00Z'),
					random: seededRandom(seed),
					newId: () => `id-${seed}-${++n}`
				});
				if (result.kind !== 'open') throw new Error(`${setId} opens a quiz`);
				const { session } = result;
				const question = session.item?.question;
				expect(question?.id).toBe(opening.questionId);
				if (!question) return;
				expect(session.total).toBe(opening.total);
				expect(promptOf(question)).toBe(opening.prompt);
				expect(choicesOf(question, session.layout ?? [])).toEqual(opening.choices);
				expect(opening.type).toBe(question.type);
				if (question.type === 'fact-check') {
					expect(opening.claimQuote).toBe(session.item?.claim?.quote);
					// the page paints what the live quiz shows over it, the words before the quote too
					expect(opening.claimLead).toBe(session.item?.claim?.lead);
				}
			}
			// a learner who keeps another length: the same question, the count the page paints for it
			for (const { value: length } of quizLengthChoices) {
				const setAtDepth = page.depths ? withDepth(page.id, page.startDepth) : page.id;
				const result = openQuiz(app, setAtDepth, items, undefined, { length });
				if (result.kind !== 'open') throw new Error(`${setId} opens a quiz`);
				expect(result.session.item?.question.id).toBe(opening.questionId);
				expect(result.session.total).toBe(opening.totals?.[`${length}`] ?? opening.total);
			}
		}
	);

	it('counts the questions at each length where the set’s size makes them differ', () => {
		const withTotals = menuSets.filter((set) => setPage(set.id)?.opening?.totals);
		expect(withTotals.map((set) => set.id)).toContain('section-key-concepts-1');
		for (const set of withTotals) {
			const opening = setPage(set.id)?.opening;
			expect(set.group === 'mixed', set.id).toBe(false);
			expect(Object.keys(opening?.totals ?? {})).toEqual(['10', '20', 'all']);
			expect(opening?.totals?.['10']).toBe(opening?.total);
			expect(opening?.totals?.['all']).toBeGreaterThan(10);
		}
		// the rest: a mixed set (its size is its own), or no more than 10 at the depth the page opens at
		for (const set of menuSets.filter((set) => !withTotals.includes(set) && set.group !== 'mixed'))
			expect(setPage(set.id)?.opening?.total, set.id).toBeLessThanOrEqual(10);
	});

	it('opens every set but one on a question with choices, shown whole', () => {
		const promptOnly = menuSets.filter((set) => setPage(set.id)?.opening?.choices.length === 0);
		// the one recall question of refusals at its start depth is a matching: easiest comes first
		expect(promptOnly.map((set) => [set.id, setPage(set.id)?.opening?.type])).toEqual([
			['topic-refusals', 'matching']
		]);
	});

	it('holds no key and no explanation: only what the first screen shows', () => {
		for (const set of menuSets) {
			const opening = setPage(set.id)?.opening;
			expect(Object.keys(opening ?? {}).sort()).toEqual(
				[
					'answerableFrom',
					'choices',
					'prompt',
					'questionId',
					'total',
					'type',
					...(opening?.claimQuote ? ['claimQuote'] : []),
					...(opening?.claimLead ? ['claimLead'] : []),
					...(opening?.totals ? ['totals'] : [])
				].sort()
			);
		}
	});

	it('has none for the sets that depend on the learner', () => {
		for (const setId of ['mistakes', 'repair', 'retry']) {
			expect(setPage(setId)).toBeDefined();
			expect(setPage(setId)?.opening).toBeUndefined();
		}
	});
});
