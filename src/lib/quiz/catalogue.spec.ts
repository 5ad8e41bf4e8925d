import { describe, expect, it } from 'vitest';
import {
	chunksForSet,
	mixedStoredAs,
	otherDepthsOf,
	quizIdsOf,
	questionChunkOf,
	questionChunks,
	repairSetId,
	retrySetId,
	setCatalogue,
	setLinks,
	setTitleOf,
	type SetInfo
} from './catalogue';
import type { SetQuestion } from './sets';

const q = (
	id: string,
	topic: SetQuestion['topic'],
	type: SetQuestion['type'] = 'single',
	section?: 'introduction' | 'key-concepts-2',
	depth: 1 | 2 | 3 = 1
): SetQuestion => ({
	id,
	topic,
	type,
	depth,
	answerableFrom: 'paper',
	difficulty: 'recall',
	sources: {
		paper: ['1'],
		evidence: [{ section: '1', text: 'a passage of the paper that settles the key' }],
		...(section ? { transcript: { section, text: 'a quote from the episode' } } : {})
	}
});

const questions = [
	q('rhyme-1', 'rhyme-planning', 'single', 'key-concepts-2', 2),
	q('rhyme-2', 'rhyme-planning', 'typed', undefined, 3),
	q('check-1', 'podcast-vs-paper', 'fact-check', 'introduction'),
	q('check-2', 'podcast-vs-paper', 'true-false', 'key-concepts-2')
];
const topics = [
	{ id: 'rhyme-planning' as const, title: 'Planning in poems' },
	{ id: 'podcast-vs-paper' as const, title: 'The episode against the paper' }
];
const sections = [
	{ id: 'introduction' as const, title: 'Introduction & Setup' },
	{ id: 'key-concepts-2' as const, title: 'Key Concepts Part 2' }
];

describe('setCatalogue', () => {
	const catalogue = setCatalogue({ questions, topics, sections });

	it('lists every set in menu order with a title, a size and its depths', () => {
		expect(catalogue).toEqual([
			{
				id: 'topic-rhyme-planning',
				group: 'topic',
				title: 'Planning in poems',
				size: 2,
				depths: [
					{ depth: 2, size: 1, id: 'topic-rhyme-planning-depth-2', title: 'What the paper shows' },
					{ depth: 3, size: 1, id: 'topic-rhyme-planning-depth-3', title: 'Numbers and caveats' }
				],
				startDepth: 2
			},
			{
				id: 'topic-podcast-vs-paper',
				group: 'topic',
				title: 'The episode against the paper',
				size: 2,
				depths: [
					{
						depth: 1,
						size: 2,
						id: 'topic-podcast-vs-paper-depth-1',
						title: 'What the episode said'
					}
				],
				startDepth: 1
			},
			{
				id: 'section-introduction',
				group: 'section',
				title: 'Quiz me on Introduction & Setup',
				size: 1,
				depths: [
					{ depth: 1, size: 1, id: 'section-introduction-depth-1', title: 'What the episode said' }
				],
				startDepth: 1
			},
			{
				id: 'section-key-concepts-2',
				group: 'section',
				title: 'Quiz me on Key Concepts Part 2',
				size: 2,
				depths: [
					{
						depth: 1,
						size: 1,
						id: 'section-key-concepts-2-depth-1',
						title: 'What the episode said'
					},
					{ depth: 2, size: 1, id: 'section-key-concepts-2-depth-2', title: 'What the paper shows' }
				],
				startDepth: 1
			},
			{ id: 'fact-check', group: 'fact-check', title: 'Fact-check the episode', size: 1 },
			{ id: 'mixed-10', group: 'mixed', title: '10 random questions', size: 4 },
			{ id: 'mixed-20', group: 'mixed', title: '20 random questions', size: 4 },
			{ id: 'mixed-all', group: 'mixed', title: 'Every question, shuffled', size: 4 },
			{ id: 'mistakes', group: 'mistakes', title: 'My mistakes' }
		]);
	});

	it('names a mixed set by its size when the bank is big enough', () => {
		const many = Array.from({ length: 25 }, (_, i) => q(`q-${i}`, 'rhyme-planning'));
		const mixed = setCatalogue({ questions: many, topics, sections }).filter(
			(s) => s.group === 'mixed'
		);
		expect(mixed.map((s) => [s.title, s.size])).toEqual([
			['10 random questions', 10],
			['20 random questions', 20],
			['Every question, shuffled', 25]
		]);
	});

	it('gives every set a distinct title, so "Fact-check the episode" is listed once', () => {
		const titles = catalogue.filter((s) => s.group !== 'mixed').map((s) => s.title);
		expect(new Set(titles).size).toBe(titles.length);
		expect(titles.filter((t) => t.startsWith('Fact-check'))).toEqual(['Fact-check the episode']);
	});
});

describe('quizIdsOf and otherDepthsOf: which quiz a set’s page opens', () => {
	const catalogue = setCatalogue({ questions, topics, sections });
	const set = (id: string) => catalogue.find((s) => s.id === id) as SetInfo;

	it('a topic or a section at a depth: its id with the depth, and at the start depth the old id too', () => {
		expect(quizIdsOf(set('topic-rhyme-planning'), 2)).toEqual({
			setId: 'topic-rhyme-planning-depth-2',
			alsoResume: ['topic-rhyme-planning']
		});
		expect(quizIdsOf(set('topic-rhyme-planning'), 3)).toEqual({
			setId: 'topic-rhyme-planning-depth-3',
			alsoResume: []
		});
		expect(otherDepthsOf(set('topic-rhyme-planning'))).toEqual([3]);
		expect(otherDepthsOf(set('section-introduction'))).toEqual([]);
	});

	it('a mixed set: its own id, or kept to a depth; the fact-check: its id whatever the depth', () => {
		expect(quizIdsOf(set('mixed-10'), undefined)).toEqual({ setId: 'mixed-10', alsoResume: [] });
		expect(quizIdsOf(set('mixed-10'), 2).setId).toBe('mixed-10-depth-2');
		expect(otherDepthsOf(set('mixed-10'))).toEqual([1, 2, 3]);
		expect(quizIdsOf(set('fact-check'), undefined)).toEqual({
			setId: 'fact-check',
			alsoResume: []
		});
		expect(otherDepthsOf(set('fact-check'))).toEqual([]);
	});
});

describe('questionChunkOf', () => {
	it('stores a question in the file of its topic and episode section', () => {
		expect(questionChunkOf(q('a', 'rhyme-planning', 'single', 'key-concepts-2'))).toBe(
			'rhyme-planning.key-concepts-2'
		);
		expect(questionChunkOf(q('b', 'rhyme-planning', 'typed'))).toBe('rhyme-planning.unquoted');
	});

	it('lists each file once, in bank order of its first question', () => {
		expect(questionChunks([...questions, q('rhyme-3', 'rhyme-planning', 'typed')])).toEqual([
			'rhyme-planning.key-concepts-2',
			'rhyme-planning.unquoted',
			'podcast-vs-paper.introduction',
			'podcast-vs-paper.key-concepts-2'
		]);
	});
});

describe('chunksForSet', () => {
	it('gives a topic, a section or the fact-checks only the files that hold their questions', () => {
		expect(chunksForSet('topic-rhyme-planning', questions)).toEqual([
			'rhyme-planning.key-concepts-2',
			'rhyme-planning.unquoted'
		]);
		expect(chunksForSet('section-key-concepts-2', questions)).toEqual([
			'rhyme-planning.key-concepts-2',
			'podcast-vs-paper.key-concepts-2'
		]);
		expect(chunksForSet('fact-check', questions)).toEqual(['podcast-vs-paper.introduction']);
	});

	it('gives sets drawn from the whole bank every file', () => {
		for (const id of ['mixed-10', 'mixed-20', 'mixed-all', 'mistakes', retrySetId, repairSetId])
			expect(chunksForSet(id, questions)).toEqual(questionChunks(questions));
	});

	it('gives a set at one depth the files of its set, which hold every depth', () => {
		expect(chunksForSet('topic-rhyme-planning-depth-2', questions)).toEqual(
			chunksForSet('topic-rhyme-planning', questions)
		);
		expect(chunksForSet('section-key-concepts-2-depth-1', questions)).toEqual(
			chunksForSet('section-key-concepts-2', questions)
		);
		expect(chunksForSet('mixed-10-depth-1', questions)).toEqual(questionChunks(questions));
	});

	it('knows no file for an unknown set', () => {
		expect(chunksForSet('topic-astrology', questions)).toBeUndefined();
		expect(chunksForSet('__proto__', questions)).toBeUndefined();
	});
});

describe('setLinks', () => {
	it('links each set, and each set at each depth on its set’s page', () => {
		const links = setLinks(setCatalogue({ questions, topics, sections }));
		expect(links.filter((l) => l.id.startsWith('topic-rhyme-planning'))).toEqual([
			{
				id: 'topic-rhyme-planning',
				title: 'Planning in poems',
				href: '/quiz/topic-rhyme-planning'
			},
			{
				id: 'topic-rhyme-planning-depth-2',
				title: 'Planning in poems: What the paper shows',
				href: '/quiz/topic-rhyme-planning?depth=2'
			},
			{
				id: 'topic-rhyme-planning-depth-3',
				title: 'Planning in poems: Numbers and caveats',
				href: '/quiz/topic-rhyme-planning?depth=3'
			}
		]);
		expect(links.find((l) => l.id === 'fact-check')?.href).toBe('/quiz/fact-check');
	});
});

describe('mixedStoredAs', () => {
	it('gives each mixed set, and only those, its own id and its id at every depth', () => {
		const catalogue = setCatalogue({ questions, topics, sections });
		const storedAs = mixedStoredAs(catalogue);
		expect(Object.keys(storedAs)).toEqual(
			catalogue.filter((s) => s.group === 'mixed').map((s) => s.id)
		);
		expect(storedAs['mixed-10']).toEqual([
			'mixed-10',
			'mixed-10-depth-1',
			'mixed-10-depth-2',
			'mixed-10-depth-3'
		]);
	});
});

describe('setTitleOf', () => {
	it('gives every set and every set at each depth the title its link has: one name on every page', () => {
		const names = { topics, sections };
		for (const link of setLinks(setCatalogue({ questions, topics, sections })))
			expect(setTitleOf(link.id, names), link.id).toBe(link.title);
		expect(setTitleOf('retry', names)).toBe('Retry the ones I missed');
		expect(setTitleOf('topic-astrology', names)).toBeUndefined();
	});
});
