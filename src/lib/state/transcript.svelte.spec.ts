import { describe, expect, it } from 'vitest';
import type { TranscriptAnnotations } from '$lib/transcript/annotations';
import type { Attempt } from '$lib/model/schema';
import { TranscriptState } from './transcript.svelte';

const paragraphs = [
	{ id: 'p-1', section: 'introduction', text: 'Welcome to the show about the model.' },
	{ id: 'p-2', section: 'introduction', text: 'The model plans a rhyme.' },
	{ id: 'p-3', section: 'closing', text: 'Thanks for listening to us.' },
	{ id: 'p-4', section: 'closing', text: 'Goodbye, model watchers.' }
];
const sectionTitles = { introduction: 'Introduction & Setup', closing: 'Closing' };
const annotations: TranscriptAnnotations = {
	questions: { 'p-2': ['q-plan'], 'p-3': ['q-thanks'], 'p-4': ['q-bye'] },
	claims: {
		'p-2': [
			{
				id: 'C07',
				verdict: 'DISTORTED',
				summary: 'The model plans.',
				quote: 'The model plans',
				paperSays: 'It plans candidate words ahead.',
				paperSections: ['4'],
				factCheckIds: ['fc-plan']
			}
		]
	}
};

const attempt = (questionId: string, correct: boolean, minute: number): Attempt => ({
	id: `${questionId}-${minute}`,
	questionId,
	setId: 'mixed-10',
	sessionId: 's',
	answeredAt: new Date(Date.UTC(2025, 3, 1, 9, minute)).toISOString(),
	response: { type: 'true-false', value: correct },
	correct
});

function create(attempts: Attempt[] = [], loaded = true) {
	return new TranscriptState({
		paragraphs,
		sectionTitles,
		attempts: () => attempts,
		loaded: () => loaded
	});
}

const respond = (body: unknown, status = 200): typeof fetch =>
	(async () => new Response(JSON.stringify(body), { status })) as typeof fetch;

describe('arriving at a passage', () => {
	it('marks a linked passage and announces where it is', () => {
		const state = create();
		expect(state.followHash('#p-3')).toBe('p-3');
		expect(state.linked).toBe('p-3');
		expect(state.markOf('p-3')).toBe('Linked passage');
		expect(state.markOf('p-2')).toBeUndefined();
		expect(state.announcement).toBe('Linked passage, in Closing.');
	});

	it('names a section it is taken to, and unmarks the passage', () => {
		const state = create();
		state.followHash('#p-3');
		expect(state.followHash('#closing')).toBe('closing');
		expect(state.linked).toBeUndefined();
		expect(state.announcement).toBe('Section: Closing');
		// shown at the top of the screen, where a passage is shown in the middle (TranscriptTools)
		expect(state.isSection('closing')).toBe(true);
		expect(state.isSection('p-3')).toBe(false);
	});

	it('ignores a hash that names nothing on the page, or is not valid', () => {
		const state = create();
		expect(state.followHash('#main')).toBeUndefined();
		expect(state.followHash('#%E0%A4%A')).toBeUndefined();
		expect(state.followHash('')).toBeUndefined();
		expect(state.missingLinkMessage).toBeUndefined();
	});

	it('says so when a link names a passage this transcript does not have, until a link that works', () => {
		const state = create();
		expect(state.followHash('#p-99999')).toBeUndefined();
		const message =
			'This transcript has no passage “p-99999”: the link may be from an older version of the app. The episode starts below.';
		expect(state.missingLinkMessage).toBe(message);
		expect(state.announcement).toBe(message);
		state.followHash('#p-3');
		expect(state.missingLinkMessage).toBeUndefined();
	});
});

describe('the spoiler-free fact-check', () => {
	const claim = annotations.claims['p-2']![0]!;

	it('hides a verdict until its fact-check is answered, right or wrong', () => {
		expect(create([attempt('q-plan', true, 1)]).verdictShown(claim)).toBe(false);
		expect(create([attempt('fc-plan', false, 1)]).verdictShown(claim)).toBe(true);
		// nothing is shown before storage is read
		expect(create([attempt('fc-plan', true, 1)], false).verdictShown(claim)).toBe(false);
	});

	it('shows every verdict when the learner asks, and remembers it through the app', () => {
		let showAll = false;
		const state = new TranscriptState({
			paragraphs,
			sectionTitles,
			attempts: () => [],
			loaded: () => true,
			showAllVerdicts: () => showAll,
			onShowAllVerdicts: (show) => {
				showAll = show;
			}
		});
		expect(state.verdictShown(claim)).toBe(false);
		state.setShowAllVerdicts(true);
		expect(showAll).toBe(true);
		expect(state.showAllVerdicts).toBe(true);
		expect(state.verdictShown(claim)).toBe(true);
		expect(state.announcement).toBe('Every verdict is shown.');
	});
});

describe('annotations and mastery', () => {
	it('loads the annotations once, and reports mastery only when storage is read too', async () => {
		const state = create([attempt('q-plan', false, 1)], false);
		await state.loadAnnotations(respond(annotations));
		expect(state.claimsOf('p-2').map((c) => c.id)).toEqual(['C07']);
		expect(state.ready).toBe(false);
		const loaded = create([attempt('q-plan', false, 1)]);
		await loaded.loadAnnotations(respond(annotations));
		expect(loaded.ready).toBe(true);
		expect(loaded.standings?.get('p-2')?.mastery).toBe('missed');
		expect(loaded.counts).toEqual({ mastered: 0, shaky: 0, missed: 1, untested: 2 });
		expect(loaded.isQuoted('p-1')).toBe(false);
		expect(loaded.quotedCount).toBe(3);
	});

	it('keeps why the annotations could not be loaded', async () => {
		const state = create();
		await state.loadAnnotations(respond({}, 404));
		expect(state.annotationsProblem).toBe('the server answered 404');
		const other = create();
		await other.loadAnnotations(respond({ questions: [1] }));
		expect(other.annotationsProblem).toBe('the downloaded file is not in the expected form');
		const offline = create();
		await offline.loadAnnotations((async () => {
			throw new TypeError('Failed to fetch');
		}) as typeof fetch);
		expect(offline.annotationsProblem).toBe('it could not be downloaded; check the connection');
		await expect(offline.settled()).resolves.toBeUndefined();
	});

	it('opens and closes a claim', async () => {
		const state = create();
		await state.loadAnnotations(respond(annotations));
		state.toggleClaim('C07');
		expect(state.isOpen('C07')).toBe(true);
		state.toggleClaim('C07');
		expect(state.isOpen('C07')).toBe(false);
	});
});

describe('re-reading the weak passages', () => {
	it('walks the missed and shaky passages in episode order, forward and back', async () => {
		// p-4 shaky (right once), p-2 missed, p-3 mastered
		const state = create([
			attempt('q-bye', true, 1),
			attempt('q-plan', false, 2),
			attempt('q-thanks', true, 3),
			attempt('q-thanks', true, 4)
		]);
		await state.loadAnnotations(respond(annotations));
		expect(state.weak).toEqual(['p-2', 'p-4']);
		expect(state.startWalk()).toBe('p-2');
		expect(state.markOf('p-2')).toBe('Re-reading 1 of 2: missed');
		expect(state.announcement).toBe(
			'Weak passage 1 of 2, in Introduction & Setup. Your mastery: Missed.'
		);
		expect(state.previousWeak()).toBeUndefined();
		expect(state.nextWeak()).toBe('p-4');
		expect(state.walkPosition).toEqual({ index: 1, total: 2 });
		expect(state.nextWeak()).toBeUndefined();
		expect(state.walking).toBe('p-4');
		state.stopWalk();
		expect(state.walking).toBeUndefined();
		expect(state.markOf('p-4')).toBeUndefined();
	});

	it('has nothing to walk when no passage is weak', async () => {
		const state = create();
		await state.loadAnnotations(respond(annotations));
		expect(state.startWalk()).toBeUndefined();
		expect(state.walking).toBeUndefined();
	});
});

describe('search', () => {
	it('counts the matches, steps through them in a loop and says where the current one is', () => {
		const state = create();
		state.setQuery('model');
		expect(state.matches).toHaveLength(3);
		expect(state.currentMatch).toBe(0);
		expect(state.searchStatus).toBe(
			'3 matches for “model”. Showing 1 of 3, in Introduction & Setup.'
		);
		expect(state.nextMatch()).toBe('match-2');
		expect(state.nextMatch()).toBe('match-3');
		expect(state.searchStatus).toContain('Showing 3 of 3, in Closing.');
		expect(state.nextMatch()).toBe('match-1');
		expect(state.previousMatch()).toBe('match-3');
	});

	it('cuts only the paragraphs with matches, numbering the matches across the episode', () => {
		const state = create();
		state.setQuery('model');
		expect(state.segmentsOf('p-3', paragraphs[2]?.text ?? '')).toBeUndefined();
		expect(state.segmentsOf('p-4', paragraphs[3]?.text ?? '')).toEqual([
			{ text: 'Goodbye, ', start: 0 },
			{ text: 'model', start: 9, match: 2 },
			{ text: ' watchers.', start: 14 }
		]);
	});

	it('a new query starts at its first match; no match and too short a query say so', () => {
		const state = create();
		state.setQuery('model');
		state.nextMatch();
		state.setQuery('the');
		expect(state.currentMatch).toBe(0);
		state.setQuery('zebra');
		expect(state.currentMatch).toBe(-1);
		expect(state.nextMatch()).toBeUndefined();
		expect(state.searchStatus).toBe('No matches for “zebra”.');
		state.setQuery('z');
		expect(state.searchStatus).toBe('Type at least 2 letters to search.');
		state.setQuery('  ');
		expect(state.searchStatus).toBe('');
	});
});

describe('which sections are drawn live', () => {
	it('none until the reader opens one, or the tools show something in one', () => {
		const state = create();
		expect(state.isLive('introduction')).toBe(false);
		expect(state.isLive('closing')).toBe(false);
	});

	it('a section the reader opened stays live; what is not a section is ignored', () => {
		const state = create();
		state.makeLive('closing');
		state.makeLive('closing');
		state.makeLive('mastery-heading');
		state.makeLive(undefined);
		expect(state.isLive('closing')).toBe(true);
		expect(state.isLive('introduction')).toBe(false);
		expect(state.isLive('mastery-heading')).toBe(false);
	});

	it('a search makes live the section of its first match, and of each match stepped to', () => {
		const state = create();
		state.setQuery('zebra');
		expect(state.isLive('introduction')).toBe(false);
		state.setQuery('model');
		expect(state.isLive('introduction')).toBe(true);
		expect(state.isLive('closing')).toBe(false);
		state.nextMatch();
		expect(state.isLive('closing')).toBe(false);
		expect(state.nextMatch()).toBe('match-3');
		expect(state.isLive('closing')).toBe(true);
		// and live it stays
		state.setQuery('zebra');
		expect(state.isLive('introduction')).toBe(true);
	});

	it('a link makes its passage’s section live, or the section it names', () => {
		const state = create();
		state.followHash('#p-3');
		expect(state.isLive('closing')).toBe(true);
		expect(state.isLive('introduction')).toBe(false);
		state.followHash('#introduction');
		expect(state.isLive('introduction')).toBe(true);
	});

	it('a link to nothing on the page makes no section live', () => {
		const state = create();
		state.followHash('#nothing-here');
		expect(state.isLive('introduction')).toBe(false);
		expect(state.isLive('closing')).toBe(false);
	});

	it('stepping back from the first match makes the last match’s section live', () => {
		const state = create();
		state.setQuery('model');
		expect(state.isLive('closing')).toBe(false);
		expect(state.previousMatch()).toBe('match-3');
		expect(state.isLive('closing')).toBe(true);
	});

	it('the walk makes live the section of each weak passage it goes to', async () => {
		const state = create([attempt('q-plan', false, 1), attempt('q-bye', false, 2)]);
		await state.loadAnnotations(respond(annotations));
		expect(state.startWalk()).toBe('p-2');
		expect(state.isLive('introduction')).toBe(true);
		expect(state.isLive('closing')).toBe(false);
		expect(state.nextWeak()).toBe('p-4');
		expect(state.isLive('closing')).toBe(true);
	});
});

describe('drawing the folded sections ahead', () => {
	it('draws no section but the live ones until asked, then every section', () => {
		const state = create();
		state.makeLive('closing');
		expect(state.isDrawn('closing')).toBe(true);
		expect(state.isDrawn('introduction')).toBe(false);
		state.drawAhead();
		expect(state.isDrawn('introduction')).toBe(true);
		// drawn ahead is not live: the page draws such a section a few passages a task
		expect(state.isLive('introduction')).toBe(false);
	});
});
