import { sections, topics } from '$lib/content';

export function load() {
	return {
		/** the names an imported file's quiz sets are shown by, never their ids */
		names: {
			topics: topics.map((t) => ({ id: t.id, title: t.title })),
			sections: sections.map((s) => ({ id: s.id, title: s.title }))
		}
	};
}
