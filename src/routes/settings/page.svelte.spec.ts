// The settings page: each change the form emits is merged into what is stored at that moment.
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { memoryConnection, storedFor } from '$lib/browser/test-tabs';
import { defaultSettings } from '$lib/model/defaults';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { AppState } from '$lib/state/app-state.svelte';
import WithAppState from '../data/WithAppState.svelte';
import SettingsPage from './+page.svelte';

describe('the settings page', () => {
	it('stores every change, so quick changes of different settings all survive', async () => {
		const storage = new MemoryStorage();
		const app = new AppState(() => new Date('2026-03-27T10:00:00Z'));
		await app.connect(memoryConnection(storage));
		await render(SettingsPage, {}, { wrapper: WithAppState, wrapperProps: { app } });

		await page.getByRole('combobox', { name: 'Desired retention' }).selectOptions('0.95');
		await page.getByRole('combobox', { name: 'Questions per quiz' }).selectOptions('20');
		await page.getByRole('checkbox', { name: 'Keys in quizzes' }).click();
		await page.getByRole('spinbutton', { name: 'New cards per day' }).fill('35');
		// a number is taken when the learner leaves the field, as the browser's change event has it
		await userEvent.tab();

		const changed = {
			...defaultSettings,
			desiredRetention: 0.95,
			quizLength: 20,
			numberKeys: !defaultSettings.numberKeys,
			newCardsPerDay: 35
		};
		await expect.poll(async () => (await storedFor(storage)).settings).toEqual(changed);
		expect(app.data.settings).toEqual(changed);
	});
});
