import { describe, expect, it } from 'vitest';
import type { Question } from '../content/schema';
import {
	ActiveQuiz,
	Attempt,
	FinishedQuiz,
	StoredFinishedQuiz,
	type Response
} from '../model/schema';
import {
	cloze,
	everyType,
	factCheck,
	matching,
	multi,
	ordering,
	seededRandom,
	single,
	trueFalse,
	typed
} from './fixtures';
import {
	checkAnswer,
	currentAttempt,
	currentQuestionId,
	finishNow,
	finishQuiz,
	layoutOf,
	nextQuestion,
	openingLayout,
	overrideAttempt,
	undoOverride,
	scoreOf,
	skipAnswer,
	startQuiz
} from './session';
import { isFinished } from './under-way';

const started = new Date('2025-03-01T10:00:00.000Z');
const later = (minutes: number) => new Date(started.getTime() + minutes * 60_000);

const start = (questions: Question[], random: () => number = seededRandom(1)) =>
	startQuiz({ id: 'session-1', setId: 'mixed-10', questions, now: started, random });

const answer = (
	quiz: ActiveQuiz,
	question: Question,
	response: Response,
	n = quiz.attempts.length
) =>
	checkAnswer(quiz, {
		question,
		response,
		now: later(n + 1),
		attemptId: `attempt-${n + 1}`,
		...(question.type === 'fact-check' ? { verdict: 'DISTORTED' as const } : {})
	});

describe('startQuiz', () => {
	it('keeps the questions in the given order, on the first', () => {
		const quiz = start(everyType);
		expect(quiz).toMatchObject({
			id: 'session-1',
			setId: 'mixed-10',
			startedAt: '2025-03-01T10:00:00.000Z',
			questionIds: everyType.map((q) => q.id),
			position: 0,
			attempts: []
		});
		expect(currentQuestionId(quiz)).toBe(single.id);
	});

	it('makes a quiz storage accepts', () => {
		expect(ActiveQuiz.safeParse(start(everyType)).error).toBeUndefined();
	});

	it('shuffles the options of choice questions with the random source', () => {
		const quiz = start([single, multi], () => 0);
		expect(layoutOf(quiz, single.id)).toEqual(['b', 'c', 'a']);
		expect(layoutOf(quiz, multi.id)).toEqual(['b', 'c', 'd', 'a']);
	});

	it('gives each layout every id exactly once', () => {
		for (let seed = 1; seed < 50; seed++) {
			const quiz = start(everyType, seededRandom(seed));
			expect([...(layoutOf(quiz, single.id) ?? [])].sort()).toEqual(['a', 'b', 'c']);
			expect([...(layoutOf(quiz, multi.id) ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
			expect([...(layoutOf(quiz, ordering.id) ?? [])].sort()).toEqual(['a', 'b', 'c']);
			expect([...(layoutOf(quiz, matching.id) ?? [])].sort()).toEqual(['a', 'b', 'c']);
		}
	});

	it('never starts an ordering solved or a matching all lined up', () => {
		// a source near 1 leaves a Fisher-Yates shuffle as it was: the worst case
		const quiz = start([ordering, matching], () => 0.9999);
		expect(layoutOf(quiz, ordering.id)).not.toEqual(['a', 'b', 'c']);
		expect(layoutOf(quiz, matching.id)).not.toEqual(['a', 'b', 'c']);
		for (let seed = 1; seed < 200; seed++) {
			const shuffled = start([ordering, matching], seededRandom(seed));
			expect(layoutOf(shuffled, ordering.id)).not.toEqual(['a', 'b', 'c']);
			expect(layoutOf(shuffled, matching.id)).not.toEqual(['a', 'b', 'c']);
		}
	});

	it('still shuffles orderings into every unsolved start', () => {
		const seen = new Set<string>();
		for (let seed = 1; seed < 200; seed++)
			seen.add((layoutOf(start([ordering], seededRandom(seed)), ordering.id) ?? []).join(''));
		expect([...seen].sort()).toEqual(['acb', 'bac', 'bca', 'cab', 'cba']);
	});

	it('keeps a fixed order for true-false and fact-check', () => {
		const quiz = start([trueFalse, factCheck], () => 0);
		expect(layoutOf(quiz, trueFalse.id)).toEqual(['true', 'false']);
		expect(layoutOf(quiz, factCheck.id)).toEqual([
			'SUPPORTED',
			'DISTORTED',
			'NOT-IN-PAPER',
			'OPINION'
		]);
	});

	it('gives typed and cloze questions no layout', () => {
		const quiz = start([typed, cloze]);
		expect(quiz.layouts).toEqual([]);
		expect(layoutOf(quiz, typed.id)).toBeUndefined();
	});

	it('is the same for the same random source', () => {
		expect(start(everyType, seededRandom(9))).toEqual(start(everyType, seededRandom(9)));
	});

	it('stores the seed its order was drawn with, when given one', () => {
		const quiz = startQuiz({
			id: 's',
			setId: 'mixed-10',
			questions: [single],
			now: started,
			random: seededRandom(99),
			seed: 99
		});
		expect(quiz.seed).toBe(99);
		expect(ActiveQuiz.safeParse(quiz).error).toBeUndefined();
		expect('seed' in start([single])).toBe(false);
	});

	it('lays the opening question out in its fixed order when asked, the rest with the random source (issue 15)', () => {
		const opened = (seed: number) =>
			startQuiz({
				id: 's',
				setId: 'topic-shared-addition',
				questions: [multi, single],
				now: started,
				random: seededRandom(seed),
				fixedOpening: true
			});
		const firsts = new Set<string>();
		const seconds = new Set<string>();
		for (let seed = 1; seed < 50; seed++) {
			expect(layoutOf(opened(seed), multi.id)).toEqual(openingLayout(multi));
			firsts.add(String(layoutOf(opened(seed), multi.id)));
			seconds.add(String(layoutOf(opened(seed), single.id)));
		}
		expect(firsts.size).toBe(1);
		expect(seconds.size).toBeGreaterThan(1);
		// the opening order is a shuffle of the options too, not their bank order
		expect([...(openingLayout(multi) ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
		expect(openingLayout(ordering)).not.toEqual(['a', 'b', 'c']);
		expect(openingLayout(typed)).toBeUndefined();
	});

	it('refuses an empty quiz or a question asked twice', () => {
		expect(() => start([])).toThrow(/no questions/);
		expect(() => start([single, typed, single])).toThrow(/asks question addition-paths twice/);
	});
});

describe('checkAnswer', () => {
	it('grades the question on screen and appends the attempt', () => {
		const quiz = start([single, typed]);
		const {
			quiz: checked,
			attempt,
			grade
		} = checkAnswer(quiz, {
			question: single,
			response: { type: 'single', choice: 'a' },
			now: later(1),
			attemptId: 'attempt-1',
			confidence: 'sure'
		});
		expect(grade).toMatchObject({ type: 'single', correct: true });
		expect(attempt).toEqual({
			id: 'attempt-1',
			questionId: single.id,
			setId: 'mixed-10',
			sessionId: 'session-1',
			answeredAt: '2025-03-01T10:01:00.000Z',
			response: { type: 'single', choice: 'a' },
			correct: true,
			confidence: 'sure'
		});
		expect(checked.attempts).toEqual([attempt]);
		expect(checked.position).toBe(0);
		expect(currentAttempt(checked)).toEqual(attempt);
		expect(quiz.attempts).toEqual([]);
		expect(Attempt.safeParse(attempt).error).toBeUndefined();
		expect(ActiveQuiz.safeParse(checked).error).toBeUndefined();
	});

	it('records the claim a wrong answer repeats', () => {
		const { attempt } = answer(start([single]), single, { type: 'single', choice: 'b' });
		expect(attempt).toMatchObject({ correct: false, misconception: 'C07' });
		expect(attempt).not.toHaveProperty('confidence');
	});

	it('grades a fact-check by the verdict passed in', () => {
		const quiz = start([factCheck]);
		const right = checkAnswer(quiz, {
			question: factCheck,
			response: { type: 'fact-check', verdict: 'OPINION' },
			now: later(1),
			attemptId: 'x',
			verdict: 'OPINION'
		});
		expect(right.attempt.correct).toBe(true);
		expect(() =>
			checkAnswer(quiz, {
				question: factCheck,
				response: { type: 'fact-check', verdict: 'OPINION' },
				now: later(1),
				attemptId: 'x'
			})
		).toThrow(/needs the verdict/);
	});

	it('refuses to check the same question twice', () => {
		const { quiz } = answer(start([single, typed]), single, { type: 'single', choice: 'b' });
		expect(() => answer(quiz, single, { type: 'single', choice: 'a' })).toThrow(/already checked/);
	});

	it('refuses a question that is not on screen', () => {
		expect(() => answer(start([single, typed]), typed, { type: 'typed', text: 'x' })).toThrow(
			/is on question addition-paths, not addition-table/
		);
	});

	it('refuses a used attempt id', () => {
		const { quiz } = answer(start([single, typed]), single, { type: 'single', choice: 'a' });
		expect(() => answer(nextQuestion(quiz), typed, { type: 'typed', text: 'x' }, 0)).toThrow(
			/attempt id attempt-1 is already used/
		);
	});

	it('refuses to check once the quiz is over', () => {
		const quiz = nextQuestion(start([single]));
		expect(() => answer(quiz, single, { type: 'single', choice: 'a' })).toThrow(/is over/);
	});

	it('refuses a response of the wrong type', () => {
		expect(() => answer(start([single]), single, { type: 'typed', text: 'a' })).toThrow(
			/cannot answer/
		);
	});
});

describe('skipAnswer', () => {
	it('records "I don\'t know" as a skip that counts as a miss, for any question type', () => {
		for (const question of everyType) {
			const { quiz, attempt, grade } = skipAnswer(start([question]), {
				question,
				now: later(1),
				attemptId: 'skip-1'
			});
			expect(attempt).toMatchObject({ response: { type: 'skip' }, correct: false });
			expect(attempt.confidence).toBeUndefined();
			expect(grade).toEqual({ type: 'skip', correct: false });
			expect(scoreOf(quiz)).toEqual({ correct: 0, answered: 1, total: 1 });
			expect(Attempt.safeParse(attempt).error).toBeUndefined();
		}
	});

	it('refuses to skip a question already checked', () => {
		const { quiz } = answer(start([single]), single, { type: 'single', choice: 'a' });
		expect(() =>
			skipAnswer(quiz, { question: single, now: later(2), attemptId: 'skip-2' })
		).toThrow(/already checked/);
	});
});

describe('overrideAttempt', () => {
	it('marks a wrong typed answer right, as an override', () => {
		const { quiz, attempt } = answer(start([typed]), typed, { type: 'typed', text: 'digit table' });
		const fixed = overrideAttempt(quiz, attempt.id);
		expect(fixed.attempts).toEqual([{ ...attempt, correct: true, override: true }]);
		expect(scoreOf(fixed).correct).toBe(1);
		expect(quiz.attempts[0]?.correct).toBe(false);
	});

	it('marks a wrong cloze answer right', () => {
		const { quiz, attempt } = answer(start([cloze]), cloze, {
			type: 'cloze',
			texts: ['95', 'table']
		});
		expect(overrideAttempt(quiz, attempt.id).attempts[0]).toMatchObject({
			correct: true,
			override: true
		});
	});

	it('leaves a right answer as it is', () => {
		const { quiz, attempt } = answer(start([typed]), typed, {
			type: 'typed',
			text: 'lookup table'
		});
		expect(overrideAttempt(quiz, attempt.id)).toBe(quiz);
	});

	it('is taken back by undoOverride: wrong again, as graded, with no override left', () => {
		const { quiz, attempt } = answer(start([typed]), typed, { type: 'typed', text: 'digit table' });
		const fixed = overrideAttempt(quiz, attempt.id);
		const undone = undoOverride(fixed, attempt.id);
		expect(undone.attempts).toEqual([attempt]);
		expect(undone.attempts[0]).not.toHaveProperty('override');
		expect(scoreOf(undone).correct).toBe(0);
		// nothing to take back: the same quiz
		expect(undoOverride(quiz, attempt.id)).toBe(quiz);
		expect(() => undoOverride(quiz, 'no-such-attempt')).toThrow(/has no attempt/);
	});

	it('refuses other question types and unknown attempts', () => {
		const { quiz, attempt } = answer(start([single]), single, { type: 'single', choice: 'b' });
		expect(() => overrideAttempt(quiz, attempt.id)).toThrow(/single answer cannot be overridden/);
		expect(() => overrideAttempt(quiz, 'nope')).toThrow(/has no attempt nope/);
	});
});

describe('moving through a quiz', () => {
	it('walks every question, then finishes', () => {
		let quiz = start([single, typed, trueFalse]);
		expect(isFinished(quiz)).toBe(false);
		quiz = answer(quiz, single, { type: 'single', choice: 'a' }).quiz;
		quiz = nextQuestion(quiz);
		expect(currentQuestionId(quiz)).toBe(typed.id);
		expect(currentAttempt(quiz)).toBeUndefined();
		quiz = answer(quiz, typed, { type: 'typed', text: 'nope' }).quiz;
		quiz = nextQuestion(quiz);
		quiz = answer(quiz, trueFalse, { type: 'true-false', value: false }).quiz;
		expect(isFinished(quiz)).toBe(false);
		expect(scoreOf(quiz)).toEqual({ correct: 2, answered: 3, total: 3 });
		quiz = nextQuestion(quiz);
		expect(isFinished(quiz)).toBe(true);
		expect(currentQuestionId(quiz)).toBeUndefined();
		expect(currentAttempt(quiz)).toBeUndefined();
		expect(nextQuestion(quiz)).toBe(quiz);
		expect(ActiveQuiz.safeParse(quiz).error).toBeUndefined();
	});

	it('lets a learner skip a question', () => {
		let quiz = nextQuestion(start([single, typed]));
		quiz = answer(quiz, typed, { type: 'typed', text: 'lookup table' }).quiz;
		expect(scoreOf(quiz)).toEqual({ correct: 1, answered: 1, total: 2 });
	});

	it('counts every kind of question', () => {
		const responses: Record<Question['type'], Response> = {
			single: { type: 'single', choice: 'a' },
			multi: { type: 'multi', choices: ['a', 'b'] },
			'true-false': { type: 'true-false', value: false },
			typed: { type: 'typed', text: 'lookup table' },
			cloze: { type: 'cloze', texts: ['95', 'lookup table'] },
			ordering: { type: 'ordering', order: ['a', 'b', 'c'] },
			matching: {
				type: 'matching',
				matches: [
					{ left: 'a', right: 'a' },
					{ left: 'b', right: 'b' },
					{ left: 'c', right: 'c' }
				]
			},
			'fact-check': { type: 'fact-check', verdict: 'DISTORTED' }
		};
		let quiz = start(everyType);
		for (const question of everyType) {
			const checked = answer(quiz, question, responses[question.type]);
			expect(checked.grade.correct, question.type).toBe(true);
			quiz = nextQuestion(checked.quiz);
		}
		expect(scoreOf(quiz)).toEqual({ correct: 8, answered: 8, total: 8 });
	});
});

describe('finishQuiz', () => {
	it('records the score out of every question', () => {
		let quiz = start([single, typed, trueFalse]);
		quiz = nextQuestion(answer(quiz, single, { type: 'single', choice: 'a' }).quiz);
		quiz = answer(quiz, typed, { type: 'typed', text: 'wrong' }).quiz;
		const finished = finishQuiz(quiz, later(10));
		expect(finished).toEqual({
			id: 'session-1',
			setId: 'mixed-10',
			startedAt: '2025-03-01T10:00:00.000Z',
			finishedAt: '2025-03-01T10:10:00.000Z',
			questionIds: [single.id, typed.id, trueFalse.id],
			correct: 1,
			total: 3
		});
		expect(FinishedQuiz.safeParse(finished).error).toBeUndefined();
	});
});

describe('finishNow', () => {
	it('records only the questions answered, so four answered read as four', () => {
		let quiz = start([single, typed, trueFalse, multi, cloze]);
		quiz = nextQuestion(answer(quiz, single, { type: 'single', choice: 'a' }).quiz);
		quiz = nextQuestion(
			skipAnswer(quiz, { question: typed, now: later(2), attemptId: 'skip' }).quiz
		);
		quiz = answer(quiz, trueFalse, { type: 'true-false', value: false }).quiz;
		expect(finishNow(quiz, later(5))).toEqual({
			id: 'session-1',
			setId: 'mixed-10',
			startedAt: '2025-03-01T10:00:00.000Z',
			finishedAt: '2025-03-01T10:05:00.000Z',
			questionIds: [single.id, typed.id, trueFalse.id],
			correct: 2,
			total: 3,
			// of five: ended early, which its scores will say
			planned: 5
		});
		expect(StoredFinishedQuiz.safeParse(finishNow(quiz, later(5))).success).toBe(true);
	});

	it('marks no early end where every question was answered', () => {
		let quiz = start([single, typed]);
		quiz = nextQuestion(answer(quiz, single, { type: 'single', choice: 'a' }).quiz);
		quiz = answer(quiz, typed, { type: 'typed', text: 'lookup table' }).quiz;
		expect(finishNow(quiz, later(5))).not.toHaveProperty('planned');
	});

	it('keeps nothing when nothing was answered', () => {
		expect(finishNow(start([single, typed]), later(1))).toBeUndefined();
	});
});
