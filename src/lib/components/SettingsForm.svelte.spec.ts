import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { defaultSettings } from '$lib/model/defaults';
import type { Settings } from '$lib/model/schema';
import SettingsForm from './SettingsForm.svelte';

/**
 * The form at the defaults, with what it emits. Its props stay there, as when the stored state has
 * not caught up with the changes yet.
 */
async function renderForm() {
	const changes: Partial<Settings>[] = [];
	await render(SettingsForm, {
		settings: defaultSettings,
		onchange: (change: Partial<Settings>) => changes.push(change)
	});
	return changes;
}

describe('SettingsForm', () => {
	it('says when a study day starts, beside the daily limits', async () => {
		await renderForm();
		for (const name of ['New cards per day', 'Reviews per day'])
			await expect
				.element(page.getByRole('spinbutton', { name }))
				.toHaveAccessibleDescription(/^A study day starts at 04:00, as in Anki/);
	});

	it('emits only the setting that changed, never the rest of its props, which may be behind', async () => {
		const changes = await renderForm();
		await page.getByRole('combobox', { name: 'Desired retention' }).selectOptions('0.95');
		await page.getByRole('combobox', { name: 'Questions per quiz' }).selectOptions('20');
		await page.getByRole('checkbox', { name: 'Keys in quizzes' }).click();
		await page.getByRole('spinbutton', { name: 'New cards per day' }).fill('35');
		// a number is taken when the learner leaves the field, as the browser's change event has it
		await userEvent.tab();

		await expect
			.poll(() => changes)
			.toEqual([
				{ desiredRetention: 0.95 },
				{ quizLength: 20 },
				{ numberKeys: !defaultSettings.numberKeys },
				{ newCardsPerDay: 35 }
			]);
		// the page merges each into what is stored: routes/settings/page.svelte.spec.ts
	});

	it('refuses a limit that is blank, a fraction or out of range, says why, and keeps the stored one', async () => {
		const changes = await renderForm();
		const newCards = page.getByRole('spinbutton', { name: 'New cards per day' });
		for (const [typed, reason] of [
			['', 'Enter a number of cards, from 0 to 9,999.'],
			['7.6', 'Enter a whole number of cards, from 0 to 9,999.'],
			['123456', '123456 is out of range: enter a number from 0 to 9,999.']
		] as const) {
			await newCards.fill(typed);
			await userEvent.tab();
			await expect.element(newCards).toHaveAttribute('aria-invalid', 'true');
			await expect
				.element(newCards)
				.toHaveAccessibleDescription(
					new RegExp(`^${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} It stays at 20\\.`)
				);
		}
		const reviews = page.getByRole('spinbutton', { name: 'Reviews per day' });
		await reviews.fill('-4');
		await userEvent.tab();
		await expect.element(reviews).toHaveAttribute('aria-invalid', 'true');
		expect(changes).toEqual([]);
		// a number it takes clears the message
		await newCards.fill('12');
		await userEvent.tab();
		await expect.element(newCards).not.toHaveAttribute('aria-invalid');
		await expect.poll(() => changes).toEqual([{ newCardsPerDay: 12 }]);
	});

	it('takes no change while the stored settings are being read', async () => {
		await render(SettingsForm, { settings: defaultSettings, disabled: true, onchange: () => {} });
		await expect.element(page.getByRole('combobox', { name: 'Desired retention' })).toBeDisabled();
		await expect.element(page.getByRole('checkbox', { name: 'Keys in quizzes' })).toBeDisabled();
	});
});
