// calibration: how often the learner was right when they said they were sure, thought so, or guessed.
import type { Attempt, Confidence } from '../model/schema';

export interface CalibrationRow {
	confidence: Confidence;
	label: string;
	answers: number;
	correct: number;
	/** correct / answers, undefined without answers */
	share?: number;
}

const levels: { confidence: Confidence; label: string }[] = [
	{ confidence: 'sure', label: 'Sure' },
	{ confidence: 'think', label: 'Think so' },
	{ confidence: 'guess', label: 'Guessing' }
];

/**
 * Answers given with a confidence, by confidence, most confident first. A well calibrated learner
 * is right nearly always when sure, and about as often as chance when guessing.
 *
 * @example
 * calibration(attempts) // [{ confidence: 'sure', label: 'Sure', answers: 20, correct: 18, share: 0.9 }, …]
 */
export function calibration(attempts: readonly Attempt[]): CalibrationRow[] {
	return levels.map(({ confidence, label }) => {
		const given = attempts.filter((a) => a.confidence === confidence);
		const correct = given.filter((a) => a.correct).length;
		return {
			confidence,
			label,
			answers: given.length,
			correct,
			...(given.length > 0 ? { share: correct / given.length } : {})
		};
	});
}
