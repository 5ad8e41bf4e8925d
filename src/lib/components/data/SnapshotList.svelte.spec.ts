import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import type { SnapshotInfo } from '$lib/storage/snapshots';
import SnapshotList from './SnapshotList.svelte';

const snapshot = (takenAt: string, reason: SnapshotInfo['reason']): SnapshotInfo => ({
	key: `snapshot:${takenAt}:${reason}`,
	takenAt,
	reason,
	chars: 100
});
const policy = { rolling: 3, events: 5, budgetChars: 1_000_000 };
const noop = () => {};

describe('SnapshotList', () => {
	it('tells two snapshots of one minute apart by their seconds, and the others by their minute', async () => {
		render(SnapshotList, {
			snapshots: [
				snapshot('2026-03-27T09:00:40.000Z', 'import'),
				snapshot('2026-03-27T09:00:05.000Z', 'import'),
				snapshot('2026-03-27T08:30:00.000Z', 'rolling')
			],
			summaries: {},
			policy,
			onrestore: noop,
			ondownload: noop,
			onundo: noop
		});
		const cells = page.getByRole('row').all().slice(1);
		expect(cells).toHaveLength(3);
		const taken = await Promise.all(
			cells.map((row) => row.getByRole('cell').first().element().textContent ?? '')
		);
		expect(taken[0]).toMatch(/:40\b/);
		expect(taken[1]).toMatch(/:05\b/);
		expect(taken[0]).not.toBe(taken[1]);
		// alone in its minute: to the minute, as everywhere
		expect(taken[2]).not.toMatch(/\d{2}:\d{2}:\d{2}/);
	});
});
