import { json } from '@sveltejs/kit';
import { claims, questions, transcript } from '$lib/content';
import { buildAnnotations } from '$lib/transcript/annotations';

export const prerender = true;

export function GET() {
	return json(buildAnnotations({ transcript, claims, questions }));
}
