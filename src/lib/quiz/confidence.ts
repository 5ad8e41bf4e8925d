// "How sure are you?" (issue 13): asked before the answer is checked, with one tap or one key, and
// said back in the feedback, so the learner sees their sureness against the result every time.
import type { Confidence } from '../model/schema';

/** the three answers, least sure first, as buttons read and with the key that gives each */
export const confidenceChoices: readonly { value: Confidence; label: string; key: string }[] = [
	{ value: 'guess', label: 'Guessing', key: 'G' },
	{ value: 'think', label: 'Think so', key: 'T' },
	{ value: 'sure', label: 'Sure', key: 'S' }
];

/**
 * The confidence a key gives (G, T or S, either case); undefined for any other key.
 *
 * @example
 * confidenceOfKey('s') // 'sure'
 * confidenceOfKey('x') // undefined
 */
export function confidenceOfKey(key: string): Confidence | undefined {
	return confidenceChoices.find((choice) => choice.key === key.toUpperCase())?.value;
}

const saidAs: Readonly<Record<Confidence, string>> = {
	sure: 'You were sure',
	think: 'You thought so',
	guess: 'You were guessing'
};

/**
 * The feedback's sentence on how sure the learner was, against the result.
 *
 * @example
 * confidenceFeedback('sure', false) // 'You were sure, and this was wrong.'
 * confidenceFeedback('guess', true) // 'You were guessing, and this was right.'
 */
export function confidenceFeedback(confidence: Confidence, correct: boolean): string {
	return `${saidAs[confidence]}, and this was ${correct ? 'right' : 'wrong'}.`;
}
