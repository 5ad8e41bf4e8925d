// The quiz sets a learner can pick, named by stable ids that stored quizzes and scores refer to.
import type { Question, SectionId, TopicId } from '../content/schema';
import type { Attempt } from '../model/schema';
import { repairQuestionIds, type ClaimLink } from './repair';
import { shuffle } from './shuffle';

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

/** what a set id stands for */
export type QuizSet =
	| { kind: 'topic'; topic: TopicId }
	| { kind: 'section'; section: SectionId }
	| { kind: 'fact-check' }
	/** `size` questions drawn at random, or all of them shuffled */
	| { kind: 'mixed'; size: 10 | 20 | 'all' }
	/** every question whose last answer was wrong */
	| { kind: 'mistakes' }
	/** the episode's distortions fallen for and not answered right since (quiz/repair.ts) */
	| { kind: 'repair' };

/** the question fields sets are built from */
export type SetQuestion = Pick<Question, 'id' | 'topic' | 'type' | 'sources'>;

/**
 * Reads a set id; undefined for an id that names no set (an unknown topic or section included).
 *
 * @example
 * parseSetId('topic-rhyme-planning') // { kind: 'topic', topic: 'rhyme-planning' }
 * parseSetId('mixed-20') // { kind: 'mixed', size: 20 }
 * parseSetId('topic-astrology') // undefined
 */
export function parseSetId(setId: string): QuizSet | undefined {
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
 */
export function setIdOf(set: QuizSet): string {
	switch (set.kind) {
		case 'topic':
			return `topic-${set.topic}`;
		case 'section':
			return `section-${set.section}`;
		case 'mixed':
			return `mixed-${set.size}`;
		case 'fact-check':
		case 'mistakes':
		case 'repair':
			return set.kind;
	}
}

/**
 * Every set a bank offers, in menu order: topics and sections that have questions (in bank and
 * episode order), the fact-check set if there are fact-checks, the mixed sets, then mistakes
 * (which may be empty; see {@link questionIdsForSet}).
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
	/** values in [0, 1), for the mixed sets */
	random: () => number;
	/** the episode claims the questions test, for the repair set */
	claims?: readonly ClaimLink[];
}

/**
 * The questions of a set, in the order to ask them. Topic, section, fact-check and mistakes sets
 * keep bank order; a mixed set is a random sample (all of the bank for `mixed-all`), shuffled.
 * Mistakes are the questions whose last attempt was wrong; an override counts as right. The
 * repair set asks, for each claim still fallen for, its fact-check and the question last fallen
 * for it on ({@link repairQuestionIds}). Throws for an unknown set id (check it with
 * {@link parseSetId} first).
 *
 * @example
 * questionIdsForSet('topic-shared-addition', { questions, attempts, random })
 * // ['addition-paths', 'addition-table', …]
 */
export function questionIdsForSet(
	setId: string,
	{ questions, attempts, random, claims = [] }: SetSource
): string[] {
	const set = parseSetId(setId);
	if (!set) throw new Error(`there is no quiz set ${setId}`);
	const ids = (keep: (q: SetQuestion) => boolean) => questions.filter(keep).map((q) => q.id);
	switch (set.kind) {
		case 'topic':
			return ids((q) => q.topic === set.topic);
		case 'section':
			return ids((q) => q.sources.transcript?.section === set.section);
		case 'fact-check':
			return ids((q) => q.type === 'fact-check');
		case 'mixed': {
			const all = shuffle(
				ids(() => true),
				random
			);
			return set.size === 'all' ? all : all.slice(0, set.size);
		}
		case 'mistakes': {
			const last = lastAttempts(attempts);
			return ids((q) => last.get(q.id)?.correct === false);
		}
		case 'repair': {
			const inBank = new Set(questions.map((q) => q.id));
			return repairQuestionIds(
				attempts,
				claims.map((claim) => ({
					...claim,
					questionIds: claim.questionIds.filter((id) => inBank.has(id)),
					factCheckIds: claim.factCheckIds.filter((id) => inBank.has(id))
				}))
			).filter((id) => inBank.has(id));
		}
	}
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
 * unanswered ones included.
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
	if (questionIds) return questionIds.filter((id) => last.get(id)?.correct !== true);
	return [...last.values()].filter((a) => !a.correct).map((a) => a.questionId);
}
