// The answer a learner is putting together before checking it: one Response per question type,
// changed by small pure steps (pick an option, move an item, match a pair), so the components only
// render it and the quiz state only stores it.
import type { Question, Verdict } from '../content/schema';
import type { Response } from '../model/schema';

const verdicts: readonly string[] = ['SUPPORTED', 'DISTORTED', 'NOT-IN-PAPER', 'OPINION'];

/**
 * The answer a question starts with: nothing chosen, empty fields, and for an ordering the items
 * as shown, which {@link readiness} does not take as an answer until one has moved.
 *
 * @example
 * initialDraft(orderingQuestion, ['c', 'a', 'b']) // { type: 'ordering', order: ['c', 'a', 'b'] }
 * initialDraft(singleQuestion, ['b', 'a', 'c']) // undefined
 */
export function initialDraft(
	question: Question,
	layout: readonly string[] | undefined
): Response | undefined {
	switch (question.type) {
		case 'multi':
			return { type: 'multi', choices: [] };
		case 'typed':
			return { type: 'typed', text: '' };
		case 'cloze':
			return { type: 'cloze', texts: question.gaps.map(() => '') };
		case 'ordering':
			return { type: 'ordering', order: [...(layout ?? question.items.map((i) => i.id))] };
		case 'matching':
			return { type: 'matching', matches: [] };
		default:
			return undefined;
	}
}

export type Readiness = { ready: true } | { ready: false; hint: string };

/**
 * Whether an answer can be checked, and if not, what is missing. An empty typed field or gap, an
 * unmatched prompt and an ordering's items left as they were shown (`layout`, never the right
 * order: `unsolved` in session.ts) are more often a slip of the Enter key than an answer.
 *
 * @example
 * readiness(typedQuestion, { type: 'typed', text: ' ' }) // { ready: false, hint: 'Type an answer first.' }
 */
export function readiness(
	question: Question,
	draft: Response | undefined,
	layout?: readonly string[]
): Readiness {
	const missing = (hint: string): Readiness => ({ ready: false, hint });
	if (!draft || draft.type !== question.type) {
		return missing(question.type === 'typed' ? 'Type an answer first.' : 'Choose an answer first.');
	}
	switch (draft.type) {
		case 'multi':
			return draft.choices.length > 0
				? { ready: true }
				: missing('Choose at least one answer first.');
		case 'typed':
			return draft.text.trim() !== '' ? { ready: true } : missing('Type an answer first.');
		case 'cloze':
			return draft.texts.length === (question.type === 'cloze' ? question.gaps.length : 0) &&
				draft.texts.every((t) => t.trim() !== '')
				? { ready: true }
				: missing('Fill in every gap first (a guess is fine).');
		case 'matching':
			return question.type === 'matching' &&
				question.pairs.every((p) => draft.matches.some((m) => m.left === p.id))
				? { ready: true }
				: missing('Choose a match for every prompt first.');
		case 'ordering': {
			// a layout stored right (a backup, the bank's items reordered since) is an answer as shown
			const solved =
				question.type === 'ordering' && layout?.every((id, i) => id === question.items[i]?.id);
			return layout && !solved && draft.order.every((id, i) => id === layout[i])
				? missing('Move the items into order first: they start shuffled.')
				: { ready: true };
		}
		default:
			return { ready: true };
	}
}

/**
 * The answer after pressing number key `n` (1-based, in the order shown): picks the option of a
 * single choice, true-false or fact-check, toggles one of a multi-select. Undefined when the key
 * means nothing for this question (no such option, or a type without numbered options).
 *
 * @example
 * pickByNumber(singleQuestion, ['c', 'a', 'b'], undefined, 2) // { type: 'single', choice: 'a' }
 * pickByNumber(trueFalseQuestion, ['true', 'false'], undefined, 2) // { type: 'true-false', value: false }
 */
export function pickByNumber(
	question: Question,
	layout: readonly string[] | undefined,
	draft: Response | undefined,
	n: number
): Response | undefined {
	const id = layout?.[n - 1];
	if (id === undefined) return undefined;
	switch (question.type) {
		case 'single':
			return { type: 'single', choice: id };
		case 'multi':
			return toggleChoice(draft?.type === 'multi' ? draft.choices : [], id);
		case 'true-false':
			return { type: 'true-false', value: id === 'true' };
		case 'fact-check':
			return verdicts.includes(id) ? { type: 'fact-check', verdict: id as Verdict } : undefined;
		default:
			return undefined;
	}
}

/**
 * A multi-select answer with `id` chosen if it was not, and unchosen if it was.
 *
 * @example
 * toggleChoice(['a'], 'b') // { type: 'multi', choices: ['a', 'b'] }
 * toggleChoice(['a', 'b'], 'a') // { type: 'multi', choices: ['b'] }
 */
export function toggleChoice(choices: readonly string[], id: string): Response {
	return {
		type: 'multi',
		choices: choices.includes(id) ? choices.filter((c) => c !== id) : [...choices, id]
	};
}

/**
 * The order after moving the item at `index` by `by` places (-1 up, +1 down); unchanged when
 * that would leave the list.
 *
 * @example
 * moveItem(['a', 'b', 'c'], 2, -1) // ['a', 'c', 'b']
 * moveItem(['a', 'b', 'c'], 0, -1) // ['a', 'b', 'c']
 */
export function moveItem(order: readonly string[], index: number, by: -1 | 1): string[] {
	const to = index + by;
	if (index < 0 || index >= order.length || to < 0 || to >= order.length) return [...order];
	const next = [...order];
	[next[index], next[to]] = [next[to] as string, next[index] as string];
	return next;
}

/**
 * The matches after pairing prompt `left` with finding `right`, or clearing it with ''. Each
 * prompt has at most one match; the prompts keep the question's order.
 *
 * @example
 * setMatch(matchingQuestion, [{ left: 'a', right: 'b' }], 'b', 'c')
 * // [{ left: 'a', right: 'b' }, { left: 'b', right: 'c' }]
 */
export function setMatch(
	question: Question,
	matches: readonly { left: string; right: string }[],
	left: string,
	right: string
): { left: string; right: string }[] {
	const others = matches.filter((m) => m.left !== left);
	const all = right === '' ? others : [...others, { left, right }];
	if (question.type !== 'matching') return all;
	const order = question.pairs.map((p) => p.id);
	return all.sort((a, b) => order.indexOf(a.left) - order.indexOf(b.left));
}

export type ClozePart = { kind: 'text'; text: string } | { kind: 'gap'; index: number };

/**
 * Splits a cloze text into its words and its gaps ({{1}} is gap index 0).
 *
 * @example
 * clozeParts('36 plus 59 is {{1}}.') // [{ kind: 'text', text: '36 plus 59 is ' }, { kind: 'gap', index: 0 }, { kind: 'text', text: '.' }]
 */
export function clozeParts(text: string): ClozePart[] {
	const parts: ClozePart[] = [];
	let last = 0;
	for (const match of text.matchAll(/\{\{(\d+)\}\}/g)) {
		const at = match.index ?? 0;
		if (at > last) parts.push({ kind: 'text', text: text.slice(last, at) });
		parts.push({ kind: 'gap', index: Number(match[1]) - 1 });
		last = at + match[0].length;
	}
	if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
	return parts;
}
