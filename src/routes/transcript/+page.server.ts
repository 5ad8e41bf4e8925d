import { transcript } from '$lib/content';

export function load() {
	return {
		sections: transcript.map((s) => ({
			id: s.id,
			title: s.title,
			paragraphs: s.paragraphs.map((p) => ({ id: p.id, text: p.text }))
		}))
	};
}
