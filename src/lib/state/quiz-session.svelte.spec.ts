import { describe, expect, it } from 'vitest';
import type { QuizItem } from '$lib/content/quiz-items';
import type { Question } from '$lib/content/schema';
import { everyType, factCheck, seededRandom, single, typed } from '$lib/quiz/fixtures';
import { memoryConnection, storedFor } from '$lib/browser/test-tabs';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { newCardState } from '$lib/srs';
import { finished } from '$lib/model/test-data';
import { AppState } from './app-state.svelte';
import { openQuiz, startRetry, type QuizEdge } from './quiz-session.svelte';
import { draftKeeper } from '$lib/browser/quiz-draft';
import { quizDraftKey } from '$lib/storage/keys';

const item = (question: Question): QuizItem => ({
	question,
	topicTitle: 'A topic',
	paper: [],
	evidence: [],
	misconceptions: [],
	cards: [{ id: `card-of-${question.id}`, front: `The card of ${question.id}` }],
	...(question.type === 'fact-check'
		? {
				claim: {
					id: question.claim,
					verdict: 'DISTORTED' as const,
					quote: 'what the episode said',
					paperSays: 'what the paper says, at some length',
					paper: []
				}
			}
		: {})
});

const items = everyType.map(item);

// ids stay unique across every edge of a test file, as random UUIDs would
let n = 0;

function edge(): QuizEdge {
	let minute = 0;
	return {
		now: () => new Date(Date.UTC(2025, 2, 1, 10, minute++)),
		random: seededRandom(7),
		newId: () => `id-${++n}`
	};
}

async function connectedApp(storage = new MemoryStorage()) {
	const app = new AppState(() => new Date('2025-03-01T12:00:00Z'));
	await app.connect(memoryConnection(storage));
	return { app, storage };
}

/** what the app stored in its database */
const stored = (storage: Storage) => storedFor(storage);

function open(app: AppState, setId = 'mixed-all', e = edge()) {
	const result = openQuiz(app, setId, items, e);
	if (result.kind !== 'open') throw new Error('the quiz opens');
	return result.session;
}

describe('openQuiz', () => {
	// issue 17: `a typed response cannot answer fact-check question …` on /quiz/mixed-10
	it('leaves out a stored answer that does not fit its question, stores the quiz without it and says so', async () => {
		const { app, storage } = await connectedApp();
		const session = open(app);
		const quiz = session.quiz;
		const position = quiz.questionIds.indexOf(factCheck.id);
		const mismatched = {
			id: 'bad-1',
			questionId: factCheck.id,
			setId: quiz.setId,
			sessionId: quiz.id,
			answeredAt: '2025-03-01T10:05:00.000Z',
			response: { type: 'typed' as const, text: 'x' },
			correct: false
		};
		await app.update((data) => ({
			...data,
			activeQuizzes: [{ ...quiz, position, attempts: [mismatched] }],
			attempts: [mismatched]
		}));
		const reopened = openQuiz(app, quiz.setId, items, edge());
		// the quiz without the answer is stored as it opens
		await app.settled;
		expect(reopened).toMatchObject({ kind: 'open', dropped: 1 });
		if (reopened.kind !== 'open') return;
		expect(reopened.session.item?.question.id).toBe(factCheck.id);
		expect(reopened.session.checked).toBe(false);
		expect(reopened.session.grade).toBeUndefined();
		expect((await stored(storage)).activeQuizzes[0]?.attempts).toEqual([]);
		expect((await stored(storage)).attempts).toEqual([]);
		// the question is asked again, and answered as any other
		reopened.session.setDraft({ type: 'fact-check', verdict: 'DISTORTED' });
		expect(await reopened.session.check()).toBe(true);
		expect(reopened.session.grade).toMatchObject({ type: 'fact-check', correct: true });
	});

	it('begins a quiz without storing anything, and stores it, with its seed, at the first answer', async () => {
		const { app, storage } = await connectedApp();
		const session = open(app);
		expect(session.number).toBe(1);
		expect(session.total).toBe(8);
		expect(session.stored).toBe(false);
		expect(app.data.activeQuizzes).toEqual([]);
		expect(await session.skip()).toBe(true);
		expect(session.stored).toBe(true);
		expect((await stored(storage)).activeQuizzes).toEqual([session.quiz]);
		expect(session.quiz.seed).toEqual(expect.any(Number));
	});

	it('opens every new quiz of a set on the same question, and asks the learner’s number of questions', async () => {
		const { app } = await connectedApp();
		const ten = Array.from({ length: 12 }, (_, i) =>
			item({ ...single, id: `addition-${i}`, depth: 1 })
		);
		const opening = (length?: 10 | 20 | 'all') => {
			const result = openQuiz(app, 'topic-shared-addition-depth-1', ten, edge(), {
				...(length ? { length } : {})
			});
			if (result.kind !== 'open') throw new Error('the quiz opens');
			return result.session;
		};
		expect(opening().total).toBe(10);
		expect(opening('all').total).toBe(12);
		await app.update((data) => ({ ...data, settings: { ...data.settings, quizLength: 'all' } }));
		expect(opening().total).toBe(12);
		expect(new Set([opening().item?.question.id, opening(10).item?.question.id]).size).toBe(1);
	});

	it('draws a retake’s first question afresh once the set has been finished', async () => {
		const { app } = await connectedApp();
		const twelve = Array.from({ length: 12 }, (_, i) =>
			item({ ...single, id: `addition-${i}`, depth: 1 })
		);
		const setId = 'topic-shared-addition-depth-1';
		const firsts = (options: { alsoResume?: string[] } = {}) => {
			const seeds = Array.from({ length: 8 }, (_, i) => i + 1);
			const opened = seeds.map((seed) =>
				openQuiz(app, setId, twelve, { ...edge(), random: seededRandom(seed) }, options)
			);
			return new Set(opened.map((o) => (o.kind === 'open' ? o.session.item?.question.id : o)));
		};
		expect(firsts().size).toBe(1);
		const finishedOn = async (finishedSetId: string) =>
			app.update((data) => ({
				...data,
				finishedQuizzes: [finished('done-1', { setId: finishedSetId })]
			}));
		// finished at another set: still the opening question
		await finishedOn('topic-shared-addition-depth-2');
		expect(firsts().size).toBe(1);
		// a quiz of the set begun before depths, finished, counts where it would be resumed
		await finishedOn('topic-shared-addition');
		expect(firsts().size).toBe(1);
		expect(firsts({ alsoResume: ['topic-shared-addition'] }).size).toBeGreaterThan(2);
		await finishedOn(setId);
		expect(firsts().size).toBeGreaterThan(2);
	});

	it('continues a quiz begun before depths on its set’s first depth, when asked to', async () => {
		const { app } = await connectedApp();
		const before = open(app, 'topic-shared-addition');
		await before.skip();
		const result = openQuiz(app, 'topic-shared-addition-depth-1', items, edge(), {
			alsoResume: ['topic-shared-addition']
		});
		expect(result.kind === 'open' && result.session.quiz.id).toBe(before.quiz.id);
	});

	it('keeps an answer typed but not checked across a reload, for that question only', async () => {
		const { app } = await connectedApp();
		const tab = new MemoryStorage();
		const withDrafts = (): QuizEdge => ({ ...edge(), drafts: draftKeeper(() => tab) });
		const setId = 'topic-shared-addition';
		const session = open(app, setId, withDrafts());
		// a new quiz keeps nothing: it is stored at its first answer
		session.setDraft({ type: 'single', choice: 'a' });
		expect(tab.getItem(quizDraftKey)).toBeNull();
		await session.check();
		await session.next();
		while (session.item && session.item.question.id !== typed.id) {
			await session.skip();
			await session.next();
		}
		const reopen = () => {
			const result = openQuiz(app, setId, items, withDrafts());
			if (result.kind !== 'open') throw new Error('the quiz opens');
			return result.session;
		};
		const draft = { type: 'typed' as const, text: 'a half-typed answer' };
		session.setDraft(draft);
		// the page loaded again: the same question, the same answer in it, not yet checked
		const reloaded = reopen();
		expect(reloaded.item?.question.id).toBe(typed.id);
		expect(reloaded.draft).toEqual(draft);
		expect(reloaded.checked).toBe(false);
		// a kept answer that does not fit the question (another version's) is not used
		tab.setItem(
			quizDraftKey,
			JSON.stringify({
				quizId: reloaded.quiz.id,
				questionId: typed.id,
				response: { type: 'single', choice: 'a' }
			})
		);
		expect(reopen().draft).toEqual({ type: 'typed', text: '' });
		// once checked, the answer is the quiz's, and nothing is kept
		reloaded.setDraft(draft);
		await reloaded.check();
		expect(tab.getItem(quizDraftKey)).toBeNull();
		expect(reopen().attempt?.response).toEqual(draft);
	});

	it('resumes the stored quiz of the set on the same question, with the same score', async () => {
		const { app, storage } = await connectedApp();
		const first = open(app, 'topic-shared-addition');
		const question = first.item?.question;
		if (question?.type !== 'single')
			throw new Error('the first addition question is the single choice');
		first.setDraft({ type: 'single', choice: question.answer });
		expect(await first.check()).toBe(true);
		await first.next();

		const again = (await connectedApp(storage)).app;
		const resumed = open(again, 'topic-shared-addition');
		expect(resumed.quiz.id).toBe(first.quiz.id);
		expect(resumed.number).toBe(2);
		expect(resumed.score).toEqual({ correct: 1, answered: 1, total: 5 });
		expect(resumed.layout).toEqual(first.layout);
	});

	it('shows a checked answer again after a reload, with its grade', async () => {
		const { app, storage } = await connectedApp();
		const session = open(app, 'topic-shared-addition');
		session.setDraft({ type: 'single', choice: 'b' });
		await session.check();
		const resumed = open((await connectedApp(storage)).app, 'topic-shared-addition');
		expect(resumed.checked).toBe(true);
		expect(resumed.draft).toEqual({ type: 'single', choice: 'b' });
		expect(resumed.grade).toMatchObject({ type: 'single', correct: false, misconception: 'C07' });
	});

	it('follows another tab that took the same quiz further, instead of answering or rewinding it', async () => {
		const storage = new MemoryStorage();
		const tabA = open((await connectedApp(storage)).app, 'topic-shared-addition');
		tabA.setDraft({ type: 'single', choice: 'b' });
		expect(await tabA.check()).toBe(true);
		const tabB = open((await connectedApp(storage)).app, 'topic-shared-addition');
		expect(tabB.quiz.id).toBe(tabA.quiz.id);
		await tabA.next();
		await tabA.skip();
		// the stale tab, still on the first question, moves on as if the second were untouched
		expect(await tabB.next()).toBeUndefined();
		expect(tabB.hint).toBe('This quiz went on in another tab: here is where it is now.');
		expect(tabB.number).toBe(2);
		expect(tabB.checked).toBe(true);
		const data = await stored(storage);
		expect(data.attempts).toHaveLength(2);
		expect(data.activeQuizzes.find((q) => q.id === tabA.quiz.id)?.position).toBe(1);
	});

	it('follows the quiz another tab began on the same set since, rather than replace it', async () => {
		const storage = new MemoryStorage();
		const tabA = open((await connectedApp(storage)).app, 'topic-shared-addition');
		const tabB = open((await connectedApp(storage)).app, 'topic-shared-addition');
		expect(tabB.quiz.id).not.toBe(tabA.quiz.id);
		expect(await tabA.skip()).toBe(true);
		expect(await tabB.skip()).toBe(false);
		expect(tabB.hint).toBe('This quiz went on in another tab: here is where it is now.');
		expect(tabB.quiz.id).toBe(tabA.quiz.id);
		expect((await stored(storage)).activeQuizzes.map((q) => q.id)).toEqual([tabA.quiz.id]);
	});

	it('finds nothing to ask in My mistakes before any mistake, nor a retry that was never started', async () => {
		const { app } = await connectedApp();
		expect(openQuiz(app, 'mistakes', items, edge()).kind).toBe('empty');
		expect(openQuiz(app, 'retry', items, edge()).kind).toBe('empty');
	});

	it('starts afresh when a stored question has left the bank', async () => {
		const { app } = await connectedApp();
		const first = open(app, 'mixed-all');
		await first.skip();
		const fewer = items.filter((i) => i.question.id !== single.id);
		const result = openQuiz(app, 'mixed-all', fewer, edge());
		expect(result.kind === 'open' && result.session.quiz.id).not.toBe(first.quiz.id);
		if (result.kind === 'open') await result.session.skip();
		expect(app.data.activeQuizzes).toHaveLength(1);
	});

	it('starts afresh over a stored quiz that is past its last question', async () => {
		const { app } = await connectedApp();
		const first = open(app, 'topic-shared-addition');
		await first.skip();
		await app.update((data) => ({
			...data,
			activeQuizzes: data.activeQuizzes.map((q) => ({ ...q, position: q.questionIds.length }))
		}));
		const again = open(app, 'topic-shared-addition');
		expect(again.quiz.id).not.toBe(first.quiz.id);
		expect(again.number).toBe(1);
		await again.skip();
		expect(app.data.activeQuizzes.map((q) => q.id)).toEqual([again.quiz.id]);
	});
});

describe('a quiz session', () => {
	it('refuses to check nothing, and says why', async () => {
		const { app } = await connectedApp();
		const session = open(app, 'topic-shared-addition');
		expect(await session.check()).toBe(false);
		expect(session.hint).toBe('Choose an answer first.');
		expect(app.data.attempts).toEqual([]);
	});

	it('picks options by number in the order shown, and not once checked', async () => {
		const { app } = await connectedApp();
		const session = open(app, 'topic-shared-addition');
		expect(session.pick(2)).toBe(true);
		expect(session.draft).toEqual({ type: 'single', choice: session.layout?.[1] });
		await session.check();
		expect(session.pick(1)).toBe(false);
		expect(session.pick(9)).toBe(false);
	});

	it('stores every answer in the attempt log and the quiz, with the confidence when asked', async () => {
		const { app, storage } = await connectedApp();
		await app.update((data) => ({ ...data, settings: { ...data.settings, askConfidence: true } }));
		const session = open(app, 'topic-shared-addition');
		session.setDraft({ type: 'single', choice: 'a' });
		session.setConfidence('guess');
		await session.check();
		const data = await stored(storage);
		expect(data.attempts).toHaveLength(1);
		expect(data.attempts[0]).toMatchObject({
			questionId: single.id,
			setId: 'topic-shared-addition',
			sessionId: session.quiz.id,
			correct: true,
			confidence: 'guess',
			response: { type: 'single', choice: 'a' }
		});
		expect(data.activeQuizzes[0]?.attempts).toEqual(data.attempts);
	});

	it('stores the confidence given with one tap that checks the answer', async () => {
		const { app } = await connectedApp();
		const session = open(app, 'topic-shared-addition');
		expect(await session.check('sure')).toBe(false);
		expect(session.confidence).toBeUndefined();
		session.setDraft({ type: 'single', choice: 'b' });
		expect(await session.check('sure')).toBe(true);
		expect(app.data.attempts[0]).toMatchObject({ confidence: 'sure', correct: false });
	});

	it('leaves the confidence out when the settings do not ask for it', async () => {
		const { app } = await connectedApp();
		await app.update((data) => ({ ...data, settings: { ...data.settings, askConfidence: false } }));
		const session = open(app, 'topic-shared-addition');
		session.setDraft({ type: 'single', choice: 'a' });
		session.setConfidence('sure');
		await session.check();
		expect(app.data.attempts[0]?.confidence).toBeUndefined();
	});

	it('grades a fact-check against its claim’s verdict', async () => {
		const { app } = await connectedApp();
		const session = open(app, 'fact-check');
		expect(session.item?.question.id).toBe(factCheck.id);
		session.setDraft({ type: 'fact-check', verdict: 'DISTORTED' });
		await session.check();
		expect(session.grade).toMatchObject({ correct: true, verdict: 'DISTORTED' });
	});

	it('records "I was right" as an override, in the quiz and in the log, and takes it back', async () => {
		const { app, storage } = await connectedApp();
		const session = open(app, 'topic-shared-addition');
		session.setDraft({ type: 'single', choice: 'a' });
		await session.check();
		await session.next();
		// only a checked question is left behind: each on the way is answered "I don't know"
		while (session.item && session.item.question.id !== typed.id) {
			await session.skip();
			await session.next();
		}
		session.setDraft({ type: 'typed', text: 'a big table' });
		await session.check();
		expect(session.attempt?.correct).toBe(false);
		await session.override();
		expect(session.attempt).toMatchObject({ correct: true, override: true });
		expect(session.score.correct).toBe(2);
		const log = (await stored(storage)).attempts;
		expect(log.find((a) => a.questionId === typed.id)).toMatchObject({
			correct: true,
			override: true
		});
		// taken back: wrong again, in the quiz and in the log, and offered again
		await session.undoOverride();
		expect(session.attempt?.correct).toBe(false);
		expect(session.attempt).not.toHaveProperty('override');
		expect(session.score.correct).toBe(1);
		const undone = (await stored(storage)).attempts.find((a) => a.questionId === typed.id);
		expect(undone?.correct).toBe(false);
		expect(undone).not.toHaveProperty('override');
		expect((await stored(storage)).activeQuizzes[0]?.attempts.at(-1)?.correct).toBe(false);
	});

	it('moves on with a fresh answer, and finishes after the last question', async () => {
		const { app, storage } = await connectedApp();
		const session = open(app, 'topic-multi-step-reasoning');
		expect(session.total).toBe(1);
		expect(session.isLast).toBe(true);
		expect(session.draft).toEqual({ type: 'ordering', order: session.layout });
		// the order as shown, never the right one, is not taken for an answer
		expect(await session.check()).toBe(false);
		expect(session.hint).toBe('Move the items into order first: they start shuffled.');
		const [first = '', ...rest] = session.layout ?? [];
		session.setDraft({ type: 'ordering', order: [...rest, first] });
		expect(await session.check()).toBe(true);
		const finished = await session.next();
		expect(finished).toMatchObject({ setId: 'topic-multi-step-reasoning', total: 1 });
		const data = await stored(storage);
		expect(data.activeQuizzes).toEqual([]);
		expect(data.finishedQuizzes).toEqual([finished]);
	});

	it('keeps one unfinished quiz a set', async () => {
		const { app } = await connectedApp();
		await open(app, 'topic-shared-addition').skip();
		await open(app, 'mixed-all').skip();
		await open(app, 'mixed-all').skip();
		await startRetry(app, items.slice(0, 2), edge());
		await startRetry(app, items.slice(2, 3), edge());
		expect(app.data.activeQuizzes.map((q) => q.setId)).toEqual([
			'topic-shared-addition',
			'mixed-all',
			'retry'
		]);
		const retry = openQuiz(app, 'retry', items, edge());
		expect(retry.kind === 'open' && retry.session.quiz.questionIds).toEqual([
			items[2]?.question.id
		]);
	});

	it('reads a second Enter pressed while the answer is being stored as "next", after it', async () => {
		const { app, storage } = await connectedApp();
		const session = open(app, 'topic-shared-addition');
		session.setDraft({ type: 'single', choice: 'a' });
		const [first, second] = await Promise.all([session.enter(), session.enter()]);
		expect(first).toEqual({ step: 'check', ok: true });
		expect(second).toEqual({ step: 'next', finished: undefined });
		expect(session.number).toBe(2);
		expect((await stored(storage)).activeQuizzes[0]?.position).toBe(1);
	});

	it('moves on once for a double press of Next: an unanswered question is never skipped', async () => {
		const { app } = await connectedApp();
		const session = open(app, 'topic-shared-addition');
		session.setDraft({ type: 'single', choice: 'a' });
		await session.check();
		await Promise.all([session.next(), session.next()]);
		expect(session.number).toBe(2);
		expect(session.checked).toBe(false);
	});

	it('leaves the answer being stored alone: number keys pressed meanwhile do nothing', async () => {
		const { app } = await connectedApp();
		const session = open(app, 'topic-shared-addition');
		session.setDraft({ type: 'single', choice: 'a' });
		const checking = session.check();
		expect(session.busy).toBe(true);
		expect(session.pick(2)).toBe(false);
		await checking;
		expect(session.busy).toBe(false);
		expect(session.attempt?.response).toEqual({ type: 'single', choice: 'a' });
	});

	it('asks My mistakes of exactly the questions last answered wrong', async () => {
		const { app } = await connectedApp();
		const session = open(app, 'mixed-all');
		const wrong: string[] = [];
		// the seeded quiz opens on the single choice, then the typed one: a wrong pick, a right
		// answer, then two "I don’t know"s
		expect(session.item?.question).toMatchObject({ id: single.id, type: 'single' });
		wrong.push(single.id);
		session.setDraft({ type: 'single', choice: 'b' });
		expect(await session.check()).toBe(true);
		expect(session.attempt?.correct).toBe(false);
		await session.next();
		expect(session.item?.question).toMatchObject({ id: typed.id, type: 'typed' });
		session.setDraft({ type: 'typed', text: 'lookup table' });
		expect(await session.check()).toBe(true);
		expect(session.attempt?.correct).toBe(true);
		await session.next();
		for (let i = 0; i < 2; i++) {
			const id = session.item?.question.id;
			if (!id) throw new Error('the quiz has a next question');
			wrong.push(id);
			expect(await session.skip()).toBe(true);
			await session.next();
		}
		expect(new Set([...wrong, typed.id]).size).toBe(4);
		const mistakes = openQuiz(app, 'mistakes', items, edge());
		expect(mistakes).toMatchObject({ kind: 'open' });
		if (mistakes.kind !== 'open') throw new Error('My mistakes opens');
		expect([...mistakes.session.quiz.questionIds].sort()).toEqual([...wrong].sort());
	});
});

describe('I don’t know, Finish now, and misses into review', () => {
	it('stores "I don’t know" as a skip that counts as a miss, and shows the answer’s grade', async () => {
		const { app, storage } = await connectedApp();
		const session = open(app, 'topic-shared-addition');
		session.setConfidence('sure');
		expect(await session.skip()).toBe(true);
		expect(session.checked).toBe(true);
		expect(session.grade).toEqual({ type: 'skip', correct: false });
		expect(session.score).toMatchObject({ correct: 0, answered: 1 });
		expect((await stored(storage)).attempts[0]).toMatchObject({
			response: { type: 'skip' },
			correct: false
		});
		expect((await stored(storage)).attempts[0]?.confidence).toBeUndefined();
		expect(await session.skip()).toBe(false);
	});

	it('brings a missed question’s cards into today’s review, and names them', async () => {
		const { app, storage } = await connectedApp();
		const session = open(app, 'topic-shared-addition');
		const cardId = `card-of-${session.item?.question.id}`;
		await session.skip();
		expect(session.addedCards.map((c) => c.id)).toEqual([cardId]);
		expect((await stored(storage)).cards).toMatchObject([
			{ cardId, state: 0, due: session.attempt?.answeredAt }
		]);
	});

	it('tells the cards a miss adds from those the learner had, while it knows', async () => {
		const { app } = await connectedApp();
		const session = open(app, 'topic-shared-addition');
		const first = `card-of-${session.item?.question.id}`;
		// the first question's card is the learner's already
		await app.update((data) => ({
			...data,
			cards: [newCardState(first, new Date('2025-02-20T09:00:00Z'))]
		}));
		await session.skip();
		expect(session.addedCards.map((c) => c.id)).toEqual([first]);
		expect(session.newCards).toEqual([]);
		await session.next();
		const second = `card-of-${session.item?.question.id}`;
		expect(second).not.toBe(first);
		await session.skip();
		expect(session.newCards?.map((c) => c.id)).toEqual([second]);
		// a page opened on the answer afterwards (a reload) does not know which were new
		const reopened = open(app, 'topic-shared-addition');
		expect(reopened.attempt?.questionId).toBe(session.attempt?.questionId);
		expect(reopened.addedCards.map((c) => c.id)).toEqual([second]);
		expect(reopened.newCards).toBeUndefined();
	});

	it('says when a miss ends the bury of a card it brings back, for that answer alone', async () => {
		const { app } = await connectedApp();
		const session = open(app, 'topic-shared-addition');
		const cardId = `card-of-${session.item?.question.id}`;
		// the quiz's clock is 1 March 2025, 10:00 UTC: buried until the next morning
		const later = '2025-03-02T04:00:00.000Z';
		await app.update((data) => ({
			...data,
			cards: [{ ...newCardState(cardId, new Date('2025-03-01T09:00:00Z')), buriedUntil: later }]
		}));
		await session.skip();
		expect(session.unburiedCards.map((c) => c.id)).toEqual([cardId]);
		expect(app.data.cards[0]?.buriedUntil).toBeUndefined();
		await session.next();
		expect(session.unburiedCards).toEqual([]);
		await session.skip();
		expect(session.addedCards).not.toEqual([]);
		expect(session.unburiedCards).toEqual([]);
	});

	it('brings nothing into review after a right answer, and leaves a suspended card out', async () => {
		const { app } = await connectedApp();
		const session = open(app, 'topic-shared-addition');
		const question = session.item?.question;
		if (question?.type !== 'single') throw new Error('a single choice first');
		session.setDraft({ type: 'single', choice: question.answer });
		await session.check();
		expect(session.addedCards).toEqual([]);
		expect(app.data.cards).toEqual([]);
		await session.next();
		const cardId = `card-of-${session.item?.question.id}`;
		await app.update((data) => ({
			...data,
			cards: [{ ...newCardState(cardId, new Date('2025-03-01T09:00:00Z')), suspended: true }]
		}));
		await session.skip();
		expect(session.addedCards).toEqual([]);
		expect(app.data.cards).toMatchObject([{ cardId, suspended: true }]);
	});

	it('finishes now with the results of what was answered', async () => {
		const { app, storage } = await connectedApp();
		const session = open(app, 'mixed-all');
		expect(session.canFinishNow).toBe(false);
		expect(await session.finishNow()).toBeUndefined();
		for (let i = 0; i < 3; i++) {
			await session.skip();
			await session.next();
		}
		expect(session.canFinishNow).toBe(true);
		const finished = await session.finishNow();
		expect(finished).toMatchObject({ setId: 'mixed-all', correct: 0, total: 3 });
		expect(finished?.questionIds).toEqual(session.quiz.questionIds.slice(0, 3));
		const data = await stored(storage);
		expect(data.activeQuizzes).toEqual([]);
		expect(data.finishedQuizzes).toEqual([finished]);
		expect(session.item).toBeUndefined();
	});
});
