import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { Question } from '$lib/content/schema';
import { matching, ordering, seededRandom, single, typed } from '$lib/quiz/fixtures';
import { memoryConnection } from '$lib/browser/test-tabs';
import type { FinishedQuiz, Settings } from '$lib/model/schema';
import { AppState } from '$lib/state/app-state.svelte';
import { openQuiz, type QuizEdge } from '$lib/state/quiz-session.svelte';
import QuizRunner from './QuizRunner.svelte';
import { quizItem } from '$lib/content/test-items';
import { newCardState } from '$lib/srs';

let ids = 0;

function edge(): QuizEdge {
	let minute = 0;
	return {
		now: () => new Date(Date.UTC(2025, 2, 1, 10, minute++)),
		random: seededRandom(7),
		newId: () => `id-${++ids}`
	};
}

/**
 * A quiz of the addition topic's questions (two of them come in the order given: the first is
 * the set's opening question), taken in the runner with the settings given.
 */
async function renderQuiz(questions: Question[], settings: Partial<Settings> = {}) {
	const app = new AppState(() => new Date('2025-03-01T12:00:00Z'));
	await app.connect(memoryConnection());
	const opened = openQuiz(app, 'topic-shared-addition', questions.map(quizItem), edge());
	if (opened.kind !== 'open') throw new Error('the quiz opens');
	const onfinished = vi.fn<(finished: FinishedQuiz) => void>();
	const screen = await render(QuizRunner, {
		session: opened.session,
		settings: { ...app.data.settings, ...settings },
		onfinished
	});
	return { ...screen, app, session: opened.session, onfinished };
}

const status = () => page.getByRole('status');
const checkButton = () => page.getByRole('button', { name: 'Check answer' });
const nextButton = () => page.getByRole('button', { name: 'Next question' });

describe('QuizRunner', () => {
	it('says Enter checks an answer, except on an ordering question, whose Move buttons Enter presses', async () => {
		const choice = await renderQuiz([single, typed]);
		await expect.element(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
		expect(choice.container.querySelector('.keys')?.textContent).toContain(
			'Enter checks the answer'
		);
		choice.unmount();
		const order = await renderQuiz([{ ...ordering, topic: 'shared-addition' }]);
		await expect.element(page.getByText(ordering.prompt)).toBeVisible();
		expect(order.container.querySelector('.keys')).toBeNull();
	});

	it('says how many pairs of a wrong matching were right, and lists the right pairs a line each', async () => {
		await renderQuiz([{ ...matching, topic: 'shared-addition' }]);
		const choose = (prompt: string, finding: string) =>
			page.getByRole('group', { name: prompt }).getByRole('radio', { name: finding }).click();
		await choose('Suppress "rabbit"', 'The line ends with "habit"');
		await choose('Inject "green"', 'The line ends with "rabbit"');
		await choose('No intervention', 'The line ends with "green"');
		await page.getByRole('button', { name: 'Check answer' }).click();
		await expect.element(status()).toHaveTextContent(/^Incorrect \(1 of 3 pairs right\)/);
		const lines = status().getByRole('listitem');
		await expect
			.element(lines.nth(0))
			.toHaveTextContent('Suppress "rabbit": The line ends with "habit"');
		expect(lines.all()).toHaveLength(3);
	});

	it('shows where the learner is and the score so far', async () => {
		await renderQuiz([single, typed]);
		await expect.element(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
		await expect.element(page.getByText('Score so far: 0 right out of 0 answered')).toBeVisible();
	});

	it('says what is missing when Check is pressed with no answer, and grades nothing', async () => {
		const { app } = await renderQuiz([single, typed]);
		await checkButton().click();
		await expect.element(status()).toHaveTextContent('Choose an answer first.');
		await expect.element(checkButton()).toBeVisible();
		expect(app.data.attempts).toEqual([]);
	});

	it('says a wrong answer is incorrect, gives the right one and why, and moves focus to Next', async () => {
		await renderQuiz([single, typed]);
		await page.getByRole('radio', { name: 'By carrying digits like a person' }).click();
		await checkButton().click();
		await expect.element(status()).toHaveTextContent('Incorrect');
		await expect.element(status()).toHaveTextContent('The right answer: Along parallel pathways');
		await expect.element(page.getByRole('heading', { name: 'Why' })).toBeVisible();
		await expect.element(page.getByText(single.explanation)).toBeVisible();
		// the option chosen repeats the episode's distortion C07: the feedback says so
		await expect
			.element(page.getByRole('heading', { name: 'That is what the episode said' }))
			.toBeVisible();
		await expect.element(checkButton()).not.toBeInTheDocument();
		await expect.element(nextButton()).toHaveFocus();
		// the sources are folded (issue 14): one tap opens them
		await page.getByRole('heading', { name: 'Sources' }).click();
		await expect
			.element(page.getByRole('link', { name: 'Read it in the transcript' }))
			.toHaveAttribute('href', '/transcript#p-12');
		await expect.element(page.getByText('Score so far: 0 right out of 1 answered')).toBeVisible();
	});

	it('says a right answer is correct, and shows no distortion', async () => {
		await renderQuiz([single, typed]);
		await page.getByRole('radio', { name: 'Along parallel pathways' }).click();
		await checkButton().click();
		await expect.element(status()).toHaveTextContent('Correct');
		await expect.element(status()).not.toHaveTextContent('Incorrect');
		await expect
			.element(page.getByRole('heading', { name: 'That is what the episode said' }))
			.not.toBeInTheDocument();
		await expect.element(page.getByText('Score so far: 1 right out of 1 answered')).toBeVisible();
	});

	it('moves to the next question with Next, with focus on its heading', async () => {
		await renderQuiz([single, typed]);
		await page.getByRole('radio', { name: 'Along parallel pathways' }).click();
		await checkButton().click();
		await nextButton().click();
		const heading = page.getByRole('heading', { name: 'Question 2 of 2' });
		await expect.element(heading).toHaveFocus();
		await expect
			.element(page.getByRole('textbox', { name: 'What computes the last digit of the sum?' }))
			.toHaveValue('');
		await expect.element(checkButton()).toBeVisible();
		await expect.element(status()).toHaveTextContent('');
	});

	it('offers “See your results” after the last question, and hands over the finished quiz', async () => {
		const { onfinished } = await renderQuiz([typed]);
		await page
			.getByRole('textbox', { name: 'What computes the last digit of the sum?' })
			.fill('lookup table');
		await checkButton().click();
		await expect.element(nextButton()).not.toBeInTheDocument();
		await page.getByRole('button', { name: 'See your results' }).click();
		expect(onfinished).toHaveBeenCalledTimes(1);
		expect(onfinished.mock.calls[0]?.[0]).toMatchObject({
			setId: 'topic-shared-addition',
			correct: 1,
			total: 1
		});
	});

	it('counts a typed answer graded wrong as right when the learner says “I was right”', async () => {
		await renderQuiz([typed]);
		await page
			.getByRole('textbox', { name: 'What computes the last digit of the sum?' })
			.fill('a big table');
		await checkButton().click();
		await expect.element(status()).toHaveTextContent('Incorrect');
		await expect
			.element(page.getByText('What you typed, against the accepted answer:'))
			.toBeVisible();
		await page.getByRole('button', { name: 'I was right', exact: true }).click();
		await expect
			.element(status())
			.toHaveTextContent('Correct (counted as right because you said so)');
		await expect
			.element(page.getByRole('button', { name: 'I was right', exact: true }))
			.not.toBeInTheDocument();
		await expect.element(page.getByText('Score so far: 1 right out of 1 answered')).toBeVisible();
		// a tap not meant: taken back, and offered again with the focus on it
		await page.getByRole('button', { name: 'Undo “I was right”' }).click();
		await expect.element(status()).toHaveTextContent('Incorrect');
		await expect.element(status()).not.toHaveTextContent('because you said so');
		await expect.element(page.getByText('Score so far: 0 right out of 1 answered')).toBeVisible();
		await expect
			.element(page.getByRole('button', { name: 'I was right', exact: true }))
			.toHaveFocus();
		await expect
			.element(page.getByRole('button', { name: 'Undo “I was right”' }))
			.not.toBeInTheDocument();
	});

	it('asks how sure the learner is with one tap that checks, and says it back in the feedback', async () => {
		const { app } = await renderQuiz([single, typed], { askConfidence: true });
		const sure = page
			.getByRole('group', { name: 'How sure are you? Choose one to check your answer.' })
			.getByRole('button', { name: 'Sure' });
		await page.getByRole('radio', { name: 'By carrying digits like a person' }).click();
		await sure.click();
		await expect.element(status()).toHaveTextContent('Incorrect');
		await expect.element(status()).toHaveTextContent('You were sure, and this was wrong.');
		expect(app.data.attempts[0]).toMatchObject({ confidence: 'sure', correct: false });
	});

	it('checks without a confidence with Check answer, and asks none when the settings say so', async () => {
		const { app } = await renderQuiz([single], { askConfidence: false });
		await expect.element(page.getByRole('button', { name: 'Guessing' })).not.toBeInTheDocument();
		await page.getByRole('radio', { name: 'Along parallel pathways' }).click();
		await checkButton().click();
		await expect.element(status()).toHaveTextContent('Correct');
		await expect.element(status()).not.toHaveTextContent(/You were|You thought/);
		expect(app.data.attempts[0]?.confidence).toBeUndefined();
	});

	it('shows the right answer after “I don’t know”, counts a miss, and names the card it adds to review', async () => {
		const { app } = await renderQuiz([single, typed]);
		await page.getByRole('button', { name: 'I don’t know' }).click();
		await expect.element(status()).toHaveTextContent('Not answered');
		await expect.element(status()).toHaveTextContent('The right answer: Along parallel pathways');
		await expect
			.element(status())
			.toHaveTextContent('Added to your flashcards: “How does the model add two numbers?”');
		await expect.element(page.getByText('Right answer, not chosen', { exact: true })).toBeVisible();
		await expect.element(nextButton()).toHaveFocus();
		await expect.element(page.getByText('Score so far: 0 right out of 1 answered')).toBeVisible();
		expect(app.data.attempts[0]).toMatchObject({ response: { type: 'skip' }, correct: false });
		expect(app.data.cards.map((c) => c.cardId)).toEqual(['shared-addition-card']);
	});

	it('says so when a miss brings back a card the learner had buried until tomorrow', async () => {
		const { app } = await renderQuiz([single, typed]);
		const buried = {
			...newCardState('shared-addition-card', new Date('2025-02-20T09:00:00Z')),
			buriedUntil: '2025-03-02T04:00:00.000Z'
		};
		await app.update((data) => ({ ...data, cards: [buried] }));
		await page.getByRole('button', { name: 'I don’t know' }).click();
		// the card was the learner's already: not "added", but due now
		await expect
			.element(status())
			.toHaveTextContent(
				'Already in your flashcards, now due today: “How does the model add two numbers?”'
			);
		await expect.element(status()).not.toHaveTextContent('Added to your flashcards');
		await expect
			.element(status())
			.toHaveTextContent('You had buried it until tomorrow: this miss brings it back today.');
		expect(app.data.cards[0]?.buriedUntil).toBeUndefined();
	});

	it('finishes now, after the first answer, with the results of what was answered', async () => {
		const { onfinished } = await renderQuiz([single, typed]);
		await expect.element(page.getByRole('button', { name: 'Finish now' })).not.toBeInTheDocument();
		await page.getByRole('radio', { name: 'Along parallel pathways' }).click();
		await checkButton().click();
		await page.getByRole('button', { name: 'Finish now' }).click();
		// it asks first, with Keep going in focus: a stray Enter ends nothing
		await expect.element(page.getByRole('button', { name: 'Keep going' })).toHaveFocus();
		await expect
			.element(page.getByRole('group', { name: 'End the quiz with 1 of 2 answered?' }))
			.toBeVisible();
		expect(onfinished).not.toHaveBeenCalled();
		await page.getByRole('button', { name: 'End the quiz' }).click();
		expect(onfinished).toHaveBeenCalledTimes(1);
		expect(onfinished.mock.calls[0]?.[0]).toMatchObject({ correct: 1, total: 1 });
	});

	it('keeps going when Finish now is asked and declined, Enter on Keep going included', async () => {
		const { onfinished } = await renderQuiz([single, typed]);
		await page.getByRole('radio', { name: 'Along parallel pathways' }).click();
		await checkButton().click();
		await page.getByRole('button', { name: 'Finish now' }).click();
		await userEvent.keyboard('{Enter}');
		await expect.element(page.getByRole('button', { name: 'Finish now' })).toBeVisible();
		await expect.element(page.getByRole('heading', { name: 'Question 1 of 2' })).toHaveFocus();
		expect(onfinished).not.toHaveBeenCalled();
	});
});

describe('QuizRunner by keyboard', () => {
	it('picks an option by its number, in the order shown', async () => {
		const { session } = await renderQuiz([single, typed]);
		const third = single.options.find((o) => o.id === session.layout?.[2]);
		await userEvent.keyboard('3');
		await expect.element(page.getByRole('radio', { name: third?.text })).toBeChecked();
		expect(page.getByRole('radio', { checked: true }).elements()).toHaveLength(1);
	});

	it('checks with Enter, then moves on with Enter', async () => {
		await renderQuiz([single, typed]);
		await userEvent.keyboard('1');
		await userEvent.keyboard('{Enter}');
		await expect.element(status()).toHaveTextContent(/Correct|Incorrect/);
		await userEvent.keyboard('{Enter}');
		await expect.element(page.getByRole('heading', { name: 'Question 2 of 2' })).toHaveFocus();
	});

	it('checks a typed answer with Enter in its text box, and the number keys type there', async () => {
		await renderQuiz([typed]);
		const box = page.getByRole('textbox', { name: 'What computes the last digit of the sum?' });
		await box.click();
		await userEvent.keyboard('table 2{Enter}');
		await expect.element(box).toHaveValue('table 2');
		await expect.element(status()).toHaveTextContent('Incorrect');
	});

	it('leaves the number keys alone when the settings turn them off', async () => {
		await renderQuiz([single, typed], { numberKeys: false });
		await userEvent.keyboard('1');
		await checkButton().click();
		await expect.element(status()).toHaveTextContent('Choose an answer first.');
		await expect.element(page.getByRole('radio', { checked: true })).not.toBeInTheDocument();
	});
});

describe('QuizRunner: how sure, by keyboard', () => {
	it('says how sure with G, T or S, which checks the answer too', async () => {
		const { app } = await renderQuiz([single, typed], { askConfidence: true });
		await userEvent.keyboard('1');
		await userEvent.keyboard('g');
		await expect.element(status()).toHaveTextContent('You were guessing, and this was');
		expect(app.data.attempts[0]?.confidence).toBe('guess');
	});

	it('types G, T and S in a text box rather than answering with them', async () => {
		const { app } = await renderQuiz([typed], { askConfidence: true });
		const box = page.getByRole('textbox', { name: 'What computes the last digit of the sum?' });
		await box.click();
		await userEvent.keyboard('gts');
		await expect.element(box).toHaveValue('gts');
		expect(app.data.attempts).toEqual([]);
	});
});
