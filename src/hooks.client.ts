import type { HandleClientError } from '@sveltejs/kit';

// SvelteKit's default logs every client error, a plain "Not found" included; an unknown URL is
// the user's typo, not the app's fault, and the 404 page already says what to do.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
