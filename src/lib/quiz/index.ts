// The quiz engine's public face: pure functions over stored shapes, no Svelte, no clock, no dice.
export * from './describe';
export * from './diff';
export * from './grade';
export * from './normalize';
export * from './session';
export * from './sets';
export * from './stats';
export * from './typed';
export { editDistance } from './distance';
export { shuffle } from './shuffle';
