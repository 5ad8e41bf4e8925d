// The progress page's metadata (/progress/meta.json), checked by the schema the build wrote it with;
// loaded with import() so the validator stays off the page's first load.
import { fetchJson } from '$lib/browser/fetch-json';
import { ProgressMeta } from '$lib/progress/meta';

export const fetchProgressMeta = (fetcher: typeof fetch = fetch): Promise<ProgressMeta> =>
	fetchJson('/progress/meta.json', ProgressMeta, fetcher);
