// Whether the browser promises to keep the app's data (issue 17). Without that promise a browser
// short of space may delete a site's data, progress included; with it, only the learner can.

/** Asks the browser to keep the data; resolves to whether it will. Never throws. */
export async function requestPersistence(): Promise<boolean> {
	try {
		if (!navigator.storage?.persist) return false;
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return false;
	}
}

export interface StorageReport {
	/** undefined where the browser does not say */
	persisted?: boolean;
	/** bytes this site uses, and may use, as the browser estimates them */
	usage?: number;
	quota?: number;
}

/** what the browser says about this site's storage, for /data; never throws */
export async function storageReport(): Promise<StorageReport> {
	const report: StorageReport = {};
	try {
		if (navigator.storage?.persisted) report.persisted = await navigator.storage.persisted();
		if (navigator.storage?.estimate) {
			const { usage, quota } = await navigator.storage.estimate();
			if (usage !== undefined) report.usage = usage;
			if (quota !== undefined) report.quota = quota;
		}
	} catch {
		// a browser that will not say leaves the report empty; the page says so
	}
	return report;
}
