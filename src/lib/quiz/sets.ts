// The quiz sets a learner can pick, named by stable ids that stored quizzes and scores refer to.
import type { Depth, Question, SectionId, TopicId } from '../content/schema';
import type { Attempt, QuizLength } from '../model/schema';
import { parseDepth } from './depth';
import { arrange, sampleMixed } from './order';
import { repairQuestionIds, type ClaimLink } from './repair';

// The content schema holds these lists as values of a zod module, and importing them would pull
// zod into the client bundle. Records keyed by the types make the compiler check the copies are
// complete, and sets.spec.ts checks they match.
const topics: Record<TopicId, true> = {
	'attribution-graphs': true,
	'rhyme-planning': true,
	'multilingual-circuits': true,
	'shared-addition': true,
	'multi-step-reasoning': true,
	'medical-diagnosis': true,
	'entities-and-hallucination': true,
	refusals: true,
	jailbreak: true,
	'chain-of-thought-faithfulness': true,
	'hidden-goals': true,
	limitations: true,
	'podcast-vs-paper': true
};

const sections: Record<SectionId, true> = {
	introduction: true,
	'key-concepts-1': true,
	'key-concepts-2': true,
	closing: true
};

const mixedSizes = { 'mixed-10': 10, 'mixed-20': 20, 'mixed-all': 'all' } as const;

/** how many questions a quiz asks: the learner's choice, kept in Settings.quizLength */
export type { QuizLength };

/**
 * what a set id stands for. Topic, section and mixed sets may keep to one depth: their questions
 * of that depth only (without one, every depth, as before depths existed)
 */
export type QuizSet =
	| { kind: 'topic'; topic: TopicId; depth?: Depth }
	| { kind: 'section'; section: SectionId; depth?: Depth }
	| { kind: 'fact-check' }
	/** `size` questions drawn at random, or all of them shuffled */
	| { kind: 'mixed'; size: 10 | 20 | 'all'; depth?: Depth }
	/** every question whose last answer was wrong */
	| { kind: 'mistakes' }
	/** the episode's distortions fallen for and not answered right since (quiz/repair.ts) */
	| { kind: 'repair' };

/** the question fields sets are built from */
export type SetQuestion = Pick<
	Question,
	'id' | 'topic' | 'type' | 'sources' | 'depth' | 'answerableFrom' | 'difficulty'
>;

const depthSuffix = /-depth-([123])$/;

/**
 * Reads a set id; undefined for an id that names no set (an unknown topic or section included).
 * A topic, section or mixed set at one depth ends in `-depth-N`.
 *
 * @example
 * parseSetId('topic-rhyme-planning') // { kind: 'topic', topic: 'rhyme-planning' }
 * parseSetId('section-closing-depth-2') // { kind: 'section', section: 'closing', depth: 2 }
 * parseSetId('mixed-20') // { kind: 'mixed', size: 20 }
 * parseSetId('topic-astrology') // undefined
 */
export function parseSetId(setId: string): QuizSet | undefined {
	const suffix = depthSuffix.exec(setId);
	if (suffix) {
		const set = parseSetId(setId.slice(0, suffix.index));
		const depth = parseDepth(suffix[1]);
		// only topic, section and mixed sets have depths, and only one
		if (!set || !depth || 'depth' in set) return undefined;
		if (set.kind !== 'topic' && set.kind !== 'section' && set.kind !== 'mixed') return undefined;
		return { ...set, depth };
	}
	if (setId === 'fact-check') return { kind: 'fact-check' };
	if (setId === 'mistakes') return { kind: 'mistakes' };
	if (setId === 'repair') return { kind: 'repair' };
	if (Object.hasOwn(mixedSizes, setId)) {
		return { kind: 'mixed', size: mixedSizes[setId as keyof typeof mixedSizes] };
	}
	const topic = setId.startsWith('topic-') ? setId.slice('topic-'.length) : undefined;
	if (topic !== undefined && Object.hasOwn(topics, topic)) {
		return { kind: 'topic', topic: topic as TopicId };
	}
	const section = setId.startsWith('section-') ? setId.slice('section-'.length) : undefined;
	if (section !== undefined && Object.hasOwn(sections, section)) {
		return { kind: 'section', section: section as SectionId };
	}
	return undefined;
}

/**
 * Writes the id of a set; `parseSetId(setIdOf(set))` gives the set back.
 *
 * @example
 * setIdOf({ kind: 'section', section: 'closing' }) // 'section-closing'
 * setIdOf({ kind: 'topic', topic: 'jailbreak', depth: 3 }) // 'topic-jailbreak-depth-3'
 */
export function setIdOf(set: QuizSet): string {
	const atDepth = (id: string, depth: Depth | undefined) =>
		depth === undefined ? id : `${id}-depth-${depth}`;
	switch (set.kind) {
		case 'topic':
			return atDepth(`topic-${set.topic}`, set.depth);
		case 'section':
			return atDepth(`section-${set.section}`, set.depth);
		case 'mixed':
			return atDepth(`mixed-${set.size}`, set.depth);
		case 'fact-check':
		case 'mistakes':
		case 'repair':
			return set.kind;
	}
}

/**
 * The id of the set without its depth: the page the set is taken on (`/quiz/<base>?depth=N`).
 *
 * @example
 * baseSetId('topic-jailbreak-depth-3') // 'topic-jailbreak'
 * baseSetId('fact-check') // 'fact-check'
 */
export function baseSetId(setId: string): string {
	return setId.replace(depthSuffix, '');
}

/**
 * The depth a set id keeps to, if any.
 *
 * @example
 * depthOfSetId('topic-jailbreak-depth-3') // 3
 * depthOfSetId('topic-jailbreak') // undefined
 */
export function depthOfSetId(setId: string): Depth | undefined {
	const set = parseSetId(setId);
	return set && 'depth' in set ? set.depth : undefined;
}

/**
 * The id of a set at one depth; a set that has no depths (fact-check, mistakes) is left as it is.
 *
 * @example
 * withDepth('section-closing', 2) // 'section-closing-depth-2'
 * withDepth('fact-check', 2) // 'fact-check'
 */
export function withDepth(setId: string, depth: Depth | undefined): string {
	const set = parseSetId(baseSetId(setId));
	if (!set || set.kind === 'fact-check' || set.kind === 'mistakes' || set.kind === 'repair')
		return setId;
	return setIdOf(depth === undefined ? set : { ...set, depth });
}

/**
 * Every set a bank offers, in menu order: topics and sections that have questions (in bank and
 * episode order), the fact-check set if there are fact-checks, the mixed sets, then mistakes
 * (which may be empty; see {@link questionIdsForSet}). The depths of a set are not listed: see
 * `depthSizes`.
 *
 * @example
 * availableSetIds(questions) // ['topic-attribution-graphs', …, 'section-introduction', …, 'fact-check', 'mixed-10', 'mixed-20', 'mixed-all', 'mistakes']
 */
export function availableSetIds(questions: readonly SetQuestion[]): string[] {
	const topicsInBank = new Set(questions.map((q) => q.topic));
	const sectionsInBank = new Set(questions.map((q) => q.sources.transcript?.section));
	return [
		...[...topicsInBank].map((topic) => setIdOf({ kind: 'topic', topic })),
		...(Object.keys(sections) as SectionId[])
			.filter((section) => sectionsInBank.has(section))
			.map((section) => setIdOf({ kind: 'section', section })),
		...(questions.some((q) => q.type === 'fact-check') ? ['fact-check'] : []),
		...Object.keys(mixedSizes),
		'mistakes'
	];
}

export interface SetSource {
	/** the question bank, in bank order */
	questions: readonly SetQuestion[];
	/** every stored attempt, for the mistakes set */
	attempts: readonly Attempt[];
	/** the episode claims the questions test, for the repair set */
	claims?: readonly ClaimLink[];
}

/**
 * The questions a set holds, in bank order: a topic's, those quoting an episode section, the
 * fact-checks, the whole bank for a mixed set, each kept to the set's depth; for "My mistakes",
 * the questions whose last attempt was wrong (an override counts as right); for the repair set,
 * for each claim still fallen for, its fact-check and the question last fallen for it on, in
 * that order ({@link repairQuestionIds}). Throws for an unknown set id (check it with
 * {@link parseSetId} first).
 *
 * @example
 * setMembers('topic-shared-addition-depth-1', { questions, attempts }) // ['addition-paths', …]
 */
export function setMembers(
	setId: string,
	{ questions, attempts, claims = [] }: SetSource
): SetQuestion[] {
	const set = parseSetId(setId);
	if (!set) throw new Error(`there is no quiz set ${setId}`);
	const atDepth = (q: SetQuestion) => !('depth' in set) || set.depth === q.depth;
	switch (set.kind) {
		case 'topic':
			return questions.filter((q) => q.topic === set.topic && atDepth(q));
		case 'section':
			return questions.filter((q) => q.sources.transcript?.section === set.section && atDepth(q));
		case 'fact-check':
			return questions.filter((q) => q.type === 'fact-check');
		case 'mixed':
			return questions.filter(atDepth);
		case 'mistakes': {
			const last = lastAttempts(attempts);
			return questions.filter((q) => last.get(q.id)?.correct === false);
		}
		case 'repair': {
			const byId = new Map(questions.map((q) => [q.id, q]));
			const inBank = (id: string) => byId.has(id);
			return repairQuestionIds(
				attempts,
				claims.map((claim) => ({
					...claim,
					questionIds: claim.questionIds.filter(inBank),
					factCheckIds: claim.factCheckIds.filter(inBank)
				}))
			).flatMap((id) => {
				const q = byId.get(id);
				return q ? [q] : [];
			});
		}
	}
}

const difficultyRank: Record<SetQuestion['difficulty'], number> = {
	recall: 0,
	mechanism: 1,
	transfer: 2
};

/** the types whose first screen is a prompt and a list of choices */
const choiceTypes: ReadonlySet<SetQuestion['type']> = new Set([
	'single',
	'multi',
	'true-false',
	'fact-check'
]);

/**
 * The first question of every new attempt at a set: fixed, so it can be known at build time and
 * be in the quiz page's HTML before any script runs. Among the set's questions (at its depth),
 * one a listener can answer from the episode before one that needs the paper, then the easiest,
 * then one with choices (single, multi, true-false, fact-check), which the page shows whole, then
 * the first in bank order. Undefined for "My mistakes", which depends on the learner, and
 * for a set without questions.
 *
 * @example
 * openingQuestionId(withDepth('section-introduction', 1), questions) // 'intro-…'
 */
export function openingQuestionId(
	setId: string,
	questions: readonly SetQuestion[]
): string | undefined {
	const set = parseSetId(setId);
	if (!set || set.kind === 'mistakes' || set.kind === 'repair') return undefined;
	// among equals, a question with choices: the page's HTML can show it whole (issue 15)
	const rank = (q: SetQuestion) =>
		(q.answerableFrom === 'episode' ? 0 : 10) +
		2 * difficultyRank[q.difficulty] +
		(choiceTypes.has(q.type) ? 0 : 1);
	let best: SetQuestion | undefined;
	for (const q of setMembers(setId, { questions, attempts: [] })) {
		if (!best || rank(q) < rank(best)) best = q;
	}
	return best?.id;
}

/**
 * At depth 1, "What the episode said", the share of a drawn quiz that may need the paper (the
 * fact-checks and questions only its text settles): the rest is what a listener can answer from
 * the episode. Drawn from the whole depth, 6 of a first quiz's 10 needed the paper (95 of the
 * depth's 155 questions do), and a listener just back from the episode scored low on what they
 * never heard
 */
export const paperShareAtDepthOne = 0.3;

const needsPaper = (q: Pick<SetQuestion, 'answerableFrom'>) => q.answerableFrom !== 'episode';

/**
 * {@link sampleMixed}, except that a set kept to depth 1 gives at most {@link paperShareAtDepthOne}
 * of the quiz (`chosen` and the draw) to questions that need the paper, while it has enough that
 * the episode answers; the draw's order is its own, for {@link arrange} to put in quiz order.
 *
 * @example
 * drawForSet({ kind: 'mixed', size: 10, depth: 1 }, depthOnePool, 9, random, [opener]) // 9, at most 3 of them "Needs the paper" with the opener
 */
export function drawForSet(
	set: QuizSet,
	pool: readonly SetQuestion[],
	size: number,
	random: () => number,
	chosen: readonly SetQuestion[] = []
): SetQuestion[] {
	if (!('depth' in set) || set.depth !== 1 || pool.length <= size) {
		return sampleMixed(pool, size, random, chosen);
	}
	const fromEpisode = pool.filter((q) => !needsPaper(q));
	const fromPaper = pool.filter(needsPaper);
	const paperPlaces = Math.max(
		0,
		Math.floor((size + chosen.length) * paperShareAtDepthOne) - chosen.filter(needsPaper).length
	);
	const episodePlaces = Math.min(
		fromEpisode.length,
		size - Math.min(paperPlaces, fromPaper.length)
	);
	const episode = sampleMixed(fromEpisode, episodePlaces, random, chosen);
	const paper = sampleMixed(fromPaper, size - episode.length, random, [...chosen, ...episode]);
	return [...episode, ...paper];
}

export interface QuizOrderSource extends SetSource {
	/** values in [0, 1): the quiz's seeded source (`seededRandom(seed)`), so the order can be drawn again */
	random: () => number;
	/**
	 * how many questions to ask; a mixed set's size is its own
	 * @default 'all'
	 */
	length?: QuizLength;
	/**
	 * a retake (the set was finished before): its first question is drawn like the rest, rather than
	 * the set's opening question, so that no answer is learnt by its place
	 */
	retake?: boolean;
}

/**
 * The questions of a new attempt at a set, in the order to ask them: the set's opening question
 * ({@link openingQuestionId}) unless this is a `retake`, then a sample of the rest up to `length`,
 * mixed in type ({@link sampleMixed}) and arranged so that no two of one type follow each other
 * where the set allows it ({@link arrange}). The order is new with each random source. "My
 * mistakes" starts with the answers the learner was sure of and got wrong. Throws for an unknown
 * set id.
 *
 * @example
 * questionIdsForSet('section-closing-depth-1', { questions, attempts, random: seededRandom(seed), length: 10 })
 * // ['closing-…' (the opening question), …9 more]
 */
export function questionIdsForSet(
	setId: string,
	{ questions, attempts, random, length = 'all', claims = [], retake = false }: QuizOrderSource
): string[] {
	const set = parseSetId(setId);
	if (!set) throw new Error(`there is no quiz set ${setId}`);
	const pool = setMembers(setId, { questions, attempts, claims });
	const size = set.kind === 'mixed' ? set.size : length;
	const wanted = size === 'all' ? pool.length : Math.min(size, pool.length);
	if (wanted === 0) return [];
	// a repair quiz keeps its order: each claim judged again, then the question fallen for on it
	if (set.kind === 'repair') return pool.slice(0, wanted).map((q) => q.id);
	if (set.kind === 'mistakes') {
		const last = lastAttempts(attempts);
		const sure = pool.filter((q) => last.get(q.id)?.confidence === 'sure');
		const first = sure.slice(0, wanted);
		const rest = sampleMixed(
			pool.filter((q) => !first.includes(q)),
			wanted - first.length,
			random,
			first
		);
		return [...first, ...arrange(rest, random, first.at(-1)?.type)].map((q) => q.id);
	}
	if (retake) return arrange(drawForSet(set, pool, wanted, random), random).map((q) => q.id);
	const openingId = openingQuestionId(setId, questions);
	const opening = pool.find((q) => q.id === openingId) as SetQuestion;
	const rest = drawForSet(
		set,
		pool.filter((q) => q !== opening),
		wanted - 1,
		random,
		[opening]
	);
	return [opening, ...arrange(rest, random, opening.type)].map((q) => q.id);
}

/**
 * The latest attempt at each question: by `answeredAt`, and for equal times the later in the list
 * (the log is appended in order).
 *
 * @example
 * lastAttempts(attempts).get('addition-paths')?.correct // true
 */
export function lastAttempts(attempts: readonly Attempt[]): Map<string, Attempt> {
	const last = new Map<string, Attempt>();
	for (const attempt of attempts) {
		const previous = last.get(attempt.questionId);
		if (!previous || Date.parse(attempt.answeredAt) >= Date.parse(previous.answeredAt)) {
			last.set(attempt.questionId, attempt);
		}
	}
	return last;
}

export interface RetryOptions {
	/** only the attempts of this session (the quiz id), e.g. when passing the whole attempt log */
	sessionId?: string;
	/**
	 * the session's questions, in order: then questions never answered are missed too, and the
	 * result keeps this order
	 */
	questionIds?: readonly string[];
}

/**
 * The questions missed in a session, to try again: those whose last attempt there was wrong (an
 * override counts as right), in the order first answered, or in `questionIds` order with the
 * unanswered ones included; those answered wrong while sure come first
 * ({@link confidentMissesFirst}).
 *
 * @example
 * retryQuestionIds(activeQuiz.attempts) // ['addition-table']
 * retryQuestionIds(allAttempts, { sessionId: finished.id, questionIds: finished.questionIds })
 */
export function retryQuestionIds(
	attempts: readonly Attempt[],
	{ sessionId, questionIds }: RetryOptions = {}
): string[] {
	const inSession =
		sessionId === undefined ? attempts : attempts.filter((a) => a.sessionId === sessionId);
	const last = lastAttempts(inSession);
	const missed = questionIds
		? questionIds.filter((id) => last.get(id)?.correct !== true)
		: [...last.values()].filter((a) => !a.correct).map((a) => a.questionId);
	return confidentMissesFirst(missed.map((id) => ({ id, attempt: last.get(id) }))).map((m) => m.id);
}

/**
 * Missed questions with the ones answered wrong while sure first, the order otherwise kept: a
 * confident error is the misconception most worth undoing, so the next retry starts with it.
 *
 * @example
 * confidentMissesFirst([{ id: 'a', attempt: guessed }, { id: 'b', attempt: sureButWrong }])
 * // [{ id: 'b', … }, { id: 'a', … }]
 */
export function confidentMissesFirst<T extends { attempt?: Attempt | undefined }>(
	missed: readonly T[]
): T[] {
	const sure = (m: T) => m.attempt?.confidence === 'sure' && !m.attempt.correct;
	return [...missed.filter(sure), ...missed.filter((m) => !sure(m))];
}
