// The Database contract (database.ts) as tests, run against each implementation: the memory
// database in node (memory-database.spec.ts) and IndexedDB in Chromium
// (browser/idb-database.svelte.spec.ts), so the node tests of the store prove what the browser does.
import { describe, expect, it } from 'vitest';
import { attempt, card, review } from '../model/test-data';
import { defaultSettings } from '../model/defaults';
import type { Database, SnapshotRecord } from './database';
import { emptyData } from '../model/defaults';

const snapshot = (key: string, takenAt = '2026-03-27T10:00:00.000Z'): SnapshotRecord => ({
	key,
	kind: 'snapshot',
	takenAt,
	reason: 'import',
	chars: 4
});

export function databaseContract(name: string, open: () => Promise<Database>) {
	describe(`${name}: the Database contract`, () => {
		it('starts empty: no records, no settings', async () => {
			const db = await open();
			const state = await db.readAll();
			expect(state.settings).toBeUndefined();
			expect(Object.values(state.lists).every((list) => list.length === 0)).toBe(true);
			expect(await db.listSnapshots()).toEqual([]);
		});

		it('adds records in order, each under a key of its own, and gives them back in that order', async () => {
			const db = await open();
			const result = await db.commit([
				{ kind: 'add', store: 'attempts', id: 'a1', value: attempt('a1'), known: 0 },
				{ kind: 'add', store: 'attempts', id: 'a2', value: attempt('a2'), known: 0 },
				{ kind: 'settings', value: { ...defaultSettings, readAloud: true }, expected: undefined }
			]);
			expect(result.ok).toBe(true);
			const keys = result.ok ? result.added : [];
			expect(keys).toHaveLength(2);
			const state = await db.readAll();
			expect(state.lists.attempts).toEqual([
				{ key: keys[0], value: attempt('a1') },
				{ key: keys[1], value: attempt('a2') }
			]);
			expect(state.settings).toEqual({ ...defaultSettings, readAloud: true });
		});

		it('changes and deletes a record only while it holds what the commit expects', async () => {
			const db = await open();
			const added = await db.commit([
				{ kind: 'add', store: 'cards', id: 'c1', value: card('c1'), known: 0 },
				{ kind: 'add', store: 'reviewLog', id: 'r1', value: review('r1'), known: 0 }
			]);
			if (!added.ok) throw new Error('not added');
			const [cardKey, reviewKey] = added.added as [number, number];
			const later = { ...card('c1'), reps: 9 };
			expect(
				await db.commit([
					{ kind: 'put', store: 'cards', key: cardKey, value: later, expected: card('c1') }
				])
			).toMatchObject({ ok: true });
			// another tab's view of the card is out of date now: nothing of its commit is written
			expect(
				await db.commit([
					{ kind: 'delete', store: 'reviewLog', key: reviewKey, expected: review('r1') },
					{
						kind: 'put',
						store: 'cards',
						key: cardKey,
						value: { ...card('c1'), reps: 5 },
						expected: card('c1')
					}
				])
			).toEqual({ ok: false, reason: 'conflict' });
			const state = await db.readAll();
			expect(state.lists.cards.map((r) => r.value)).toEqual([later]);
			expect(state.lists.reviewLog).toHaveLength(1);
			expect(
				await db.commit([
					{ kind: 'delete', store: 'reviewLog', key: reviewKey, expected: review('r1') }
				])
			).toMatchObject({ ok: true });
			expect((await db.readAll()).lists.reviewLog).toEqual([]);
		});

		it('refuses a second record of one name in a store where a name is one thing', async () => {
			const db = await open();
			await db.commit([{ kind: 'add', store: 'cards', id: 'c1', value: card('c1'), known: 0 }]);
			expect(
				await db.commit([{ kind: 'add', store: 'cards', id: 'c1', value: card('c1'), known: 0 }])
			).toEqual({ ok: false, reason: 'conflict' });
			// answers have ids nobody else makes: no check
			await db.commit([{ kind: 'add', store: 'attempts', id: 'a', value: attempt('a'), known: 0 }]);
			expect(
				await db.commit([
					{ kind: 'add', store: 'attempts', id: 'a', value: attempt('a'), known: 0 }
				])
			).toMatchObject({ ok: true });
		});

		it('changes settings only while they hold what the commit expects', async () => {
			const db = await open();
			const first = { ...defaultSettings, askConfidence: !defaultSettings.askConfidence };
			await db.commit([{ kind: 'settings', value: first, expected: undefined }]);
			expect(
				await db.commit([
					{ kind: 'settings', value: defaultSettings, expected: { ...defaultSettings } }
				])
			).toEqual({ ok: false, reason: 'conflict' });
			expect((await db.readAll()).settings).toEqual(first);
		});

		it('reads the records another tab changed, undefined for a deleted one', async () => {
			const db = await open();
			const added = await db.commit([
				{ kind: 'add', store: 'attempts', id: 'a1', value: attempt('a1'), known: 0 }
			]);
			const key = added.ok ? (added.added[0] as number) : -1;
			expect(
				await db.readRecords([
					{ store: 'attempts', key },
					{ store: 'attempts', key: key + 1000 }
				])
			).toEqual({
				records: [
					{ store: 'attempts', key, value: attempt('a1') },
					{ store: 'attempts', key: key + 1000, value: undefined }
				],
				settings: undefined
			});
		});

		it('replaces everything in one transaction, with a snapshot, from what it read', async () => {
			const db = await open();
			await db.putSnapshot(snapshot('old'), 'old text');
			await db.commit([
				{ kind: 'add', store: 'attempts', id: 'a1', value: attempt('a1'), known: 0 }
			]);
			const next = { ...emptyData(), reviewLog: [review('r1'), review('r2')] };
			const outcome = await db.replaceAll((latest, records) => {
				expect(latest.lists.attempts.map((r) => r.value)).toEqual([attempt('a1')]);
				expect(records.map((r) => r.key)).toEqual(['old']);
				return {
					data: next,
					snapshot: { record: snapshot('new'), text: 'new text' },
					evict: ['old'],
					value: 'done'
				};
			});
			expect(outcome).toMatchObject({ ok: true, value: 'done' });
			const keys = outcome.ok ? outcome.keys.reviewLog : [];
			const state = await db.readAll();
			expect(state.lists.attempts).toEqual([]);
			expect(state.lists.reviewLog).toEqual([
				{ key: keys[0], value: review('r1') },
				{ key: keys[1], value: review('r2') }
			]);
			expect(state.settings).toEqual(next.settings);
			expect((await db.listSnapshots()).map((r) => r.key)).toEqual(['new']);
			expect(await db.snapshotText('new')).toBe('new text');
			expect(await db.snapshotText('old')).toBeUndefined();
		});

		it('writes nothing when the plan refuses', async () => {
			const db = await open();
			await db.commit([
				{ kind: 'add', store: 'attempts', id: 'a1', value: attempt('a1'), known: 0 }
			]);
			expect(await db.replaceAll(() => ({ refused: 'no' }))).toEqual({
				ok: false,
				reason: 'refused',
				message: 'no'
			});
			expect((await db.readAll()).lists.attempts).toHaveLength(1);
		});

		it('keeps snapshots and kept copies with their texts, and deletes them', async () => {
			const db = await open();
			expect(await db.putSnapshot(snapshot('s1'), 'one')).toEqual({ ok: true });
			expect(
				await db.putSnapshot({ ...snapshot('s2'), kind: 'corrupt', reason: undefined }, 'two', [
					's1'
				])
			).toEqual({ ok: true });
			expect((await db.listSnapshots()).map((r) => r.key)).toEqual(['s2']);
			expect(await db.snapshotText('s2')).toBe('two');
			expect(await db.deleteSnapshots(['s2'])).toBe(true);
			expect(await db.listSnapshots()).toEqual([]);
		});

		it('keeps small values of its own', async () => {
			const db = await open();
			expect(await db.getMeta('persistAskedAt')).toBeUndefined();
			expect(await db.setMeta('persistAskedAt', '2026-03-27')).toEqual({ ok: true });
			expect(await db.getMeta('persistAskedAt')).toBe('2026-03-27');
		});

		it('gives copies: what a caller changes afterwards is not what is stored', async () => {
			const db = await open();
			const value = attempt('a1');
			await db.commit([{ kind: 'add', store: 'attempts', id: 'a1', value, known: 0 }]);
			value.correct = false;
			const read = (await db.readAll()).lists.attempts[0]?.value as { correct: boolean };
			expect(read.correct).toBe(true);
			read.correct = false;
			expect(((await db.readAll()).lists.attempts[0]?.value as { correct: boolean }).correct).toBe(
				true
			);
		});
	});
}
