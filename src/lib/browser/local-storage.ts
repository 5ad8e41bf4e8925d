/** localStorage, or undefined where merely touching it throws (some private modes, blocked cookies). */
export function browserStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}
