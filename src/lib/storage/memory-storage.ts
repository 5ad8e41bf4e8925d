/**
 * An in-memory Storage for tests and for browsers that offer none; `failWith` makes writes throw,
 * and `quotaChars` makes them throw a QuotaExceededError, as a browser does, once keys and values
 * together would pass that many characters.
 */
export class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	failWith: Error | undefined;
	quotaChars: number | undefined;

	get length() {
		return this.#items.size;
	}
	clear() {
		this.#items.clear();
	}
	getItem(key: string) {
		return this.#items.get(key) ?? null;
	}
	key(index: number) {
		return [...this.#items.keys()][index] ?? null;
	}
	removeItem(key: string) {
		this.#items.delete(key);
	}
	setItem(key: string, value: string) {
		if (this.failWith) throw this.failWith;
		const text = String(value);
		if (this.quotaChars !== undefined) {
			const others =
				this.usedChars() -
				(this.#items.has(key) ? key.length + (this.#items.get(key)?.length ?? 0) : 0);
			if (others + key.length + text.length > this.quotaChars) {
				const error = new Error(`Setting the value of '${key}' exceeded the quota.`);
				error.name = 'QuotaExceededError';
				throw error;
			}
		}
		this.#items.set(key, text);
	}
	/** keys and values together, in characters */
	usedChars() {
		let total = 0;
		for (const [key, value] of this.#items) total += key.length + value.length;
		return total;
	}
}
