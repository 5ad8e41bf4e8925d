// Helpers for the quiz browser tests (issue 5). The tests learn each question's key from the
// prerendered quiz data, as any visitor could download it, and answer through the page as a
// person would: with the keyboard (number keys, Tab, Enter, arrows) or with the mouse.
import type { Locator, Page } from '@playwright/test';
import {
	contextLookup,
	QuizChunk,
	QuizContext,
	resolveQuizItem,
	type QuizItem
} from '../../src/lib/content/quiz-items';
import { questionTypes } from '../../src/lib/content/fields';
import { setMembers } from '../../src/lib/quiz/sets';
import type {
	ActiveQuiz,
	AppData,
	Attempt,
	FinishedQuiz,
	Response
} from '../../src/lib/model/schema';
import { expect } from './fixtures';
import { databaseData } from './stored-state';

export const storageKey = 'biology-study:state';

export const defaultSettings: AppData['settings'] = {
	numberKeys: true,
	reviewShortcuts: true,
	askConfidence: false,
	newCardsPerDay: 20,
	reviewsPerDay: 200,
	desiredRetention: 0.9,
	readAloud: false,
	quizLength: 10
};

export const verdictLabels = {
	SUPPORTED: 'Supported',
	DISTORTED: 'Distorted',
	'NOT-IN-PAPER': 'Not in the paper',
	OPINION: 'Opinion'
} as const;

/** a prerendered file, read with the schema the build wrote it with */
async function prerendered<T>(page: Page, path: string, schema: { parse(v: unknown): T }) {
	const response = await page.request.get(path);
	expect(response.ok()).toBe(true);
	return schema.parse(await response.json());
}

/**
 * The questions a set holds (a topic's or a section's at every depth unless the id names one, the
 * fact-checks), or the whole bank for 'all', by id, in bank order: resolved from the quiz data
 * files as the app resolves them.
 */
export async function quizItems(page: Page, set: string): Promise<Map<string, QuizItem>> {
	const context = await prerendered(page, '/quiz-data/context.json', QuizContext);
	const files = await Promise.all(
		context.chunks.map((chunk) => prerendered(page, `/quiz-data/${chunk}.json`, QuizChunk))
	);
	const lookup = contextLookup(context);
	const all = files
		.flatMap((file) => file.items)
		.sort((a, b) => a.n - b.n)
		.map((stored) => resolveQuizItem(stored, lookup));
	const ids =
		set === 'all'
			? all.map((item) => item.question.id)
			: setMembers(set, { questions: all.map((item) => item.question), attempts: [] }).map(
					(q) => q.id
				);
	const byId = new Map(all.map((item) => [item.question.id, item]));
	return new Map(ids.map((id) => [id, byId.get(id) as QuizItem]));
}

/** Stores `data` (over empty defaults) before the app first loads, once: a reload keeps what the app saved. */
export async function seedState(page: Page, data: Partial<AppData>) {
	const envelope = {
		version: 1,
		savedAt: new Date().toISOString(),
		data: {
			attempts: [],
			finishedQuizzes: [],
			activeQuizzes: [],
			cards: [],
			reviewLog: [],
			undoStack: [],
			settings: defaultSettings,
			...data
		}
	};
	await page.addInitScript(
		({ key, value }) => {
			if (sessionStorage.getItem('quiz-seeded')) return;
			localStorage.setItem(key, value);
			sessionStorage.setItem('quiz-seeded', 'yes');
		},
		{ key: storageKey, value: JSON.stringify(envelope) }
	);
}

/** what the app has stored */
export const storedData = (page: Page): Promise<AppData> => databaseData(page);

/** A layout for a seeded quiz: choices reversed, orderings and matchings rotated (never solved). */
export function layoutFor(item: QuizItem): string[] | undefined {
	const q = item.question;
	const rotate = (ids: string[]) => [...ids.slice(1), ...ids.slice(0, 1)];
	switch (q.type) {
		case 'single':
		case 'multi':
			return q.options.map((o) => o.id).reverse();
		case 'true-false':
			return ['true', 'false'];
		case 'fact-check':
			return ['SUPPORTED', 'DISTORTED', 'NOT-IN-PAPER', 'OPINION'];
		case 'ordering':
			return rotate(q.items.map((i) => i.id));
		case 'matching':
			return rotate(q.pairs.map((p) => p.id));
		default:
			return undefined;
	}
}

/** An unfinished quiz of the given questions, on its first question, as the app would store it. */
export function seededQuiz(setId: string, items: QuizItem[], id = `seeded-${setId}`): ActiveQuiz {
	return {
		id,
		setId,
		startedAt: new Date(Date.now() - 60_000).toISOString(),
		questionIds: items.map((i) => i.question.id),
		layouts: items.flatMap((item) => {
			const order = layoutFor(item);
			return order ? [{ questionId: item.question.id, order }] : [];
		}),
		position: 0,
		attempts: []
	};
}

/** A finished quiz with its attempts: `wrong` lists the questions answered wrong. */
export function finishedQuiz(setId: string, items: QuizItem[], wrong: string[], day = new Date()) {
	const sessionId = `finished-${setId}-${day.getTime()}`;
	const attempts: Attempt[] = items.map((item, i) => {
		const q = item.question;
		return {
			id: `${sessionId}-${i}`,
			questionId: q.id,
			setId,
			sessionId,
			answeredAt: new Date(day.getTime() - (items.length - i) * 1000).toISOString(),
			response: { type: 'typed', text: 'seeded' },
			correct: !wrong.includes(q.id)
		};
	});
	const finished: FinishedQuiz = {
		id: sessionId,
		setId,
		startedAt: new Date(day.getTime() - 120_000).toISOString(),
		finishedAt: day.toISOString(),
		questionIds: items.map((i) => i.question.id),
		correct: items.length - wrong.length,
		total: items.length
	};
	return { finished, attempts };
}

/** the quiz's question on screen */
export const questionBox = (page: Page) => page.locator('[data-question-id]');

export async function currentQuestionId(page: Page): Promise<string> {
	const id = await questionBox(page).getAttribute('data-question-id');
	if (!id) throw new Error('no question on screen');
	return id;
}

/** the ids of the choice inputs, in the order shown */
async function shownChoices(page: Page): Promise<string[]> {
	const inputs = questionBox(page).locator('input[type=radio], input[type=checkbox]');
	// the question arrives after the page is ready: read the choices once they are there
	await expect(inputs.first()).toBeVisible();
	return inputs.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** the ids of the ordering's items, in the order shown */
async function shownOrder(page: Page, item: QuizItem): Promise<string[]> {
	const q = item.question;
	if (q.type !== 'ordering') throw new Error('not an ordering');
	const texts = await questionBox(page).locator('ol > li .text').allTextContents();
	return texts.map((text) => q.items.find((i) => i.text === text.trim())?.id ?? '?');
}

/** the choice ids that answer right, or wrong (a misconception first, when there is one) */
function choiceIds(item: QuizItem, right: boolean): string[] {
	const q = item.question;
	switch (q.type) {
		case 'single': {
			if (right) return [q.answer];
			const wrong = q.options.filter((o) => o.id !== q.answer);
			return [(wrong.find((o) => o.misconception) ?? wrong[0])?.id ?? ''];
		}
		case 'multi': {
			if (right) return q.answers;
			const wrong = q.options.filter((o) => !q.answers.includes(o.id));
			return [(wrong.find((o) => o.misconception) ?? wrong[0])?.id ?? ''];
		}
		case 'true-false':
			return [String(right ? q.answer : !q.answer)];
		case 'fact-check': {
			const verdict = item.claim?.verdict ?? 'SUPPORTED';
			return [right ? verdict : verdict === 'SUPPORTED' ? 'DISTORTED' : 'SUPPORTED'];
		}
		default:
			return [];
	}
}

const wrongText = 'zebra crossing';

/**
 * A stored response to `item` that fits its question, right or wrong: a quiz in progress leaves
 * out a stored answer that does not fit (issue 17), so a seeded one must be a real answer.
 */
export function responseFor(item: QuizItem, right: boolean): Response {
	const q = item.question;
	const [choice = ''] = choiceIds(item, right);
	switch (q.type) {
		case 'single':
			return { type: 'single', choice };
		case 'multi':
			return { type: 'multi', choices: choiceIds(item, right) };
		case 'true-false':
			return { type: 'true-false', value: choice === 'true' };
		case 'fact-check':
			return {
				type: 'fact-check',
				verdict: choice as Extract<Response, { type: 'fact-check' }>['verdict']
			};
		case 'typed':
			return { type: 'typed', text: right ? (q.accepted[0] ?? '') : wrongText };
		case 'cloze':
			return {
				type: 'cloze',
				texts: q.gaps.map((accepted) => (right ? (accepted[0] ?? '') : wrongText))
			};
		case 'ordering': {
			const order = q.items.map((i) => i.id);
			return { type: 'ordering', order: right ? order : order.toReversed() };
		}
		case 'matching': {
			const ids = q.pairs.map((p) => p.id);
			return {
				type: 'matching',
				matches: q.pairs.map((pair, i) => ({
					left: pair.id,
					right: right ? pair.id : (ids[(i + 1) % ids.length] as string)
				}))
			};
		}
	}
}

/** Presses Tab until `target` has focus, as a keyboard user reaches a control. */
export async function tabTo(page: Page, target: Locator, limit = 40) {
	// found once, and again only if it was drawn anew: finding it by role after every Tab read the
	// whole page's names each time
	let element = await target.elementHandle();
	for (let i = 0; i < limit; i++) {
		const [connected, focused] = await element.evaluate((el) => [
			el.isConnected,
			el === document.activeElement
		]);
		if (focused) break;
		if (!connected) {
			await element.dispose();
			element = await target.elementHandle();
			continue;
		}
		await page.keyboard.press('Tab');
	}
	await element.dispose();
	await expect(target).toBeFocused();
}

/** the moves (index, direction) that turn `from` into `to`, by swapping neighbours */
function movesBetween(from: string[], to: string[]): { id: string; direction: 'up' | 'down' }[] {
	const order = [...from];
	const moves: { id: string; direction: 'up' | 'down' }[] = [];
	for (let target = 0; target < to.length; target++) {
		let at = order.indexOf(to[target] as string);
		while (at > target) {
			moves.push({ id: order[at] as string, direction: 'up' });
			[order[at - 1], order[at]] = [order[at] as string, order[at - 1] as string];
			at--;
		}
	}
	return moves;
}

/** one move of an item a place down that does not solve the order: of the first item, or else the second */
function wrongMove(from: string[], solved: string[]): { id: string; direction: 'up' | 'down' } {
	for (const at of [0, 1]) {
		const order = [...from];
		[order[at], order[at + 1]] = [order[at + 1] as string, order[at] as string];
		if (order.some((id, i) => id !== solved[i]))
			return { id: from[at] as string, direction: 'down' };
	}
	throw new Error('no wrong move from this order');
}

export type Way = 'keyboard' | 'mouse';

/**
 * Answers the question on screen, right or wrong, and checks it: by keyboard alone or by mouse.
 * Returns once the feedback is shown.
 */
export async function answer(
	page: Page,
	item: QuizItem,
	{ right, way }: { right: boolean; way: Way }
) {
	const q = item.question;
	const box = questionBox(page);
	const keyboard = way === 'keyboard';
	let checkWithButton = false;
	switch (q.type) {
		case 'single':
		case 'multi':
		case 'true-false':
		case 'fact-check': {
			const shown = await shownChoices(page);
			for (const id of choiceIds(item, right)) {
				const input = box.locator(`input[value="${id}"]`);
				if (keyboard) {
					expect(shown, `choice ${id} on screen`).toContain(id);
					await page.keyboard.press(String(shown.indexOf(id) + 1));
				} else await input.click();
				await expect(input).toBeChecked();
			}
			break;
		}
		case 'typed': {
			const text = right ? (q.accepted[0] ?? '') : wrongText;
			const field = box.getByRole('textbox');
			if (keyboard) {
				await tabTo(page, field);
				await page.keyboard.type(text);
			} else await field.fill(text);
			break;
		}
		case 'cloze': {
			for (const [i, accepted] of q.gaps.entries()) {
				const gap = box.getByRole('textbox', { name: `Gap ${i + 1} of ${q.gaps.length}` });
				const text = right ? (accepted[0] ?? '') : wrongText;
				if (keyboard) {
					await tabTo(page, gap);
					await page.keyboard.type(text);
				} else await gap.fill(text);
			}
			break;
		}
		case 'ordering': {
			// wrong: one swap that leaves it unsolved (the order as shown is not taken for an answer)
			{
				const shown = await shownOrder(page, item);
				const solved = q.items.map((i) => i.id);
				const moves = right ? movesBetween(shown, solved) : [wrongMove(shown, solved)];
				for (const move of moves) {
					const button = box.locator(
						`button[data-item="${move.id}"][data-direction="${move.direction}"]`
					);
					if (keyboard) {
						await tabTo(page, button);
						await page.keyboard.press('Enter');
					} else await button.click();
				}
				if (right) expect(await shownOrder(page, item)).toEqual(solved);
				else expect(await shownOrder(page, item)).not.toEqual(solved);
			}
			checkWithButton = true;
			break;
		}
		case 'matching': {
			const ids = q.pairs.map((p) => p.id);
			for (const [i, pair] of q.pairs.entries()) {
				const chosen = right ? pair.id : (ids[(i + 1) % ids.length] as string);
				// a radio group per prompt, a radio button per finding (issue 14)
				const group = box.getByRole('group', { name: pair.left, exact: true });
				const finding = group.locator(`input[value="${chosen}"]`);
				if (keyboard) {
					// Tab lands on the group's first radio button; the arrows choose within it
					const radios = group.getByRole('radio');
					await tabTo(page, radios.first());
					const values = await radios.evaluateAll((inputs) =>
						inputs.map((input) => (input as HTMLInputElement).value)
					);
					const steps = values.indexOf(chosen);
					if (steps === 0) await page.keyboard.press('Space');
					for (let k = 0; k < steps; k++) await page.keyboard.press('ArrowDown');
				} else await finding.check();
				await expect(finding).toBeChecked();
			}
			checkWithButton = true;
			break;
		}
	}
	if (keyboard) {
		if (checkWithButton) {
			// focus is on a move button or a radio button of a matching, where Enter has its own
			// meaning or moves nothing on
			await tabTo(page, page.getByRole('button', { name: 'Check answer' }));
		}
		await page.keyboard.press('Enter');
	} else await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Correct|Incorrect/ })).toContainText(
		right ? 'Correct' : 'Incorrect'
	);
}

/** the Next (or See your results) button */
export const nextButton = (page: Page) =>
	page.getByRole('button', { name: /^(Next question|See your results)$/ });

/** Expects focus on the Next button, outlined so that it is visible. */
export async function expectNextFocused(page: Page) {
	const next = nextButton(page);
	await expect(next).toBeFocused();
	const outline = await next.evaluate((el) => {
		const style = getComputedStyle(el);
		return {
			style: style.outlineStyle,
			width: parseFloat(style.outlineWidth),
			color: style.outlineColor
		};
	});
	expect(outline.style).not.toBe('none');
	expect(outline.width).toBeGreaterThanOrEqual(2);
	expect(outline.color).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
}

/** the first question of each type in the file, then more until there are `count` */
export function onePerType(items: Map<string, QuizItem>, count: number): QuizItem[] {
	const all = [...items.values()];
	const chosen = questionTypes.map((type) => {
		const found = all.find((i) => i.question.type === type);
		if (!found) throw new Error(`no ${type} question in the bank`);
		return found;
	});
	for (const item of all) {
		if (chosen.length >= count) break;
		if (!chosen.includes(item)) chosen.push(item);
	}
	return chosen;
}

/**
 * An unfinished quiz already answered up to `position` (the answers also in the attempt log, as
 * the app stores each when it is checked): `wrong` lists the questions answered wrong. A test of
 * the quiz's later questions or its end starts here instead of answering the first ones again.
 */
export function quizUnderway(
	setId: string,
	items: QuizItem[],
	position: number,
	wrong: string[] = []
): { quiz: ActiveQuiz; attempts: Attempt[] } {
	const quiz = seededQuiz(setId, items);
	const attempts: Attempt[] = items.slice(0, position).map((item, i) => ({
		id: `${quiz.id}-${i}`,
		questionId: item.question.id,
		setId,
		sessionId: quiz.id,
		answeredAt: new Date(Date.now() - (position - i) * 5000).toISOString(),
		response: responseFor(item, !wrong.includes(item.question.id)),
		correct: !wrong.includes(item.question.id)
	}));
	return { quiz: { ...quiz, position, attempts }, attempts };
}
