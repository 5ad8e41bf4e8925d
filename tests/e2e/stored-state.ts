// Reading and writing what the app stores, as the app does, for the browser tests. The app keeps
// its progress in IndexedDB (src/lib/storage/database.ts): a test reads the database and
// validates it with the app's own rules (readDatabase, databaseData). Seeds are written to
// localStorage as an earlier version of the app stored them (format 1 or 2, packed as
// src/lib/storage/packed.ts does): the app moves them into its database on load, as it does for
// a learner who used the earlier version. A backup file is read through the app's own read path
// (safe parse, migration, unpacking, validation), never with JSON.parse alone.
import type { Page } from '@playwright/test';
import { databaseName, readStored, type StoredState } from '../../src/lib/storage/database';
import { packData } from '../../src/lib/storage/packed';
import { collectionNames } from '../../src/lib/storage/records';
import { currentVersion, type AppData, type CardState } from '../../src/lib/model/schema';
import { readEnvelope } from '../../src/lib/storage/store';

export { currentVersion };

/** the AppData a stored text (the main state, a snapshot, a backup file) holds; throws when the app could not read it */
export function decodeStored(raw: string): AppData {
	const result = readEnvelope(raw);
	if (result.status !== 'ok') {
		throw new Error(
			`the stored text reads as ${result.status}${result.status === 'corrupt' ? `: ${result.reason}` : ''}`
		);
	}
	return result.data;
}

/**
 * A stored text in the given format: packed as the app writes it from format 2 on, as plain
 * objects for format 1. `data` need not be valid, so a test can store a broken state too.
 */
export function envelopeText(
	data: unknown,
	version: number = currentVersion,
	savedAt = '2026-03-27T09:00:00.000Z'
): string {
	return JSON.stringify({ version, savedAt, data: version >= 2 ? packData(data) : data });
}

/**
 * Everything the app's database holds, record by record, unvalidated, as the page's own
 * IndexedDB gives it; undefined while the app has not created its database.
 */
export async function readDatabase(page: Page): Promise<StoredState | undefined> {
	const found = await page.evaluate(
		async ({ name, lists }) => {
			const db = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
				const request = indexedDB.open(name);
				// no database yet: opening must not create an empty one in the app's place
				request.onupgradeneeded = () => request.transaction?.abort();
				request.onsuccess = () => resolve(request.result);
				request.onerror = () =>
					request.error?.name === 'AbortError' ? resolve(undefined) : reject(request.error);
			});
			if (!db) return undefined;
			const ask = <T>(request: IDBRequest<T>) =>
				new Promise<T>((resolve, reject) => {
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
			try {
				const tx = db.transaction([...lists, 'meta'], 'readonly');
				const read: Record<string, { key: number; value: unknown }[]> = {};
				for (const list of lists) {
					const store = tx.objectStore(list);
					const [keys, values] = await Promise.all([ask(store.getAllKeys()), ask(store.getAll())]);
					read[list] = values.map((value, i) => ({ key: keys[i] as number, value }));
				}
				const settings = await ask(tx.objectStore('meta').get('settings'));
				return { settings, lists: read };
			} finally {
				db.close();
			}
		},
		{ name: databaseName, lists: collectionNames }
	);
	return found as StoredState | undefined;
}

/** the data in the app's database, read with the app's own rules; throws when it cannot be read */
export async function databaseData(page: Page): Promise<AppData> {
	const state = await readDatabase(page);
	if (!state) throw new Error('the app has no database yet');
	const read = readStored(state);
	if (read.status === 'corrupt') throw new Error(`the database reads as corrupt: ${read.reason}`);
	if (read.status === 'empty') throw new Error('nothing stored');
	return read.data;
}

/**
 * The stored state of one card: `undefined` for one with none, also when nothing at all is
 * stored (every step undone back to a first visit leaves an empty database)
 */
export async function storedCard(page: Page, cardId: string): Promise<CardState | undefined> {
	const state = await readDatabase(page);
	if (!state) throw new Error('the app has no database yet');
	const read = readStored(state);
	if (read.status === 'corrupt') throw new Error(`the database reads as corrupt: ${read.reason}`);
	return read.status === 'empty' ? undefined : read.data.cards.find((c) => c.cardId === cardId);
}

/** every record of every store of the app's database (`{}` before it exists), for "nothing changed" */
export async function dumpDatabase(page: Page): Promise<Record<string, [IDBValidKey, unknown][]>> {
	return page.evaluate(async (name) => {
		const db = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
			const request = indexedDB.open(name);
			request.onupgradeneeded = () => request.transaction?.abort();
			request.onsuccess = () => resolve(request.result);
			request.onerror = () =>
				request.error?.name === 'AbortError' ? resolve(undefined) : reject(request.error);
		});
		if (!db) return {};
		const ask = <T>(request: IDBRequest<T>) =>
			new Promise<T>((resolve, reject) => {
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
		try {
			const names = [...db.objectStoreNames];
			const tx = db.transaction(names, 'readonly');
			const dump: Record<string, [IDBValidKey, unknown][]> = {};
			for (const store of names) {
				const [keys, values] = await Promise.all([
					ask(tx.objectStore(store).getAllKeys()),
					ask(tx.objectStore(store).getAll())
				]);
				// the time each page load writes to prove it can write is not part of the progress
				dump[store] = keys
					.map((key, i): [IDBValidKey, unknown] => [key, values[i]])
					.filter(([key]) => !(store === 'meta' && key === 'openedAt'));
			}
			return dump;
		} finally {
			db.close();
		}
	}, databaseName);
}

/** adds a record to one of the app's stores, as a bug or a hand in the developer tools could */
export async function addRecord(page: Page, store: string, value: unknown) {
	await page.evaluate(
		async ({ name, store, value }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(name);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			await new Promise<void>((resolve, reject) => {
				const tx = db.transaction(store, 'readwrite');
				tx.objectStore(store).add(value);
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ name: databaseName, store, value }
	);
}

/**
 * Opens the app's database at a later version, as a newer version of the app would, adding a
 * store this version does not know; a tab of this version that has it open gives way.
 */
export async function upgradeAsNewerApp(page: Page, version: number) {
	await page.evaluate(
		async ({ name, version }) => {
			await new Promise<void>((resolve, reject) => {
				const request = indexedDB.open(name, version);
				request.onupgradeneeded = () => request.result.createObjectStore('somethingNew');
				request.onsuccess = () => {
					request.result.close();
					resolve();
				};
				request.onerror = () => reject(request.error);
			});
		},
		{ name: databaseName, version }
	);
}

/** deletes the app's database, as clearing the site's data does (the open page gives way) */
export async function clearDatabase(page: Page) {
	await page.evaluate(
		(name) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.deleteDatabase(name);
				request.onsuccess = () => resolve();
				request.onerror = () => reject(request.error);
			}),
		databaseName
	);
}
