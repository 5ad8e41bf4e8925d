// "Re-listen to": the passages of the episode behind the questions a learner missed, each with
// an estimated position in the audio. The transcript has no timestamps, so the position is the
// number of words spoken before the passage at a stated speaking rate, and always called an
// estimate.
import type { PassageRef } from '../content/quiz-items';

/** a typical conversational podcast pace; the estimates say they assume it */
export const wordsPerMinute = 150;

/**
 * Whole minutes of speech before `words` words, at `rate` words a minute.
 *
 * @example
 * minutesFor(1050) // 7
 * minutesFor(60) // 0
 */
export function minutesFor(words: number, rate: number = wordsPerMinute): number {
	return Math.max(0, Math.round(words / rate));
}

/**
 * Where a passage falls in its section, in words a listener can use.
 *
 * @example
 * describePosition({ sectionWordOffset: 1050, sectionTitle: 'Key Concepts Part 1' })
 * // 'about 7 min into Key Concepts Part 1'
 * describePosition({ sectionWordOffset: 40, sectionTitle: 'Closing' }) // 'at the start of Closing'
 */
export function describePosition(
	passage: Pick<PassageRef, 'sectionWordOffset' | 'sectionTitle'>,
	rate: number = wordsPerMinute
): string {
	const minutes = minutesFor(passage.sectionWordOffset, rate);
	return minutes === 0
		? `at the start of ${passage.sectionTitle}`
		: `about ${minutes} min into ${passage.sectionTitle}`;
}

/**
 * Where a passage falls in the whole episode.
 *
 * @example
 * describeEpisodePosition({ wordOffset: 3450 }) // 'about 23 min into the episode'
 */
export function describeEpisodePosition(
	passage: Pick<PassageRef, 'wordOffset'>,
	rate: number = wordsPerMinute
): string {
	const minutes = minutesFor(passage.wordOffset, rate);
	return minutes === 0 ? 'at the start of the episode' : `about ${minutes} min into the episode`;
}

export interface RelistenEntry {
	passage: PassageRef;
	/** the missed questions that come from this passage, in the order given */
	questionIds: string[];
}

/**
 * The passages to re-listen to, one entry a passage (questions quoting the same words, or words
 * within them, share it), in episode order. A missed question without a passage of its own is
 * skipped.
 *
 * @example
 * relistenEntries([{ questionId: 'q1', passage: p12 }, { questionId: 'q2', passage: p3 }, { questionId: 'q3' }])
 * // [{ passage: p3, questionIds: ['q2'] }, { passage: p12, questionIds: ['q1'] }]
 */
export function relistenEntries(
	missed: readonly { questionId: string; passage?: PassageRef | undefined }[]
): RelistenEntry[] {
	const entries = new Map<string, RelistenEntry>();
	for (const { questionId, passage } of missed) {
		if (!passage) continue;
		const key = `${passage.anchor}\u0000${passage.quote}`;
		const entry = entries.get(key);
		if (entry) entry.questionIds.push(questionId);
		else entries.set(key, { passage, questionIds: [questionId] });
	}
	// a quote inside another of the same passage is the same moment to re-listen to: one entry,
	// with the longer quote (the closing's line was listed twice, once shortened)
	const merged: RelistenEntry[] = [];
	const byLength = [...entries.values()].sort(
		(a, b) => b.passage.quote.length - a.passage.quote.length
	);
	for (const entry of byLength) {
		const within = merged.find(
			(kept) =>
				kept.passage.anchor === entry.passage.anchor &&
				kept.passage.quote.includes(entry.passage.quote)
		);
		if (within) within.questionIds.push(...entry.questionIds);
		else merged.push({ passage: entry.passage, questionIds: [...entry.questionIds] });
	}
	return merged.sort((a, b) => a.passage.wordOffset - b.passage.wordOffset);
}
