import { describe, expect, it } from 'vitest';
import { sectionIds, topicIds } from '../content/schema';
import type { Attempt } from '../model/schema';
import { seededRandom } from './fixtures';
import { longestRun, sameTypeNeighbours } from './order';
import {
	availableSetIds,
	baseSetId,
	confidentMissesFirst,
	depthOfSetId,
	lastAttempts,
	openingQuestionId,
	parseSetId,
	questionIdsForSet,
	retryQuestionIds,
	setIdOf,
	setMembers,
	withDepth,
	type SetQuestion
} from './sets';

const q = (
	id: string,
	topic: SetQuestion['topic'],
	type: SetQuestion['type'] = 'single',
	section?: 'introduction' | 'key-concepts-1' | 'key-concepts-2' | 'closing',
	extra: Partial<SetQuestion> = {}
): SetQuestion => ({
	id,
	topic,
	type,
	depth: 2,
	answerableFrom: 'paper',
	difficulty: 'mechanism',
	...extra,
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

const none: { questions: SetQuestion[]; attempts: Attempt[] } = { questions: bank, attempts: [] };
const order = { ...none, random: seededRandom(3) };

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
		['repair', { kind: 'repair' }],
		['topic-rhyme-planning-depth-1', { kind: 'topic', topic: 'rhyme-planning', depth: 1 }],
		['section-closing-depth-3', { kind: 'section', section: 'closing', depth: 3 }],
		['mixed-10-depth-1', { kind: 'mixed', size: 10, depth: 1 }]
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
		'toString',
		'fact-check-depth-1',
		'mistakes-depth-2',
		'topic-rhyme-planning-depth-4',
		'topic-rhyme-planning-depth-1-depth-2',
		'topic-rhyme-planning-depth-'
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

describe('baseSetId, depthOfSetId and withDepth', () => {
	it('take the depth off a set id, read it, and put one on', () => {
		expect(baseSetId('topic-jailbreak-depth-3')).toBe('topic-jailbreak');
		expect(baseSetId('fact-check')).toBe('fact-check');
		expect(depthOfSetId('topic-jailbreak-depth-3')).toBe(3);
		expect(depthOfSetId('topic-jailbreak')).toBeUndefined();
		expect(withDepth('section-closing', 2)).toBe('section-closing-depth-2');
		expect(withDepth('section-closing-depth-1', 2)).toBe('section-closing-depth-2');
		expect(withDepth('section-closing-depth-1', undefined)).toBe('section-closing');
		expect(withDepth('fact-check', 2)).toBe('fact-check');
		expect(withDepth('mistakes', 1)).toBe('mistakes');
	});
});

describe('setMembers', () => {
	const ids = (setId: string, source = none) => setMembers(setId, source).map((x) => x.id);

	it('gives a topic in bank order', () => {
		expect(ids('topic-attribution-graphs')).toEqual(['graph-1', 'graph-2', 'graph-3']);
		expect(ids('topic-jailbreak')).toEqual([]);
	});

	it('gives the questions quoting a section, in bank order', () => {
		expect(ids('section-key-concepts-1')).toEqual(['rhyme-1', 'claim-1', 'graph-3']);
		expect(ids('section-key-concepts-2')).toEqual([]);
	});

	it('gives every fact-check, in bank order', () => {
		expect(ids('fact-check')).toEqual(['claim-1', 'claim-2']);
	});

	it('keeps a set at one depth to the questions of that depth', () => {
		const questions = [
			q('episode-1', 'rhyme-planning', 'single', 'closing', { depth: 1 }),
			q('paper-1', 'rhyme-planning', 'single', 'closing', { depth: 2 }),
			q('numbers-1', 'rhyme-planning', 'typed', 'closing', { depth: 3 })
		];
		const source = { questions, attempts: [] };
		expect(ids('section-closing-depth-1', source)).toEqual(['episode-1']);
		expect(ids('topic-rhyme-planning-depth-3', source)).toEqual(['numbers-1']);
		expect(ids('mixed-all-depth-2', source)).toEqual(['paper-1']);
		expect(ids('section-closing', source)).toEqual(['episode-1', 'paper-1', 'numbers-1']);
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
		expect(ids('mistakes', { ...none, attempts })).toEqual(['graph-2', 'rhyme-2']);
	});

	it('takes the latest attempt by time, not by place in the log', () => {
		const attempts = [
			attempt('graph-1', false, '2025-03-02T10:00:00Z'),
			attempt('graph-1', true, '2025-03-01T10:00:00Z'),
			// 09:00 UTC, written with an offset that sorts it after 09:30 UTC as text
			attempt('graph-2', false, '2025-03-02T11:00:00+02:00'),
			attempt('graph-2', true, '2025-03-02T09:30:00Z')
		];
		expect(ids('mistakes', { ...none, attempts })).toEqual(['graph-1']);
	});

	it('refuses an unknown set', () => {
		expect(() => setMembers('topic-astrology', none)).toThrow(/no quiz set topic-astrology/);
	});
});

/** a section of 40 questions at depth 1, half of them fact-checks, as the episode's sections are */
const section = [
	...Array.from({ length: 20 }, (_, i) =>
		q(`check-${i}`, 'podcast-vs-paper', 'fact-check', 'introduction', { depth: 1 })
	),
	...(['single', 'true-false', 'typed', 'multi', 'cloze'] as const).flatMap((type) =>
		Array.from({ length: 4 }, (_, i) =>
			q(`${type}-${i}`, 'attribution-graphs', type, 'introduction', { depth: 1 })
		)
	),
	q('easy-from-episode', 'attribution-graphs', 'single', 'introduction', {
		depth: 1,
		answerableFrom: 'episode',
		difficulty: 'recall'
	}),
	q('deeper', 'attribution-graphs', 'single', 'introduction', { depth: 2 })
];
const types = (ids: string[]) =>
	ids.map((id) => ({ type: section.find((x) => x.id === id)!.type }));

describe('openingQuestionId', () => {
	it('opens on a question a listener can answer from the episode, the easiest first', () => {
		expect(openingQuestionId('section-introduction-depth-1', section)).toBe('easy-from-episode');
		expect(openingQuestionId('section-introduction-depth-2', section)).toBe('deeper');
	});

	it('takes the first in bank order among equals, and none for mistakes or an empty set', () => {
		expect(openingQuestionId('topic-attribution-graphs', bank)).toBe('graph-1');
		expect(openingQuestionId('mistakes', bank)).toBeUndefined();
		expect(openingQuestionId('topic-jailbreak', bank)).toBeUndefined();
	});

	it('opens on a question with choices among equals, which the page can show whole (issue 15)', () => {
		const easy = { answerableFrom: 'episode', difficulty: 'recall' } as const;
		const typedFirst = [
			q('typed-easy', 'refusals', 'typed', 'closing', easy),
			q('ordering-easy', 'refusals', 'ordering', 'closing', easy),
			q('single-harder', 'refusals', 'single', 'closing', { answerableFrom: 'episode' }),
			q('multi-easy', 'refusals', 'multi', 'closing', easy),
			q('single-easy', 'refusals', 'single', 'closing', easy)
		];
		expect(openingQuestionId('topic-refusals', typedFirst)).toBe('multi-easy');
		// choices only break a tie: an easier typed question still opens before a harder choice
		expect(openingQuestionId('topic-refusals', typedFirst.slice(0, 3))).toBe('typed-easy');
	});
});

describe('questionIdsForSet', () => {
	const quiz = (seed: number, length?: 10 | 20 | 'all', setId = 'section-introduction-depth-1') =>
		questionIdsForSet(setId, {
			questions: section,
			attempts: [],
			random: seededRandom(seed),
			...(length ? { length } : {})
		});

	it('asks as many as the length, each once, from the set at its depth', () => {
		for (const length of [10, 20] as const) {
			const ids = quiz(1, length);
			expect(ids).toHaveLength(length);
			expect(new Set(ids).size).toBe(length);
			expect(ids).not.toContain('deeper');
		}
		expect(quiz(1, 'all')).toHaveLength(41);
		expect(quiz(1)).toHaveLength(41);
	});

	it('always opens on the opening question, and draws the rest anew with each seed', () => {
		expect(quiz(1, 10)[0]).toBe('easy-from-episode');
		expect(quiz(2, 10)[0]).toBe('easy-from-episode');
		expect(quiz(1, 10)).toEqual(quiz(1, 10));
		expect(quiz(1, 10)).not.toEqual(quiz(2, 10));
	});

	it('draws a retake’s first question like the rest, still without two of a type in a row', () => {
		const retake = (seed: number, length: 10 | 'all') =>
			questionIdsForSet('section-introduction-depth-1', {
				questions: section,
				attempts: [],
				random: seededRandom(seed),
				length,
				retake: true
			});
		const firsts = new Set(Array.from({ length: 20 }, (_, seed) => retake(seed, 10)[0]));
		expect(firsts.size).toBeGreaterThan(5);
		for (let seed = 0; seed < 20; seed++) {
			expect(retake(seed, 10)).toHaveLength(10);
			expect(new Set(retake(seed, 'all'))).toEqual(new Set(quiz(seed, 'all')));
			expect(sameTypeNeighbours(types(retake(seed, 'all')))).toBe(0);
		}
	});

	it('puts no two questions of a type in a row, though half the set is fact-checks', () => {
		for (let seed = 0; seed < 30; seed++) {
			for (const length of [10, 20, 'all'] as const) {
				expect(sameTypeNeighbours(types(quiz(seed, length)))).toBe(0);
			}
		}
	});

	it('asks fact-checks at most two in a row where the set allows no better', () => {
		// ten questions from 20 fact-checks and 4 others hold at least six fact-checks: five gaps
		const mostlyChecks = section.filter((x) => x.type === 'fact-check' || x.type === 'typed');
		const ids = questionIdsForSet('section-introduction-depth-1', {
			questions: mostlyChecks,
			attempts: [],
			random: seededRandom(3),
			length: 10
		});
		const typesOf = ids.map((id) => ({ type: mostlyChecks.find((x) => x.id === id)!.type }));
		expect(longestRun(typesOf, 'fact-check')).toBe(2);
	});

	it('keeps a depth-1 draw mostly to what the episode answers: at most 3 of 10 need the paper', () => {
		// 20 a listener can answer, 40 only the paper settles (fact-checks among them), as at depth 1
		const depthOne = [
			...Array.from({ length: 20 }, (_, i) =>
				q(`heard-${i}`, 'attribution-graphs', i % 2 ? 'single' : 'true-false', 'introduction', {
					depth: 1,
					answerableFrom: 'episode'
				})
			),
			...Array.from({ length: 40 }, (_, i) =>
				q(`paper-${i}`, 'podcast-vs-paper', i % 2 ? 'fact-check' : 'multi', 'introduction', {
					depth: 1
				})
			),
			q('deep-heard', 'attribution-graphs', 'single', 'introduction', { answerableFrom: 'episode' })
		];
		const fromPaper = (ids: string[]) => ids.filter((id) => id.startsWith('paper-')).length;
		const draw = (setId: string, seed: number, retake = false) =>
			questionIdsForSet(setId, {
				questions: depthOne,
				attempts: [],
				random: seededRandom(seed),
				retake
			});
		for (let seed = 0; seed < 30; seed++) {
			for (const retake of [false, true]) {
				const ids = draw('mixed-10-depth-1', seed, retake);
				expect(ids).toHaveLength(10);
				expect(new Set(ids).size).toBe(10);
				expect(fromPaper(ids)).toBe(3);
				expect(ids).not.toContain('deep-heard');
			}
			// the fact-checks still come, some of them, in a quiz of mixed types
			const twenty = draw('mixed-20-depth-1', seed);
			expect(fromPaper(twenty)).toBe(6);
			expect(sameTypeNeighbours(twenty.map((id) => depthOne.find((x) => x.id === id)!))).toBe(0);
		}
		// without a depth, or all of a depth, the draw is the whole pool's
		expect(new Set(draw('mixed-all-depth-1', 1))).toEqual(
			new Set(depthOne.filter((x) => x.depth === 1).map((x) => x.id))
		);
		const anyDepth = Array.from({ length: 30 }, (_, seed) => fromPaper(draw('mixed-10', seed)));
		expect(Math.max(...anyDepth)).toBeGreaterThan(3);
	});

	it('fills a depth-1 draw from the paper where the episode answers too few', () => {
		const fewHeard = [
			q('heard-a', 'refusals', 'single', 'closing', { depth: 1, answerableFrom: 'episode' }),
			q('heard-b', 'refusals', 'typed', 'closing', { depth: 1, answerableFrom: 'episode' }),
			...Array.from({ length: 20 }, (_, i) =>
				q(`paper-${i}`, 'refusals', i % 2 ? 'fact-check' : 'single', 'closing', { depth: 1 })
			)
		];
		const ids = questionIdsForSet('topic-refusals-depth-1', {
			questions: fewHeard,
			attempts: [],
			random: seededRandom(4),
			length: 10
		});
		expect(ids).toHaveLength(10);
		expect(ids).toEqual(expect.arrayContaining(['heard-a', 'heard-b']));
	});

	it('draws a mixed set at its own size, whatever the length', () => {
		const big = Array.from({ length: 30 }, (_, i) =>
			q(`item-${i}`, 'limitations', i % 2 ? 'single' : 'typed')
		);
		const draw = (setId: string, seed: number) =>
			questionIdsForSet(setId, {
				questions: big,
				attempts: [],
				random: seededRandom(seed),
				length: 'all'
			});
		expect(draw('mixed-10', 1)).toHaveLength(10);
		expect(draw('mixed-20', 1)).toHaveLength(20);
		expect(draw('mixed-all', 1)).toHaveLength(30);
		expect(draw('mixed-10', 1)).not.toEqual(draw('mixed-10', 2));
	});

	it('starts My mistakes with the answers given as sure', () => {
		const attempts = [
			attempt('graph-1', false, '2025-03-01T10:00:00Z'),
			attempt('rhyme-2', false, '2025-03-01T10:01:00Z', { confidence: 'sure' }),
			attempt('claim-2', false, '2025-03-01T10:02:00Z', { confidence: 'guess' })
		];
		const ids = questionIdsForSet('mistakes', { ...order, attempts });
		expect(ids[0]).toBe('rhyme-2');
		expect([...ids].sort()).toEqual(['claim-2', 'graph-1', 'rhyme-2']);
	});

	it('gives nothing for a set without questions', () => {
		expect(questionIdsForSet('mistakes', order)).toEqual([]);
		expect(questionIdsForSet('topic-jailbreak', { ...order, length: 10 })).toEqual([]);
	});

	it('refuses an unknown set', () => {
		expect(() => questionIdsForSet('topic-astrology', order)).toThrow(
			/no quiz set topic-astrology/
		);
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

	it('puts the answers given as sure first', () => {
		const sure = attempt('graph-3', false, '2025-03-01T10:05:00Z', { confidence: 'sure' });
		expect(retryQuestionIds([...session, sure])).toEqual(['graph-3', 'rhyme-1', 'claim-1']);
	});

	it('gives nothing for a perfect session', () => {
		expect(retryQuestionIds([attempt('graph-1', true, '2025-03-01T10:01:00Z')])).toEqual([]);
		expect(retryQuestionIds([])).toEqual([]);
	});
});

describe('confidentMissesFirst', () => {
	it('moves wrong answers given as sure to the front, keeping the order otherwise', () => {
		const guessed = attempt('a', false, '2025-03-01T10:00:00Z', { confidence: 'guess' });
		const sure = attempt('b', false, '2025-03-01T10:01:00Z', { confidence: 'sure' });
		const unanswered = { id: 'c' };
		const missed: { id: string; attempt?: Attempt }[] = [
			{ id: 'a', attempt: guessed },
			unanswered,
			{ id: 'b', attempt: sure }
		];
		expect(confidentMissesFirst(missed)).toEqual([
			{ id: 'b', attempt: sure },
			{ id: 'a', attempt: guessed },
			unanswered
		]);
	});
});
