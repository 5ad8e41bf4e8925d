import { describe, expect, it } from 'vitest';
import { sectionIds, topicIds } from '../content/schema';
import type { Attempt } from '../model/schema';
import { seededRandom } from './fixtures';
import {
	availableSetIds,
	lastAttempts,
	parseSetId,
	questionIdsForSet,
	retryQuestionIds,
	setIdOf,
	type SetQuestion
} from './sets';

const q = (
	id: string,
	topic: SetQuestion['topic'],
	type: SetQuestion['type'] = 'single',
	section?: 'introduction' | 'key-concepts-1' | 'key-concepts-2' | 'closing'
): SetQuestion => ({
	id,
	topic,
	type,
	sources: {
		paper: ['1'],
		evidence: [{ section: '1', text: 'a passage of the paper that settles the key' }],
		...(section ? { transcript: { section, text: 'a quote from the episode' } } : {})
	}
});

const bank: SetQuestion[] = [
	q('graph-1', 'attribution-graphs', 'single', 'introduction'),
	q('rhyme-1', 'rhyme-planning', 'typed', 'key-concepts-1'),
	q('graph-2', 'attribution-graphs', 'multi'),
	q('claim-1', 'podcast-vs-paper', 'fact-check', 'key-concepts-1'),
	q('rhyme-2', 'rhyme-planning', 'ordering', 'closing'),
	q('claim-2', 'podcast-vs-paper', 'fact-check', 'closing'),
	q('graph-3', 'attribution-graphs', 'true-false', 'key-concepts-1')
];

let n = 0;
const attempt = (
	questionId: string,
	correct: boolean,
	at: string,
	extra: Partial<Attempt> = {}
): Attempt => ({
	id: `a${++n}`,
	questionId,
	setId: 'mixed-10',
	sessionId: 's1',
	answeredAt: at,
	response: { type: 'single', choice: 'a' },
	correct,
	...extra
});

const none = { questions: bank, attempts: [], random: seededRandom(3) };

describe('parseSetId', () => {
	it.each([
		['topic-rhyme-planning', { kind: 'topic', topic: 'rhyme-planning' }],
		['topic-podcast-vs-paper', { kind: 'topic', topic: 'podcast-vs-paper' }],
		['section-key-concepts-2', { kind: 'section', section: 'key-concepts-2' }],
		['fact-check', { kind: 'fact-check' }],
		['mixed-10', { kind: 'mixed', size: 10 }],
		['mixed-20', { kind: 'mixed', size: 20 }],
		['mixed-all', { kind: 'mixed', size: 'all' }],
		['mistakes', { kind: 'mistakes' }],
		['repair', { kind: 'repair' }]
	])('reads %s', (setId, set) => {
		expect(parseSetId(setId)).toEqual(set);
		expect(setIdOf(parseSetId(setId)!)).toBe(setId);
	});

	it.each([
		'',
		'topic-',
		'topic-astrology',
		'section-outro',
		'mixed-15',
		'mixed',
		'Topic-rhyme-planning',
		'topic-constructor',
		'section-__proto__',
		'__proto__',
		'toString'
	])('refuses "%s"', (setId) => {
		expect(parseSetId(setId)).toBeUndefined();
	});

	it('knows every topic and section of the content schema', () => {
		for (const topic of topicIds)
			expect(parseSetId(`topic-${topic}`)).toEqual({ kind: 'topic', topic });
		for (const section of sectionIds) {
			expect(parseSetId(`section-${section}`)).toEqual({ kind: 'section', section });
		}
	});
});

describe('availableSetIds', () => {
	it('lists the sets with questions, in menu order', () => {
		expect(availableSetIds(bank)).toEqual([
			'topic-attribution-graphs',
			'topic-rhyme-planning',
			'topic-podcast-vs-paper',
			'section-introduction',
			'section-key-concepts-1',
			'section-closing',
			'fact-check',
			'mixed-10',
			'mixed-20',
			'mixed-all',
			'mistakes'
		]);
	});

	it('leaves out the fact-check set without fact-checks', () => {
		expect(availableSetIds([q('graph-1', 'attribution-graphs')])).toEqual([
			'topic-attribution-graphs',
			'mixed-10',
			'mixed-20',
			'mixed-all',
			'mistakes'
		]);
	});
});

describe('questionIdsForSet', () => {
	it('gives a topic in bank order', () => {
		expect(questionIdsForSet('topic-attribution-graphs', none)).toEqual([
			'graph-1',
			'graph-2',
			'graph-3'
		]);
		expect(questionIdsForSet('topic-jailbreak', none)).toEqual([]);
	});

	it('gives the questions quoting a section, in bank order', () => {
		expect(questionIdsForSet('section-key-concepts-1', none)).toEqual([
			'rhyme-1',
			'claim-1',
			'graph-3'
		]);
		expect(questionIdsForSet('section-key-concepts-2', none)).toEqual([]);
	});

	it('gives every fact-check, in bank order', () => {
		expect(questionIdsForSet('fact-check', none)).toEqual(['claim-1', 'claim-2']);
	});

	it('samples a mixed set at random, shuffled', () => {
		const big = Array.from({ length: 30 }, (_, i) => q(`item-${i}`, 'limitations'));
		const ten = questionIdsForSet('mixed-10', {
			questions: big,
			attempts: [],
			random: seededRandom(1)
		});
		expect(ten).toHaveLength(10);
		expect(new Set(ten).size).toBe(10);
		expect(ten).not.toEqual(big.slice(0, 10).map((x) => x.id));
		expect(
			questionIdsForSet('mixed-10', { questions: big, attempts: [], random: seededRandom(1) })
		).toEqual(ten);
		expect(
			questionIdsForSet('mixed-10', { questions: big, attempts: [], random: seededRandom(2) })
		).not.toEqual(ten);
		expect(
			questionIdsForSet('mixed-20', { questions: big, attempts: [], random: seededRandom(1) })
		).toHaveLength(20);
	});

	it('gives the whole bank, shuffled, for mixed-all', () => {
		const all = questionIdsForSet('mixed-all', none);
		expect([...all].sort()).toEqual(bank.map((x) => x.id).sort());
		expect(all).not.toEqual(bank.map((x) => x.id));
	});

	it('gives what there is when the bank is smaller than the sample', () => {
		expect(questionIdsForSet('mixed-20', none)).toHaveLength(bank.length);
	});

	it('gives the questions whose last attempt was wrong, in bank order', () => {
		const attempts = [
			attempt('rhyme-2', false, '2025-03-01T10:00:00Z'),
			attempt('graph-1', false, '2025-03-01T10:00:00Z'),
			attempt('graph-1', true, '2025-03-02T10:00:00Z'),
			attempt('graph-2', true, '2025-03-01T10:00:00Z'),
			attempt('graph-2', false, '2025-03-02T10:00:00Z'),
			attempt('rhyme-1', false, '2025-03-01T10:00:00Z', { correct: true, override: true }),
			attempt('gone-from-bank', false, '2025-03-01T10:00:00Z')
		];
		expect(questionIdsForSet('mistakes', { ...none, attempts })).toEqual(['graph-2', 'rhyme-2']);
	});

	it('takes the latest attempt by time, not by place in the log', () => {
		const attempts = [
			attempt('graph-1', false, '2025-03-02T10:00:00Z'),
			attempt('graph-1', true, '2025-03-01T10:00:00Z'),
			// 09:00 UTC, written with an offset that sorts it after 09:30 UTC as text
			attempt('graph-2', false, '2025-03-02T11:00:00+02:00'),
			attempt('graph-2', true, '2025-03-02T09:30:00Z')
		];
		expect(questionIdsForSet('mistakes', { ...none, attempts })).toEqual(['graph-1']);
	});

	it('refuses an unknown set', () => {
		expect(() => questionIdsForSet('topic-astrology', none)).toThrow(/no quiz set topic-astrology/);
	});
});

describe('lastAttempts', () => {
	it('keeps the later of two attempts at the same time', () => {
		const first = attempt('graph-1', false, '2025-03-01T10:00:00Z');
		const second = attempt('graph-1', true, '2025-03-01T10:00:00Z');
		expect(lastAttempts([first, second]).get('graph-1')).toBe(second);
	});
});

describe('retryQuestionIds', () => {
	const session = [
		attempt('graph-1', true, '2025-03-01T10:01:00Z'),
		attempt('rhyme-1', false, '2025-03-01T10:02:00Z'),
		attempt('graph-2', false, '2025-03-01T10:03:00Z', { correct: true, override: true }),
		attempt('claim-1', false, '2025-03-01T10:04:00Z')
	];
	const other = [attempt('graph-1', false, '2025-03-01T11:00:00Z', { sessionId: 's2' })];

	it('gives the questions answered wrong, in the order answered', () => {
		expect(retryQuestionIds(session)).toEqual(['rhyme-1', 'claim-1']);
	});

	it('keeps to one session of the attempt log', () => {
		expect(retryQuestionIds([...session, ...other], { sessionId: 's1' })).toEqual([
			'rhyme-1',
			'claim-1'
		]);
		expect(retryQuestionIds([...session, ...other], { sessionId: 's2' })).toEqual(['graph-1']);
	});

	it('counts unanswered questions as missed when given the session questions', () => {
		expect(
			retryQuestionIds(session, {
				questionIds: ['claim-1', 'graph-1', 'rhyme-2', 'rhyme-1', 'graph-2']
			})
		).toEqual(['claim-1', 'rhyme-2', 'rhyme-1']);
	});

	it('gives nothing for a perfect session', () => {
		expect(retryQuestionIds([attempt('graph-1', true, '2025-03-01T10:01:00Z')])).toEqual([]);
		expect(retryQuestionIds([])).toEqual([]);
	});
});
