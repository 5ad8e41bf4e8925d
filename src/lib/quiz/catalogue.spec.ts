import { describe, expect, it } from 'vitest';
import {
	allQuestionsFile,
	dataFileOf,
	dataFilesOf,
	repairSetId,
	retrySetId,
	setCatalogue,
	setLinks
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
			{ id: 'mixed-10', group: 'mixed', title: '4 random questions', size: 4 },
			{ id: 'mixed-20', group: 'mixed', title: '4 random questions', size: 4 },
			{ id: 'mixed-all', group: 'mixed', title: 'All 4 questions, shuffled', size: 4 },
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
			['All 25 questions, shuffled', 25]
		]);
	});

	it('gives every set a distinct title, so "Fact-check the episode" is listed once', () => {
		const titles = catalogue.filter((s) => s.group !== 'mixed').map((s) => s.title);
		expect(new Set(titles).size).toBe(titles.length);
		expect(titles.filter((t) => t.startsWith('Fact-check'))).toEqual(['Fact-check the episode']);
	});
});

describe('dataFileOf', () => {
	it('gives topic, section and fact-check sets their own file', () => {
		expect(dataFileOf('topic-rhyme-planning')).toBe('topic-rhyme-planning');
		expect(dataFileOf('section-closing')).toBe('section-closing');
		expect(dataFileOf('fact-check')).toBe('fact-check');
	});

	it('gives a set at one depth the file of its set, which holds every depth', () => {
		expect(dataFileOf('topic-rhyme-planning-depth-2')).toBe('topic-rhyme-planning');
		expect(dataFileOf('section-closing-depth-1')).toBe('section-closing');
		expect(dataFileOf('mixed-10-depth-1')).toBe(allQuestionsFile);
	});

	it('gives sets drawn from the whole bank the file of every question', () => {
		for (const id of ['mixed-10', 'mixed-20', 'mixed-all', 'mistakes', retrySetId, repairSetId])
			expect(dataFileOf(id)).toBe(allQuestionsFile);
	});

	it('knows no file for an unknown set', () => {
		expect(dataFileOf('topic-astrology')).toBeUndefined();
		expect(dataFileOf('__proto__')).toBeUndefined();
	});
});

describe('dataFilesOf', () => {
	it('lists each file once, the whole bank always included for retries', () => {
		expect(dataFilesOf(['topic-jailbreak', 'fact-check'])).toEqual([
			'topic-jailbreak',
			'fact-check',
			'all'
		]);
		expect(dataFilesOf(['mixed-10', 'mistakes', 'topic-jailbreak'])).toEqual([
			'all',
			'topic-jailbreak'
		]);
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
