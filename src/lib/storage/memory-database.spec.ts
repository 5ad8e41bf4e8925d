import { expect, it } from 'vitest';
import { attempt } from '../model/test-data';
import { MemoryDatabase } from './memory-database';
import { databaseContract } from './test-database-contract';

databaseContract('MemoryDatabase', async () => new MemoryDatabase());

it('fails every write as a full quota does while `full`, and stores again once space is freed', async () => {
	const db = new MemoryDatabase();
	db.full = true;
	const add = { kind: 'add', store: 'attempts', id: 'a1', value: attempt('a1'), known: 0 } as const;
	expect(await db.commit([add])).toEqual({
		ok: false,
		reason: 'quota',
		message: 'the browser storage for this site is full'
	});
	expect(await db.setMeta('openedAt', 'now')).toMatchObject({ ok: false, reason: 'quota' });
	db.full = false;
	expect(await db.commit([add])).toMatchObject({ ok: true });
	expect((await db.readAll()).lists.attempts).toHaveLength(1);
});
