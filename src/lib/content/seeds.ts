import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// build- and test-time only: the seeds are read from the project root, never shipped as a module.
const seedPath = (name: string) => resolve(process.cwd(), 'seeds', name);

export const transcriptFile = 'talking-machines-biology-of-an-llm.txt';

export const readTranscript = () => readFileSync(seedPath(transcriptFile), 'utf8');

export const readSeedClaims = (): unknown =>
	JSON.parse(readFileSync(seedPath('podcast-claims.json'), 'utf8'));
