// The storage keys, with no validator attached, so every page can name them on its first load.

/** the one key everything is stored under; the version lives inside the envelope */
export const storageKey = 'biology-study:state';
export const snapshotPrefix = `${storageKey}:snapshot:`;
export const corruptPrefix = `${storageKey}:corrupt:`;

/** the name a backup file gives the app that wrote it (`app` in its envelope) */
export const appName = 'biology-of-an-llm-study';
