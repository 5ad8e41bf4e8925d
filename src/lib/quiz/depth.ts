// How deep a quiz goes (issue 13). Every question is labelled with a depth: 1 what the episode
// said (and whether it was right), 2 what the paper shows, 3 its numbers and caveats. A listener
// starts where the episode left them, and goes deeper once that is known.
import type { AnswerSource, Depth } from '../content/schema';

export type { Depth };

/** every depth, shallowest first */
export const depths: readonly Depth[] = [1, 2, 3];

/** what a depth is called wherever a learner chooses one */
export const depthTitles: Readonly<Record<Depth, string>> = {
	1: 'What the episode said',
	2: 'What the paper shows',
	3: 'Numbers and caveats'
};

// where the answer is learnt, not what the question is about: "From the episode" over "According
// to the paper, …" read as a contradiction to a tester (7), though the hosts report that finding;
// and "covered", not "answered": a listener gets there from what the hosts said, which may be the
// point in other words (the host's magnifying glass for the paper's microscope: tester 8)
const answerSourceLabels: Readonly<Record<AnswerSource, string>> = {
	episode: 'Covered in the episode',
	paper: 'Needs the paper'
};

/**
 * What a question says, before it is answered, of where its answer can be learnt. A fact-check
 * quotes the episode and is settled by the paper: it says both, not "Needs the paper" alone over the
 * episode's words.
 *
 * @example
 * answerSourceLabel({ type: 'single', answerableFrom: 'episode' }) // 'Covered in the episode'
 */
export const answerSourceLabel = (question: { type: string; answerableFrom: AnswerSource }) =>
	question.type === 'fact-check'
		? 'Checked against the paper'
		: answerSourceLabels[question.answerableFrom];

/** a score from which the results suggest going one depth deeper */
export const nextDepthShare = 0.8;

/** a depth of a set, with how many questions it has there */
export interface DepthSize {
	depth: Depth;
	size: number;
}

/**
 * The depths a set of questions has, shallowest first, each with its count; depths without a
 * question are left out.
 *
 * @example
 * depthSizes(introductionQuestions) // [{ depth: 1, size: 32 }, { depth: 2, size: 7 }, { depth: 3, size: 4 }]
 */
export function depthSizes(questions: readonly { depth: Depth }[]): DepthSize[] {
	return depths.flatMap((depth) => {
		const size = questions.filter((q) => q.depth === depth).length;
		return size > 0 ? [{ depth, size }] : [];
	});
}

/** below this many questions, a topic's shallowest depth is too thin to start a topic on */
export const startingDepthMinimum = 5;

/**
 * The depth a quiz starts at when the learner has not chosen one. An episode section starts at
 * depth 1, what the listener just heard. A topic starts at its shallowest depth with at least
 * {@link startingDepthMinimum} questions (some topics the episode barely touched have one
 * question at depth 1), or its shallowest depth when none has that many.
 *
 * @example
 * startingDepth('section', [{ depth: 1, size: 32 }, …]) // 1
 * startingDepth('topic', [{ depth: 1, size: 1 }, { depth: 2, size: 10 }, …]) // 2
 */
export function startingDepth(
	kind: 'topic' | 'section',
	sizes: readonly DepthSize[]
): Depth | undefined {
	if (kind === 'section' && sizes.some((s) => s.depth === 1)) return 1;
	return (sizes.find((s) => s.size >= startingDepthMinimum) ?? sizes[0])?.depth;
}

/**
 * The depth to suggest after a score: the next one the set has, once at least
 * {@link nextDepthShare} of the answers were right.
 *
 * @example
 * nextDepth(1, 8, 10, [{ depth: 1, size: 32 }, { depth: 2, size: 7 }]) // 2
 * nextDepth(1, 7, 10, sizes) // undefined
 */
export function nextDepth(
	depth: Depth,
	correct: number,
	total: number,
	sizes: readonly DepthSize[]
): Depth | undefined {
	if (total === 0 || correct / total < nextDepthShare) return undefined;
	return sizes.find((s) => s.depth > depth)?.depth;
}

/**
 * Reads a depth from text (a URL's `?depth=2`); undefined for anything else.
 *
 * @example
 * parseDepth('2') // 2
 * parseDepth('deep') // undefined
 */
export function parseDepth(text: string | null | undefined): Depth | undefined {
	return text === '1' ? 1 : text === '2' ? 2 : text === '3' ? 3 : undefined;
}
