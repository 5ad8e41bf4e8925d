// /data/flashcards.json: the text of every flashcard, for the Anki, CSV and Quizlet exports. Built
// at build time and fetched only when the learner asks for an export.
import { json } from '@sveltejs/kit';
import { flashcards } from '$lib/content';
import type { ExportCard } from '$lib/storage/export-formats';

export const prerender = true;

export function GET() {
	const cards: ExportCard[] = flashcards.map((c) => ({ id: c.id, topic: c.topic, front: c.front, back: c.back }));
	return json(cards);
}
