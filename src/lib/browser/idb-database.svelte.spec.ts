// Issue 17: the Database contract on IndexedDB itself, in Chromium (the client project runs in a
// real browser): the same tests the memory database passes, and what only IndexedDB does.
import { describe, expect, it } from 'vitest';
import { attempt } from '$lib/model/test-data';
import { storeVersion } from '$lib/storage/database';
import { databaseContract } from '$lib/storage/test-database-contract';
import { openDatabase } from './idb-database';

let opened = 0;
/** a database of its own for each test */
const freshName = () => `contract-${Date.now()}-${opened++}`;

async function open(name = freshName()) {
	const result = await openDatabase({ name });
	if (result.status !== 'ok') throw new Error(`could not open: ${JSON.stringify(result)}`);
	return result.db;
}

databaseContract('IdbDatabase', () => open());

/** opens `name` at a later version, as a newer app would, and stores an answer there */
function upgradeAsNewerApp(name: string) {
	return new Promise<void>((resolve, reject) => {
		const request = indexedDB.open(name, storeVersion + 1);
		request.onupgradeneeded = () => request.result.createObjectStore('somethingNew');
		request.onsuccess = () => {
			request.result.close();
			resolve();
		};
		request.onerror = () => reject(request.error);
		request.onblocked = () => undefined;
	});
}

describe('IdbDatabase and the versions of the app', () => {
	it('opens a database a newer app laid out read-only, with what this app can still read of it', async () => {
		const name = freshName();
		const db = await open(name);
		await db.commit([{ kind: 'add', store: 'attempts', id: 'a1', value: attempt('a1'), known: 0 }]);
		db.close();
		await upgradeAsNewerApp(name);
		const again = await openDatabase({ name });
		expect(again.status).toBe('newer');
		if (again.status !== 'newer') return;
		expect(again.version).toBe(storeVersion + 1);
		expect(again.state?.lists.attempts.map((r) => r.value)).toEqual([attempt('a1')]);
	});

	it('gives way when a newer app opens the database in another tab, and says so', async () => {
		const name = freshName();
		const versions: (number | null)[] = [];
		const result = await openDatabase({ name, onVersionChange: (v) => versions.push(v) });
		if (result.status !== 'ok') throw new Error('not opened');
		await upgradeAsNewerApp(name);
		expect(versions).toEqual([storeVersion + 1]);
	});
});

describe('IdbDatabase when a write fails', () => {
	it('writes nothing of a commit one of whose values cannot be stored', async () => {
		const db = await open();
		const result = await db.commit([
			{ kind: 'add', store: 'attempts', id: 'a1', value: attempt('a1'), known: 0 },
			{
				kind: 'add',
				store: 'attempts',
				id: 'bad',
				value: { ...attempt('bad'), response: (() => 1) as never },
				known: 0
			}
		]);
		expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
		expect((await db.readAll()).lists.attempts).toEqual([]);
	});
});
