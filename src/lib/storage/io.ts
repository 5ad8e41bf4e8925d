// Everything AppState does to storage, in one module that AppState loads with import() when it
// connects: the validator (zod/mini) and the snapshot bookkeeping stay off every page's first load.
export { giveUpSnapshot, writeMakingRoom } from './snapshot-keys';
export { probeWritable, readEnvelope, readRaw, readState } from './store';
