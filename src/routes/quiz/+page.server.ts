import { retrySetId } from '$lib/quiz/catalogue';
import { catalogue } from './catalogue.server';

export function load() {
	return { sets: catalogue, retrySetId };
}
