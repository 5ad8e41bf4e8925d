// calibration: how often the learner was right when they said they were sure, thought so, or
// guessed, against how often each of those words promises, and what that says in plain words.
import type { Attempt, Confidence } from '../model/schema';
import { percent, plural } from '../format/format';

/** what the data shows at one level of confidence */
export type CalibrationVerdict =
	/** too few answers to tell */
	| 'too-few'
	/** right less often than the words promise */
	| 'overconfident'
	/** right about as often */
	| 'calibrated'
	/** right more often: the learner knows more than they think */
	| 'underconfident';

export interface CalibrationRow {
	confidence: Confidence;
	label: string;
	answers: number;
	correct: number;
	/** correct / answers, undefined without answers */
	share?: number;
	/** how often a perfectly calibrated learner is right at this level: the chart's reference line */
	target: number;
	verdict: CalibrationVerdict;
	/** the verdict in a sentence; empty without answers */
	reading: string;
}

/**
 * How often each word promises to be right. "Sure" is a bet you would take at 9 to 1, "think so"
 * is likely, "guessing" is a bit better than blind chance on four options (25%).
 */
export const calibrationTargets: Record<Confidence, number> = { sure: 0.9, think: 0.7, guess: 0.4 };

/**
 * how far from the target (in share) still reads as calibrated
 * @default 0.1
 */
export const calibrationTolerance = 0.1;

/**
 * the fewest answers at a level before the page reads anything into them
 * @default 5
 */
export const minAnswersToRead = 5;

const levels: { confidence: Confidence; label: string }[] = [
	{ confidence: 'sure', label: 'Sure' },
	{ confidence: 'think', label: 'Think so' },
	{ confidence: 'guess', label: 'Guessing' }
];

function judge(share: number | undefined, answers: number, target: number): CalibrationVerdict {
	if (share === undefined || answers < minAnswersToRead) return 'too-few';
	// in whole percentage points, as the page shows them: 80% is within ten points of 70%
	const gap = Math.round(share * 100) - Math.round(target * 100);
	const tolerance = Math.round(calibrationTolerance * 100);
	if (gap < -tolerance) return 'overconfident';
	if (gap > tolerance) return 'underconfident';
	return 'calibrated';
}

const meaning: Record<Exclude<CalibrationVerdict, 'too-few'>, string> = {
	overconfident: 'more sure than right',
	calibrated: 'about as right as you are sure',
	underconfident: 'more right than sure: you know more than you think'
};

/**
 * Answers given with a confidence, by confidence, most confident first, each with its target and
 * what it shows. A well calibrated learner is right about 90% of the time when sure.
 *
 * @example
 * calibration(attempts)[0]
 * // { confidence: 'sure', label: 'Sure', answers: 20, correct: 11, share: 0.55, target: 0.9,
 * //   verdict: 'overconfident', reading: 'When you say “Sure” you are right 55% of the time: more sure than right.' }
 */
export function calibration(attempts: readonly Attempt[]): CalibrationRow[] {
	return levels.map(({ confidence, label }) => {
		const given = attempts.filter((a) => a.confidence === confidence);
		const correct = given.filter((a) => a.correct).length;
		const share = given.length > 0 ? correct / given.length : undefined;
		const target = calibrationTargets[confidence];
		const verdict = judge(share, given.length, target);
		const reading =
			share === undefined
				? ''
				: verdict === 'too-few'
					? `When you say “${label}” you are right ${percent(share)} of the time, but ${plural(given.length, 'answer is', 'answers are')} too few to tell.`
					: `When you say “${label}” you are right ${percent(share)} of the time: ${meaning[verdict]}.`;
		return {
			confidence,
			label,
			answers: given.length,
			correct,
			...(share === undefined ? {} : { share }),
			target,
			verdict,
			reading
		};
	});
}
