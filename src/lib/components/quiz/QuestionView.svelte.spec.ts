import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { Question } from '$lib/content/schema';
import { initialDraft } from '$lib/quiz/draft';
import {
	cloze,
	factCheck,
	matching,
	multi,
	ordering,
	single,
	trueFalse,
	typed
} from '$lib/quiz/fixtures';
import { gradeResponse, type Grade } from '$lib/quiz/grade';
import type { Response } from '$lib/model/schema';
import QuestionView from './QuestionView.svelte';
import { quizItem } from '$lib/content/test-items';

/**
 * Renders a question the way the quiz runner does: each change the learner makes comes back as
 * the draft, and `check()` grades the draft as the runner's Check button would.
 */
async function renderQuestion(question: Question, layout: string[], showKeys = false) {
	const item = quizItem(question);
	let draft = $state.raw<Response | undefined>(initialDraft(question, layout));
	let grade = $state.raw<Grade | undefined>();
	const screen = await render(QuestionView, {
		item,
		layout,
		get draft() {
			return draft;
		},
		get grade() {
			return grade;
		},
		showKeys,
		onchange: (response: Response) => (draft = response)
	});
	return {
		...screen,
		check() {
			if (!draft) throw new Error('nothing to check');
			grade = gradeResponse(question, draft, item.claim ? { verdict: item.claim.verdict } : {});
			flushSync();
		}
	};
}

/** the row of one option, to read the mark shown beside it */
const option = (text: string) => page.getByRole('listitem').filter({ hasText: text });

describe('where a question’s answer comes from', () => {
	it('says so before it is answered: from the episode, or from the paper', async () => {
		const episode = await renderQuestion(single, ['a', 'b', 'c']);
		await expect.element(page.getByText('Covered in the episode', { exact: true })).toBeVisible();
		episode.unmount();
		await renderQuestion({ ...single, answerableFrom: 'paper' }, ['a', 'b', 'c']);
		await expect.element(page.getByText('Needs the paper', { exact: true })).toBeVisible();
		await expect.element(page.getByText('Covered in the episode')).not.toBeInTheDocument();
	});

	it('says a fact-check checks the episode against the paper, not "Needs the paper" over the episode’s words', async () => {
		await renderQuestion(factCheck, ['SUPPORTED', 'DISTORTED', 'NOT-IN-PAPER', 'OPINION']);
		await expect
			.element(page.getByText('Checked against the paper', { exact: true }))
			.toBeVisible();
		await expect.element(page.getByText('Needs the paper')).not.toBeInTheDocument();
	});
});

describe('a single-choice question', () => {
	it('asks its prompt over one radio button per option, in the order laid out', async () => {
		await renderQuestion(single, ['c', 'a', 'b']);
		const group = page.getByRole('group', { name: 'How does the model add 36 and 59?' });
		await expect.element(group).toBeVisible();
		const radios = group.getByRole('radio');
		expect(radios.all()).toHaveLength(3);
		await expect.element(radios.nth(0)).toHaveAccessibleName('By recalling the sum');
		await expect.element(radios.nth(1)).toHaveAccessibleName('Along parallel pathways');
		await expect.element(radios.nth(2)).toHaveAccessibleName('By carrying digits like a person');
	});

	it('says in words which answer was chosen and wrong, and which was right, once checked', async () => {
		const view = await renderQuestion(single, ['c', 'a', 'b']);
		await page.getByRole('radio', { name: 'By carrying digits like a person' }).click();
		view.check();
		await expect
			.element(option('By carrying digits like a person'))
			.toHaveTextContent('Your answer: wrong');
		await expect
			.element(option('Along parallel pathways'))
			.toHaveTextContent('Right answer, not chosen');
		await expect.element(option('By recalling the sum')).not.toHaveTextContent(/answer/i);
	});

	it('says a right choice was right, and then lets no option be changed', async () => {
		const view = await renderQuestion(single, ['c', 'a', 'b']);
		await page.getByRole('radio', { name: 'Along parallel pathways' }).click();
		view.check();
		await expect.element(option('Along parallel pathways')).toHaveTextContent('Your answer: right');
		const radios = page.getByRole('radio').all();
		expect(radios).toHaveLength(3);
		for (const radio of radios) await expect.element(radio).toBeDisabled();
		await expect
			.element(page.getByRole('radio', { name: 'Along parallel pathways' }))
			.toBeChecked();
	});

	it('shows the number key of each option without adding it to the option’s name', async () => {
		await renderQuestion(single, ['c', 'a', 'b'], true);
		await expect.element(option('By recalling the sum')).toHaveTextContent(/^1/);
		await expect
			.element(page.getByRole('radio', { name: 'By recalling the sum', exact: true }))
			.toBeVisible();
	});
});

describe('a select-all-that-apply question', () => {
	it('offers checkboxes and says to select all that apply', async () => {
		await renderQuestion(multi, ['a', 'b', 'c', 'd']);
		const group = page.getByRole('group', { name: 'Which pathways take part in the addition?' });
		await expect.element(group).toHaveTextContent('Select all that apply.');
		expect(group.getByRole('checkbox').elements()).toHaveLength(4);
	});

	it('keeps every box ticked, and marks each one right, wrong or missed once checked', async () => {
		const view = await renderQuestion(multi, ['a', 'b', 'c', 'd']);
		await page.getByRole('checkbox', { name: 'A rough magnitude pathway' }).click();
		await page.getByRole('checkbox', { name: 'A written carry procedure' }).click();
		await expect
			.element(page.getByRole('checkbox', { name: 'A rough magnitude pathway' }))
			.toBeChecked();
		view.check();
		await expect
			.element(option('A rough magnitude pathway'))
			.toHaveTextContent('Your answer: right');
		await expect
			.element(option('A written carry procedure'))
			.toHaveTextContent('Your answer: wrong');
		await expect
			.element(option('A last-digit lookup table'))
			.toHaveTextContent('Right answer, not chosen');
		await expect.element(option('A calculator tool call')).not.toHaveTextContent(/right|wrong/i);
		await expect.element(page.getByText('Select all that apply.')).not.toBeInTheDocument();
	});

	it('unticks a box clicked a second time', async () => {
		await renderQuestion(multi, ['a', 'b', 'c', 'd']);
		const box = page.getByRole('checkbox', { name: 'A calculator tool call' });
		await box.click();
		await box.click();
		await expect.element(box).not.toBeChecked();
	});
});

describe('a true-or-false question', () => {
	it('asks “True or false” over a True and a False radio button', async () => {
		const view = await renderQuestion(trueFalse, ['true', 'false']);
		const group = page.getByRole('group', {
			name: 'True or false: The model can accurately describe how it adds.'
		});
		await group.getByRole('radio', { name: 'True' }).click();
		view.check();
		await expect.element(option('True')).toHaveTextContent('Your answer: wrong');
		await expect.element(option('False')).toHaveTextContent('Right answer');
	});
});

describe('a fact-check', () => {
	it('quotes the episode and offers the four verdicts, each saying what it means', async () => {
		await renderQuestion(factCheck, ['SUPPORTED', 'DISTORTED', 'NOT-IN-PAPER', 'OPINION']);
		await expect.element(page.getByText('“it carries the one, just like we do”')).toBeVisible();
		// with the words said before it, which its “it” needs
		await expect
			.element(page.getByText('Just before: …And when it adds 36 and 59', { exact: false }))
			.toBeVisible();
		await expect
			.element(
				page.getByRole('group', {
					name: 'What does the paper say about this claim from the episode?'
				})
			)
			.toBeVisible();
		await expect
			.element(page.getByRole('radio', { name: 'Distorted' }))
			.toHaveAccessibleDescription('The paper says something different.');
		await expect
			.element(page.getByRole('radio', { name: 'Not in the paper' }))
			.toHaveAccessibleDescription('The paper does not say this.');
	});

	it('grades the verdict against the claim’s', async () => {
		const view = await renderQuestion(factCheck, [
			'SUPPORTED',
			'DISTORTED',
			'NOT-IN-PAPER',
			'OPINION'
		]);
		await page.getByRole('radio', { name: 'Supported' }).click();
		view.check();
		await expect.element(option('Supported')).toHaveTextContent('Your answer: wrong');
		await expect.element(option('Distorted')).toHaveTextContent('Right answer');
	});
});

describe('a typed question', () => {
	it('labels its text box with the prompt, and keeps what was typed, read-only, once checked', async () => {
		const view = await renderQuestion(typed, []);
		const box = page.getByRole('textbox', { name: 'What computes the last digit of the sum?' });
		await expect.element(box).toHaveAccessibleDescription(/Type a short answer, then press Enter/);
		await box.fill('a lookup table');
		view.check();
		await expect.element(box).toHaveValue('a lookup table');
		await expect.element(box).toHaveAttribute('readonly');
	});
});

describe('a cloze', () => {
	it('names each gap by its place, and says which gaps were right and what the others take', async () => {
		const view = await renderQuestion(cloze, []);
		await expect.element(page.getByRole('group', { name: 'Fill in the gaps.' })).toBeVisible();
		await page.getByRole('textbox', { name: 'Gap 1 of 2' }).fill('96');
		await page.getByRole('textbox', { name: 'Gap 2 of 2' }).fill('lookup table');
		view.check();
		await expect.element(page.getByText('Gap 1: wrong, the answer is “95”')).toBeVisible();
		await expect.element(page.getByText('Gap 2: right')).toBeVisible();
		// and in the text itself, each gap marked as its verdict
		await expect.element(page.getByRole('textbox', { name: 'Gap 1 of 2' })).toHaveClass('wrong');
		await expect.element(page.getByRole('textbox', { name: 'Gap 2 of 2' })).toHaveClass('right');
	});

	it('goes on to the next empty gap at Enter, and lets Enter through once every gap is filled', async () => {
		await renderQuestion(cloze, []);
		const first = page.getByRole('textbox', { name: 'Gap 1 of 2' });
		const second = page.getByRole('textbox', { name: 'Gap 2 of 2' });
		let checked = 0;
		// in a form with a submit button, as the quiz's Check is
		const form = document.createElement('form');
		document.querySelector('fieldset')!.before(form);
		form.append(
			document.querySelector('fieldset')!,
			Object.assign(document.createElement('button'), { textContent: 'Check' })
		);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			checked++;
		});
		await first.click();
		await userEvent.keyboard('95{Enter}');
		await expect.element(second).toHaveFocus();
		expect(checked).toBe(0);
		// from the last gap, back to an empty earlier one
		await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
		await userEvent.clear(first);
		await second.click();
		await userEvent.keyboard('lookup table{Enter}');
		await expect.element(first).toHaveFocus();
		expect(checked).toBe(0);
		// every gap filled: Enter is the form's, which checks the answer
		await userEvent.keyboard('95{Enter}');
		expect(checked).toBe(1);
	});
});

describe('an ordering question', () => {
	it('moves an item with Move up and Move down, keeping focus on the button that moved it, even at the end', async () => {
		await renderQuestion(ordering, ['c', 'a', 'b']);
		const items = () =>
			page
				.getByRole('listitem')
				.elements()
				.map((li) => li.querySelector('.text')?.textContent);
		expect(items()).toEqual(['Austin', 'Dallas', 'Texas']);
		await page.getByRole('button', { name: 'Move down: Austin' }).click();
		await expect.element(page.getByRole('button', { name: 'Move down: Austin' })).toHaveFocus();
		await page.getByRole('button', { name: 'Move down: Austin' }).click();
		expect(items()).toEqual(['Dallas', 'Texas', 'Austin']);
		// at the bottom, focus stays on Move down, now marked as doing nothing: pressed again, it
		// leaves the item there (focus on Move up sent it back up at the next key)
		const down = page.getByRole('button', { name: 'Move down: Austin' });
		await expect.element(down).toHaveFocus();
		await expect.element(down).toHaveAttribute('aria-disabled', 'true');
		await expect.element(page.getByText('“Austin” moved to position 3 of 3.')).toBeInTheDocument();
		await userEvent.keyboard('{Enter}');
		expect(items()).toEqual(['Dallas', 'Texas', 'Austin']);
		await expect.element(down).toHaveFocus();
		// and says why nothing moved
		await expect.element(page.getByText('“Austin” is already last.')).toBeInTheDocument();
	});

	it('marks the first item as unable to go up, and the last as unable to go down', async () => {
		await renderQuestion(ordering, ['c', 'a', 'b']);
		await expect
			.element(page.getByRole('button', { name: 'Move up: Austin' }))
			.toHaveAttribute('aria-disabled', 'true');
		await expect
			.element(page.getByRole('button', { name: 'Move down: Texas' }))
			.toHaveAttribute('aria-disabled', 'true');
		await expect
			.element(page.getByRole('button', { name: 'Move down: Austin' }))
			.toHaveAttribute('aria-disabled', 'false');
	});

	it('says, once checked, which items are in the right place and where the others belong', async () => {
		const view = await renderQuestion(ordering, ['c', 'a', 'b']);
		await page.getByRole('button', { name: 'Move up: Dallas' }).click();
		// Dallas, Austin, Texas: Dallas is right, the other two are swapped
		view.check();
		await expect.element(option('Dallas')).toHaveTextContent('In the right place');
		// of the swapped two, one is in order after Dallas; the other is the one to move
		await expect.element(option('Austin')).toHaveTextContent('In order; belongs at position 3');
		await expect.element(option('Texas')).toHaveTextContent('Out of order: belongs at position 2');
		await expect.element(page.getByRole('button', { name: /Move/ })).not.toBeInTheDocument();
	});

	it('names the item to move when the others are in order but shifted off their places', async () => {
		// Austin, the last, put first: Dallas and Texas are in order, each a place too low
		const view = await renderQuestion(ordering, ['c', 'a', 'b']);
		view.check();
		await expect.element(option('Austin')).toHaveTextContent('Out of order: belongs at position 3');
		await expect.element(option('Dallas')).toHaveTextContent('In order; belongs at position 1');
		await expect.element(option('Texas')).toHaveTextContent('In order; belongs at position 2');
	});
});

describe('a matching question', () => {
	it('offers each prompt its findings in full as radio buttons, and marks each pair once checked', async () => {
		const view = await renderQuestion(matching, ['b', 'c', 'a']);
		const group = (name: string) => page.getByRole('group', { name, exact: true });
		const finding = (prompt: string, text: string) =>
			group(prompt).getByRole('radio', { name: text, exact: true });
		const suppress = finding('Suppress "rabbit"', 'The line ends with "habit"');
		// every prompt offers every finding, in the layout's order
		await expect
			.element(group('Suppress "rabbit"').getByRole('radio').nth(0))
			.toHaveAccessibleName('The line ends with "green"');
		await suppress.click();
		await finding('Inject "green"', 'The line ends with "rabbit"').click();
		await finding('No intervention', 'The line ends with "green"').click();
		view.check();
		await expect.element(option('Suppress "rabbit"')).toHaveTextContent(/Right$/);
		await expect
			.element(option('Inject "green"'))
			.toHaveTextContent('Wrong: it matches “The line ends with ‘green’”');
		await expect.element(suppress).toBeDisabled();
		await expect.element(suppress).toBeChecked();
		// each pick in the colour of its verdict, the right finding not picked outlined
		const row = (prompt: string, text: string) =>
			finding(prompt, text).element().closest('li') as HTMLElement;
		const right = row('Suppress "rabbit"', 'The line ends with "habit"');
		const wrong = row('Inject "green"', 'The line ends with "rabbit"');
		expect(wrong.className).toContain('picked-wrong');
		expect(right.className).toContain('picked-right');
		expect(row('Inject "green"', 'The line ends with "green"').className).toContain('missed');
	});

	it('says which findings another prompt has taken, until the answer is checked', async () => {
		const view = await renderQuestion(matching, ['b', 'c', 'a']);
		const group = (name: string) => page.getByRole('group', { name, exact: true });
		const habit = 'The line ends with "habit"';
		await group('Suppress "rabbit"').getByRole('radio', { name: habit, exact: true }).click();
		// taken in the other prompts, not in the one that chose it
		for (const other of ['Inject "green"', 'No intervention'])
			await expect
				.element(group(other).getByRole('radio', { name: `${habit} · already matched` }))
				.toBeInTheDocument();
		await expect
			.element(group('Suppress "rabbit"').getByRole('radio', { name: habit, exact: true }))
			.toBeChecked();
		await expect
			.element(group('No intervention').getByRole('radio', { name: /already matched/ }))
			.toHaveAccessibleName(`${habit} · already matched`);
		// chosen again elsewhere, it is taken for the first prompt too
		await group('No intervention').getByRole('radio', { name: /habit/ }).click();
		await expect
			.element(group('Suppress "rabbit"').getByRole('radio', { name: /habit/ }))
			.toHaveAccessibleName(`${habit} · already matched`);
		view.check();
		await expect.element(page.getByText('already matched')).not.toBeInTheDocument();
	});
});
