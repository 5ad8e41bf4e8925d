// A quiz being taken, as data: each step takes the stored ActiveQuiz and returns a new one, so the
// reactive wrapper only swaps values and storage can save any state and resume from it exactly.
import type { Question, Verdict } from '../content/schema';
import type {
	ActiveQuiz,
	Attempt,
	Confidence,
	FinishedQuiz,
	QuestionLayout,
	Response
} from '../model/schema';
import { verdictOrder } from './describe';
import { gradeResponse, type Grade } from './grade';
import { seededRandom, seedOf } from './random';
import { shuffle } from './shuffle';
import { isFinished } from './under-way';

export interface StartQuizOptions {
	/** the session id; attempts refer to it as `sessionId` */
	id: string;
	setId: string;
	/** in the order they will be asked; each question at most once */
	questions: readonly Question[];
	now: Date;
	/** values in [0, 1); the app passes its random source in, tests a seeded one */
	random: () => number;
	/** the seed `random` was made from (`seededRandom(seed)`), stored so the order can be drawn again */
	seed?: number;
	/**
	 * lay the first question out in its fixed order ({@link openingLayout}) rather than with
	 * `random`: a new attempt at a set opens on a fixed question, and the quiz page's HTML shows it,
	 * options in that order, before any script runs (issue 15)
	 */
	fixedOpening?: boolean;
}

/** the two answers of a true-false question, as layout ids */
export const trueFalseOrder: readonly string[] = ['true', 'false'];

/**
 * Starts a quiz on the given questions, in the given order. Each question that shows choices gets
 * a layout: options (single, multi), items (ordering) and right-hand sides (matching) are
 * shuffled; an ordering never starts solved, and a matching never starts with every pair lined
 * up. True-false (`true`, `false`) and fact-check (the verdicts) keep a fixed order, so the same
 * key always means the same answer. Typed and cloze questions get no layout.
 *
 * @example
 * const quiz = startQuiz({ id: 's1', setId: 'topic-shared-addition', questions, now, random });
 * quiz.position // 0
 * layoutOf(quiz, questions[0].id) // e.g. ['c', 'a', 'b']
 */
export function startQuiz({
	id,
	setId,
	questions,
	now,
	random,
	seed,
	fixedOpening = false
}: StartQuizOptions): ActiveQuiz {
	if (questions.length === 0) throw new Error(`quiz ${id} has no questions`);
	const ids = questions.map((q) => q.id);
	const repeated = ids.find((questionId, i) => ids.indexOf(questionId) !== i);
	// layouts and attempts are found by question id, so a question may appear once
	if (repeated) throw new Error(`quiz ${id} asks question ${repeated} twice`);
	return {
		id,
		setId,
		startedAt: now.toISOString(),
		questionIds: ids,
		layouts: questions.flatMap((q, i) => {
			const order = i === 0 && fixedOpening ? openingLayout(q) : layoutFor(q, random);
			return order ? [{ questionId: q.id, order } satisfies QuestionLayout] : [];
		}),
		position: 0,
		attempts: [],
		...(seed === undefined ? {} : { seed })
	};
}

/** the order a new session shows a question's options, items or matches in; undefined for typed and cloze */
export function layoutFor(question: Question, random: () => number): string[] | undefined {
	switch (question.type) {
		case 'single':
		case 'multi':
			return shuffle(
				question.options.map((o) => o.id),
				random
			);
		case 'ordering':
			return unsolved(
				question.items.map((item) => item.id),
				random
			);
		case 'matching':
			return unsolved(
				question.pairs.map((pair) => pair.id),
				random
			);
		case 'true-false':
			return [...trueFalseOrder];
		case 'fact-check':
			return [...verdictOrder];
		case 'typed':
		case 'cloze':
			return undefined;
	}
}

/**
 * The order a set's opening question shows its options, items or matches in: shuffled as
 * {@link layoutFor} does, from a seed drawn from the question's id, so it is the same in every
 * attempt and known at build time. Undefined for typed and cloze.
 *
 * @example
 * openingLayout(question) // e.g. ['b', 'd', 'a', 'c'], every time
 */
export function openingLayout(question: Question): string[] | undefined {
	return layoutFor(question, seededRandom(seedOf(question.id)));
}

/** a shuffle that, from three items up, never gives back the answer itself */
function unsolved(ids: readonly string[], random: () => number): string[] {
	const order = shuffle(ids, random);
	const solved = order.every((id, i) => id === ids[i]);
	// rotating by one is never the identity, and needs no more random numbers than any other start
	return solved && ids.length >= 3 ? [...order.slice(1), ...order.slice(0, 1)] : order;
}

/**
 * The order in which to show a question's options, items, right-hand sides or true-false and
 * verdict buttons; undefined for typed and cloze questions and for questions not in the quiz.
 *
 * @example
 * layoutOf(quiz, 'addition-paths') // ['c', 'a', 'b']
 */
export function layoutOf(quiz: ActiveQuiz, questionId: string): string[] | undefined {
	return quiz.layouts.find((layout) => layout.questionId === questionId)?.order;
}

/**
 * The id of the question on screen, or undefined once the quiz is past its last question.
 *
 * @example
 * currentQuestionId(startQuiz({ id: 's1', setId: 'mixed-10', questions: [q], now, random })) // q.id
 */
export function currentQuestionId(quiz: ActiveQuiz): string | undefined {
	return quiz.questionIds[quiz.position];
}

/**
 * The attempt at the question on screen, once it has been checked.
 *
 * @example
 * currentAttempt(quiz) // undefined before checking, the Attempt after
 */
export function currentAttempt(quiz: ActiveQuiz): Attempt | undefined {
	const questionId = currentQuestionId(quiz);
	return questionId === undefined
		? undefined
		: quiz.attempts.find((attempt) => attempt.questionId === questionId);
}

export interface CheckAnswerOptions {
	/** the question on screen */
	question: Question;
	response: Response;
	now: Date;
	/** a new unique id for the attempt */
	attemptId: string;
	/** how sure the learner said they were, when the app asks */
	confidence?: Confidence;
	/** for a fact-check: the verdict of its claim */
	verdict?: Verdict;
}

export interface CheckedAnswer {
	quiz: ActiveQuiz;
	attempt: Attempt;
	grade: Grade;
}

/**
 * Grades the answer to the question on screen and records it as an attempt. Throws when the
 * quiz is over, when `question` is not the one on screen, when it was already checked (an
 * answer is checked once: a second try would hide the first), or when the attempt id is taken.
 *
 * @example
 * const { quiz: next, attempt, grade } = checkAnswer(quiz, {
 * 	question,
 * 	response: { type: 'single', choice: 'a' },
 * 	now,
 * 	attemptId: crypto.randomUUID()
 * });
 * grade.correct // true
 * next.attempts.at(-1) === attempt // true
 */
export function checkAnswer(quiz: ActiveQuiz, options: CheckAnswerOptions): CheckedAnswer {
	const { question, response, now, attemptId, confidence, verdict } = options;
	const questionId = currentQuestionId(quiz);
	if (questionId === undefined) throw new Error(`quiz ${quiz.id} is over`);
	if (question.id !== questionId) {
		throw new Error(`quiz ${quiz.id} is on question ${questionId}, not ${question.id}`);
	}
	if (currentAttempt(quiz)) {
		throw new Error(`question ${questionId} of quiz ${quiz.id} was already checked`);
	}
	if (quiz.attempts.some((attempt) => attempt.id === attemptId)) {
		throw new Error(`attempt id ${attemptId} is already used in quiz ${quiz.id}`);
	}
	const grade = gradeResponse(question, response, verdict ? { verdict } : {});
	const attempt: Attempt = {
		id: attemptId,
		questionId,
		setId: quiz.setId,
		sessionId: quiz.id,
		answeredAt: now.toISOString(),
		response,
		correct: grade.correct,
		...(confidence ? { confidence } : {}),
		...(grade.misconception ? { misconception: grade.misconception } : {})
	};
	return { quiz: { ...quiz, attempts: [...quiz.attempts, attempt] }, attempt, grade };
}

/**
 * "I don't know" for the question on screen: records it as a skip, which counts as a miss, so
 * the feedback can show the right answer. Throws as {@link checkAnswer} does.
 *
 * @example
 * const { quiz: next, attempt } = skipAnswer(quiz, { question, now, attemptId: crypto.randomUUID() });
 * attempt.response // { type: 'skip' }
 * attempt.correct // false
 */
export function skipAnswer(
	quiz: ActiveQuiz,
	options: Pick<CheckAnswerOptions, 'question' | 'now' | 'attemptId' | 'verdict'>
): CheckedAnswer {
	return checkAnswer(quiz, { ...options, response: { type: 'skip' } });
}

/**
 * Marks a wrong typed or cloze attempt right, because the learner says the grader missed a
 * correct answer. Only those types: for the others the grading is exact, and nothing was
 * misread. An attempt that is already right is returned unchanged; an unknown id or another type
 * throws.
 *
 * @example
 * const fixed = overrideAttempt(quiz, attempt.id);
 * fixed.attempts.at(-1) // { ...attempt, correct: true, override: true }
 */
export function overrideAttempt(quiz: ActiveQuiz, attemptId: string): ActiveQuiz {
	const attempt = quiz.attempts.find((a) => a.id === attemptId);
	if (!attempt) throw new Error(`quiz ${quiz.id} has no attempt ${attemptId}`);
	if (attempt.response.type !== 'typed' && attempt.response.type !== 'cloze') {
		throw new Error(`a ${attempt.response.type} answer cannot be overridden`);
	}
	if (attempt.correct) return quiz;
	return {
		...quiz,
		attempts: quiz.attempts.map((a) =>
			a.id === attemptId ? { ...a, correct: true, override: true } : a
		)
	};
}

/**
 * Takes back "I was right": the attempt counts as wrong again, as it was graded, with no override.
 * An attempt without an override is left as it is.
 *
 * @example
 * undoOverride(overrideAttempt(quiz, attempt.id), attempt.id).attempts.at(-1) // attempt, as graded
 */
export function undoOverride(quiz: ActiveQuiz, attemptId: string): ActiveQuiz {
	const attempt = quiz.attempts.find((a) => a.id === attemptId);
	if (!attempt) throw new Error(`quiz ${quiz.id} has no attempt ${attemptId}`);
	if (!attempt.override) return quiz;
	return {
		...quiz,
		attempts: quiz.attempts.map((a) => (a.id === attemptId ? withoutOverride(a) : a))
	};
}

/** the attempt as it was graded, before "I was right" (which is given only to a wrong answer) */
export function withoutOverride(attempt: Attempt): Attempt {
	const graded: Attempt = { ...attempt, correct: false };
	delete graded.override;
	return graded;
}

/**
 * Moves to the next question, whether or not the one on screen was checked (a learner may skip);
 * past the last question the quiz is finished, and stays so.
 *
 * @example
 * nextQuestion(quiz).position // quiz.position + 1
 */
export function nextQuestion(quiz: ActiveQuiz): ActiveQuiz {
	if (isFinished(quiz)) return quiz;
	return { ...quiz, position: quiz.position + 1 };
}

export interface Score {
	/** attempts marked right, overrides included */
	correct: number;
	/** questions checked so far */
	answered: number;
	/** questions in the quiz */
	total: number;
}

/**
 * The running score of a quiz.
 *
 * @example
 * scoreOf(quiz) // { correct: 3, answered: 4, total: 10 }
 */
export function scoreOf(quiz: ActiveQuiz): Score {
	const inQuiz = new Set(quiz.questionIds);
	// one attempt a question is the rule; a stored quiz that breaks it counts each question once
	const latest = new Map<string, Attempt>();
	for (const attempt of quiz.attempts) {
		if (inQuiz.has(attempt.questionId)) latest.set(attempt.questionId, attempt);
	}
	const attempts = [...latest.values()];
	return {
		correct: attempts.filter((a) => a.correct).length,
		answered: attempts.length,
		total: quiz.questionIds.length
	};
}

/**
 * "Finish now": the record of a quiz ended before its last question, counting only what was
 * answered, so 3 right of 4 answered reads "3 of 4", not "3 of 10". Undefined when nothing was
 * answered yet: there is nothing to keep.
 *
 * @example
 * finishNow(quizAfterFourAnswers, now) // { …, questionIds: [the four], correct: 3, total: 4 }
 */
export function finishNow(quiz: ActiveQuiz, now: Date): FinishedQuiz | undefined {
	const answered = new Set(quiz.attempts.map((a) => a.questionId));
	const questionIds = quiz.questionIds.filter((id) => answered.has(id));
	if (questionIds.length === 0) return undefined;
	const finished = finishQuiz({ ...quiz, questionIds }, now);
	// ended early: said so wherever its score is shown, and never a best score
	return questionIds.length < quiz.questionIds.length
		? { ...finished, planned: quiz.questionIds.length }
		: finished;
}

/**
 * The record of a quiz that is over, for the scores list. A question never checked counts as
 * not right, so finishing early scores out of the whole quiz. The attempts themselves are not in
 * it: the app keeps them in its attempt log.
 *
 * @example
 * finishQuiz(quiz, now) // { id, setId, startedAt, finishedAt, questionIds, correct: 7, total: 10 }
 */
export function finishQuiz(quiz: ActiveQuiz, now: Date): FinishedQuiz {
	const { correct, total } = scoreOf(quiz);
	return {
		id: quiz.id,
		setId: quiz.setId,
		startedAt: quiz.startedAt,
		finishedAt: now.toISOString(),
		questionIds: [...quiz.questionIds],
		correct,
		total
	};
}
