// Opens the store with the browser's pieces: IndexedDB, a BroadcastChannel, Web Locks and the
// persistence request. Tests hand the Store other pieces (a memory database, a test channel).
import { openDatabase } from './idb-database';
import { requestPersistence } from './persistence';
import { Store, type Lock, type Opened, type StoreView, type TabChannel } from './store';
import { browserChannel, webLock } from './tabs';

export interface StoreConnection {
	now: () => Date;
	/** the database; IndexedDB unless given */
	open?: () => Promise<Opened>;
	/** localStorage, where an earlier version stored the progress */
	legacy?: Storage;
	/** localStorage, where the marks for the first paint are kept (first-paint-marks.ts) */
	marker?: Storage;
	/** @default a BroadcastChannel */
	channel?: TabChannel;
	/** @default Web Locks */
	lock?: Lock;
	/** @default navigator.storage.persist */
	persist?: () => Promise<boolean>;
	retryMs?: number;
}

const newTabId = () =>
	typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Creates the store for `view` and opens it: migration, load, snapshots, the probe write. */
export async function openStore(view: StoreView, connection: StoreConnection): Promise<Store> {
	const channel = connection.channel ?? browserChannel();
	const store = new Store(view, {
		now: connection.now,
		tabId: newTabId(),
		...(connection.legacy ? { legacy: connection.legacy } : {}),
		...(connection.marker ? { marker: connection.marker } : {}),
		lock: connection.lock ?? webLock,
		persist: connection.persist ?? requestPersistence,
		...(connection.retryMs === undefined ? {} : { retryMs: connection.retryMs }),
		...(channel ? { channel } : {})
	});
	const opened =
		(await connection.open?.()) ??
		(await openDatabase({
			onVersionChange: (version) => store.lost({ newer: version }),
			onTerminated: () => store.lost({ terminated: true })
		}));
	await store.open(opened);
	return store;
}
