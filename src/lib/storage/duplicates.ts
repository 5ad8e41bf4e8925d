// A record kept twice in an imported file or a snapshot (by hand, or by an older version): the
// store keeps each answer, quiz, card and review once, and a list that names one twice would be
// counted twice on one page and once on another. The same record twice is kept once; two
// different records under one id are refused, since nothing says which is right.
import type { AppData } from '../model/schema';
import { quotedId as quoted } from '../format/format';
import { fieldPath } from './issues';

export type DuplicateCheck = { ok: true; data: AppData } | { ok: false; reason: string };

/** the list once per id, or the first id held by two different records */
function once<T>(
	name: string,
	items: readonly T[],
	idOf: (item: T) => string
): { ok: true; items: T[] } | { ok: false; reason: string } {
	const first = new Map<string, { index: number; text: string }>();
	const kept: T[] = [];
	for (const [index, item] of items.entries()) {
		const id = idOf(item);
		const text = JSON.stringify(item);
		const earlier = first.get(id);
		if (!earlier) {
			first.set(id, { index, text });
			kept.push(item);
		} else if (earlier.text !== text)
			return {
				ok: false,
				reason: `${fieldPath([name, index])}: a second, different record ${quoted(id)} (the first is ${fieldPath([name, earlier.index])}); keep one of them`
			};
	}
	return { ok: true, items: kept };
}

/**
 * `data` with each record once, or why not.
 *
 * @example
 * withoutDuplicates({ ...data, attempts: [a, a] }) // { ok: true, data: { ...data, attempts: [a] } }
 * withoutDuplicates({ ...data, cards: [c, { ...c, reps: 9 }] })
 * // { ok: false, reason: 'cards[1]: a second, different record “rhyme-card” (the first is cards[0]); keep one of them' }
 */
export function withoutDuplicates(data: AppData): DuplicateCheck {
	const attempts = once('attempts', data.attempts, (a) => a.id);
	if (!attempts.ok) return attempts;
	const finishedQuizzes = once('finishedQuizzes', data.finishedQuizzes, (q) => q.id);
	if (!finishedQuizzes.ok) return finishedQuizzes;
	const activeQuizzes = once('activeQuizzes', data.activeQuizzes, (q) => q.id);
	if (!activeQuizzes.ok) return activeQuizzes;
	const cards = once('cards', data.cards, (c) => c.cardId);
	if (!cards.ok) return cards;
	const reviewLog = once('reviewLog', data.reviewLog, (r) => r.id);
	if (!reviewLog.ok) return reviewLog;
	return {
		ok: true,
		data: {
			...data,
			attempts: attempts.items,
			finishedQuizzes: finishedQuizzes.items,
			activeQuizzes: activeQuizzes.items,
			cards: cards.items,
			reviewLog: reviewLog.items
		}
	};
}
