/** An in-memory Storage for tests and for browsers that offer none; `failWith` makes writes throw. */
export class MemoryStorage implements Storage {
	#items = new Map<string, string>();
	failWith: Error | undefined;

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
		this.#items.set(key, String(value));
	}
}
