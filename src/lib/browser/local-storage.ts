/** localStorage, or undefined where merely touching it throws (some private modes, blocked cookies). */
export function browserStorage(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** this tab's sessionStorage, or undefined where merely touching it throws */
export function tabStorage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		return undefined;
	}
}
